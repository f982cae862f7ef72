/**
 * Writes a WorkbookModel as an .xlsx file (Office Open XML, SpreadsheetML), in memory, in node and
 * in the browser alike: the parts below, zipped with fflate. The workbook asks for a full
 * recalculation on load (calcPr fullCalcOnLoad), so a reader never trusts the cached values alone.
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import { chartXml, drawingXml } from "./chart";
import { checkWorkbook } from "./checkModel";
import type { SheetModel, WorkbookModel } from "./model";
import { SharedStrings } from "./sharedStrings";
import { StyleSheet } from "./styles";
import { tableXml } from "./table";
import { themeXml } from "./theme";
import { worksheetXml } from "./worksheet";
import { el, NS, REL, textEl, XML_DECLARATION } from "./xml";

const CONTENT_TYPE = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
} as const;

/** The MIME type of the file, for a download. */
export const XLSX_MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function relationshipsXml(relationships: readonly Relationship[]): string {
  return (
    XML_DECLARATION +
    el(
      "Relationships",
      { xmlns: NS.pkgRels },
      ...relationships.map((r) => el("Relationship", { Id: r.id, Type: r.type, Target: r.target }))
    )
  );
}

function contentTypesXml(overrides: ReadonlyArray<[string, string]>): string {
  return (
    XML_DECLARATION +
    el(
      "Types",
      { xmlns: NS.contentTypes },
      el("Default", {
        Extension: "rels",
        ContentType: "application/vnd.openxmlformats-package.relationships+xml",
      }),
      el("Default", { Extension: "xml", ContentType: "application/xml" }),
      ...overrides.map(([part, type]) => el("Override", { PartName: part, ContentType: type }))
    )
  );
}

function workbookXml(model: WorkbookModel): string {
  const names = model.sheets.flatMap((sheet, index) =>
    sheet.names.map((name) =>
      textEl(
        "definedName",
        {
          name: name.name,
          comment: name.comment,
          localSheetId: name.sheetScoped ? index : undefined,
        },
        name.refersTo
      )
    )
  );
  return (
    XML_DECLARATION +
    el(
      "workbook",
      { xmlns: NS.main, "xmlns:r": NS.r },
      el("bookViews", {}, el("workbookView", { activeTab: model.activeSheet })),
      el(
        "sheets",
        {},
        ...model.sheets.map((sheet, i) =>
          el("sheet", { name: sheet.name, sheetId: i + 1, "r:id": `rId${i + 1}` })
        )
      ),
      names.length > 0 && el("definedNames", {}, ...names),
      el("calcPr", { calcId: 191029, fullCalcOnLoad: 1 })
    )
  );
}

/** The parts written so far, their content types, and the shared parts every sheet adds to. */
class PackageParts {
  readonly files: Zippable = {};
  readonly overrides: Array<[string, string]> = [["/xl/workbook.xml", CONTENT_TYPE.workbook]];
  readonly strings = new SharedStrings();
  readonly styles = new StyleSheet();
  tables = 0;
  drawings = 0;
  charts = 0;

  put(path: string, xml: string, contentType?: string): void {
    this.files[path] = strToU8(xml);
    if (contentType !== undefined) this.overrides.push([`/${path}`, contentType]);
  }
}

/** A sheet's drawing and charts; returns the drawing's relationship id. */
function putCharts(parts: PackageParts, sheet: SheetModel, sheetRels: Relationship[]): string {
  const drawing = ++parts.drawings;
  const id = `rId${sheetRels.length + 1}`;
  sheetRels.push({ id, type: REL.drawing, target: `../drawings/drawing${drawing}.xml` });
  const chartRels = sheet.charts.map((chart, i): Relationship => {
    const number = ++parts.charts;
    parts.put(`xl/charts/chart${number}.xml`, chartXml(chart), CONTENT_TYPE.chart);
    return { id: `rId${i + 1}`, type: REL.chart, target: `../charts/chart${number}.xml` };
  });
  const relIds = chartRels.map((r) => r.id);
  parts.put(
    `xl/drawings/drawing${drawing}.xml`,
    drawingXml(sheet.charts, relIds),
    CONTENT_TYPE.drawing
  );
  parts.put(`xl/drawings/_rels/drawing${drawing}.xml.rels`, relationshipsXml(chartRels));
  return id;
}

/** A worksheet with its table parts, drawing and charts, and its relationships. */
function putSheet(parts: PackageParts, sheet: SheetModel, index: number, selected: boolean): void {
  const sheetRels: Relationship[] = [];
  const drawingRelId = sheet.charts.length > 0 ? putCharts(parts, sheet, sheetRels) : undefined;
  const tableRelIds = sheet.tables.map((table) => {
    const number = ++parts.tables;
    const id = `rId${sheetRels.length + 1}`;
    sheetRels.push({ id, type: REL.table, target: `../tables/table${number}.xml` });
    parts.put(`xl/tables/table${number}.xml`, tableXml(table, number), CONTENT_TYPE.table);
    return id;
  });
  parts.put(
    `xl/worksheets/sheet${index + 1}.xml`,
    worksheetXml(sheet, { drawingRelId, tableRelIds, selected }, parts.strings, parts.styles),
    CONTENT_TYPE.worksheet
  );
  if (sheetRels.length > 0) {
    parts.put(`xl/worksheets/_rels/sheet${index + 1}.xml.rels`, relationshipsXml(sheetRels));
  }
}

/** The .xlsx file's bytes; a WorkbookRefusal (nothing written) for a model Excel would repair. */
export function writeXlsx(model: WorkbookModel): Uint8Array {
  checkWorkbook(model);
  const parts = new PackageParts();
  model.sheets.forEach((sheet, index) =>
    putSheet(parts, sheet, index, index === model.activeSheet)
  );
  const sheetCount = model.sheets.length;
  parts.put("xl/workbook.xml", workbookXml(model));
  parts.put("xl/styles.xml", parts.styles.toXml(), CONTENT_TYPE.styles);
  parts.put("xl/sharedStrings.xml", parts.strings.toXml(), CONTENT_TYPE.sharedStrings);
  parts.put("xl/theme/theme1.xml", themeXml(), CONTENT_TYPE.theme);
  parts.put(
    "xl/_rels/workbook.xml.rels",
    relationshipsXml([
      ...model.sheets.map((_, i) => ({
        id: `rId${i + 1}`,
        type: REL.worksheet,
        target: `worksheets/sheet${i + 1}.xml`,
      })),
      { id: `rId${sheetCount + 1}`, type: REL.styles, target: "styles.xml" },
      { id: `rId${sheetCount + 2}`, type: REL.sharedStrings, target: "sharedStrings.xml" },
      { id: `rId${sheetCount + 3}`, type: REL.theme, target: "theme/theme1.xml" },
    ])
  );
  parts.put(
    "_rels/.rels",
    relationshipsXml([{ id: "rId1", type: REL.officeDocument, target: "xl/workbook.xml" }])
  );
  // [Content_Types].xml first, as Office writes it; a fixed time stamp: same workbook, same bytes.
  const ordered: Zippable = {
    "[Content_Types].xml": strToU8(contentTypesXml(parts.overrides)),
    ...parts.files,
  };
  return zipSync(ordered, { level: 6, mtime: new Date(Date.UTC(2024, 0, 1)) });
}
