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

/** The .xlsx file's bytes. */
export function writeXlsx(model: WorkbookModel): Uint8Array {
  checkWorkbook(model);
  const files: Zippable = {};
  const put = (path: string, xml: string): void => {
    files[path] = strToU8(xml);
  };
  const overrides: Array<[string, string]> = [["/xl/workbook.xml", CONTENT_TYPE.workbook]];
  const strings = new SharedStrings();
  const styles = new StyleSheet();
  let tableCount = 0;
  let drawingCount = 0;
  let chartCount = 0;

  model.sheets.forEach((sheet: SheetModel, index) => {
    const sheetRels: Relationship[] = [];
    let drawingRelId: string | undefined;
    if (sheet.charts.length > 0) {
      const drawing = ++drawingCount;
      drawingRelId = `rId${sheetRels.length + 1}`;
      sheetRels.push({
        id: drawingRelId,
        type: REL.drawing,
        target: `../drawings/drawing${drawing}.xml`,
      });
      const chartRels = sheet.charts.map((chart, i): Relationship => {
        const number = ++chartCount;
        put(`xl/charts/chart${number}.xml`, chartXml(chart));
        overrides.push([`/xl/charts/chart${number}.xml`, CONTENT_TYPE.chart]);
        return { id: `rId${i + 1}`, type: REL.chart, target: `../charts/chart${number}.xml` };
      });
      put(
        `xl/drawings/drawing${drawing}.xml`,
        drawingXml(
          sheet.charts,
          chartRels.map((r) => r.id)
        )
      );
      put(`xl/drawings/_rels/drawing${drawing}.xml.rels`, relationshipsXml(chartRels));
      overrides.push([`/xl/drawings/drawing${drawing}.xml`, CONTENT_TYPE.drawing]);
    }
    const tableRelIds = sheet.tables.map((table) => {
      const number = ++tableCount;
      const id = `rId${sheetRels.length + 1}`;
      sheetRels.push({ id, type: REL.table, target: `../tables/table${number}.xml` });
      put(`xl/tables/table${number}.xml`, tableXml(table, number));
      overrides.push([`/xl/tables/table${number}.xml`, CONTENT_TYPE.table]);
      return id;
    });
    const path = `xl/worksheets/sheet${index + 1}.xml`;
    put(
      path,
      worksheetXml(
        sheet,
        { drawingRelId, tableRelIds, selected: index === model.activeSheet },
        strings,
        styles
      )
    );
    overrides.push([`/${path}`, CONTENT_TYPE.worksheet]);
    if (sheetRels.length > 0)
      put(`xl/worksheets/_rels/sheet${index + 1}.xml.rels`, relationshipsXml(sheetRels));
  });

  const sheetCount = model.sheets.length;
  put("xl/workbook.xml", workbookXml(model));
  put("xl/styles.xml", styles.toXml());
  put("xl/sharedStrings.xml", strings.toXml());
  put("xl/theme/theme1.xml", themeXml());
  overrides.push(
    ["/xl/styles.xml", CONTENT_TYPE.styles],
    ["/xl/sharedStrings.xml", CONTENT_TYPE.sharedStrings],
    ["/xl/theme/theme1.xml", CONTENT_TYPE.theme]
  );
  put(
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
  put(
    "_rels/.rels",
    relationshipsXml([{ id: "rId1", type: REL.officeDocument, target: "xl/workbook.xml" }])
  );
  // [Content_Types].xml first, as Office writes it; a fixed time stamp: same workbook, same bytes.
  const ordered: Zippable = {
    "[Content_Types].xml": strToU8(contentTypesXml(overrides)),
    ...files,
  };
  return zipSync(ordered, { level: 6, mtime: new Date(Date.UTC(2024, 0, 1)) });
}
