/**
 * The template sheet, described once and host-agnostic. The Excel task pane and the preview both
 * write a TemplatePlan; neither computes anything: every result is a formula over the input cells.
 */
import { COMPANY_REVENUES, PRESETS, type PresetId } from "../engine";
import { LABELS, type Language } from "./labels";

export type StyleName =
  "title" | "subtitle" | "note" | "section" | "label" | "input" | "result" | "gridHeader" | "grid";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontalAlignment?: "Left" | "Center" | "Right";
}

/** How each style looks; hosts apply these as they can. */
export const STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, fontSize: 16, fontColor: "#1F3864" },
  subtitle: { italic: true, fontColor: "#404040" },
  note: { italic: true, fontColor: "#595959" },
  section: { bold: true, fontSize: 12, fontColor: "#1F3864" },
  label: {},
  input: { fill: "#FFF2CC", fontColor: "#0000FF", bold: true },
  result: { bold: true },
  gridHeader: { bold: true, fill: "#D9E1F2", horizontalAlignment: "Center" },
  grid: {},
};

export const MONEY_FORMAT = '"$"#,##0.0"B"';
export const PERCENT_FORMAT = "0.0%";
export const RATIO_FORMAT = "0.00";

export interface CellPlan {
  /** A1-style address on the template sheet, e.g. "B12". */
  readonly address: string;
  readonly value?: string | number;
  /** An Excel formula starting with "=". */
  readonly formula?: string;
  readonly numberFormat?: string;
  readonly style?: StyleName;
}

export interface TablePlan {
  /** The table's base name; hosts make it unique in the workbook. */
  readonly name: string;
  /** The table's whole range, header row included, e.g. "A19:C30". */
  readonly range: string;
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number>>;
  /** A number format for each column (undefined for text columns). */
  readonly columnFormats: ReadonlyArray<string | undefined>;
  /** The index of the revenue column within the table. */
  readonly revenueColumn: number;
  readonly style: string;
}

/**
 * A sheet-scoped name over the table's revenue column. In Excel it refers to the table column
 * (structured reference, so it grows with the table); elsewhere to the column's data range.
 */
export interface NamePlan {
  readonly name: string;
  /** The data range of the column, e.g. "B20:B30", for hosts without tables. */
  readonly range: string;
  /** The table column it covers (an index into TablePlan.headers). */
  readonly tableColumn: number;
  readonly comment: string;
}

export interface ChartPlan {
  readonly type: "ColumnClustered";
  readonly title: string;
  /** Category labels in the first column, values in the second. */
  readonly sourceRange: string;
  readonly topLeft: string;
  readonly bottomRight: string;
}

export interface GridPlan {
  /** The whole grid including its header row and column. */
  readonly range: string;
  /** The formula cells only. */
  readonly valuesRange: string;
  readonly spends: readonly number[];
  readonly margins: readonly number[];
}

/** Where the template's inputs and results are, for hosts and tests. */
export interface TemplateAddresses {
  readonly spend: string;
  readonly energy: string;
  readonly margin: string;
  readonly dataCenterCost: string;
  readonly requiredRevenue: string;
  readonly identifiedRevenue: string;
  readonly gap: string;
  readonly coverage: string;
  readonly breakevenSpend: string;
}

export interface ColumnWidth {
  readonly column: string;
  /** Width in points (Excel's unit); 1 point = 4/3 CSS px. */
  readonly points: number;
}

export interface TemplatePlan {
  readonly language: Language;
  readonly preset: PresetId;
  /** The base sheet name; hosts make it unique in the workbook. */
  readonly sheetName: string;
  readonly cells: readonly CellPlan[];
  readonly table: TablePlan;
  readonly names: readonly NamePlan[];
  readonly grid?: GridPlan;
  readonly chart?: ChartPlan;
  readonly columnWidths: readonly ColumnWidth[];
  readonly addresses: TemplateAddresses;
  /** The cell to select when the sheet is shown. */
  readonly activeCell: string;
}

export interface TemplateOptions {
  readonly preset?: PresetId;
  readonly language?: Language;
  readonly includeGrid?: boolean;
  readonly includeChart?: boolean;
}

/** GPU spend rows and margin columns of the sensitivity grid. */
export const GRID_SPENDS: readonly number[] = [25, 50, 100, 150, 200, 300];
export const GRID_MARGINS: readonly number[] = [0.3, 0.4, 0.5, 0.6, 0.7];

/** The name that the formulas use for the table's revenue column. */
export const REVENUES_NAME = "Revenues";
export const TABLE_NAME = "GpuPaybackRevenue";

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const at = (column: number, row: number): string => `${columnLetter(column)}${row}`;

/** Column index of letters: A → 0, Z → 25, AA → 26 (the inverse of columnLetter). */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** The data cells of one table column (header row left out), e.g. column 1 of A20:C31 → "B21:B31". */
export function tableColumnRange(table: TablePlan, column: number): string {
  const match = /^([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(table.range);
  if (!match) throw new Error(`Not a table range: ${table.range}`);
  const letter = columnLetter(columnIndex(match[1]) + column);
  return `${letter}${Number(match[2]) + 1}:${letter}${match[3]}`;
}

// The layout: rows of column A/B/C, the grid in E:J, the chart below the grid.
const ROW = {
  title: 1,
  source: 2,
  method: 3,
  inputs: 5,
  spend: 6,
  energy: 7,
  margin: 8,
  results: 10,
  dataCenterCost: 11,
  requiredRevenue: 12,
  identifiedRevenue: 13,
  gap: 14,
  coverage: 15,
  breakevenSpend: 16,
  cloudMarginNote: 17,
  tableSection: 19,
  tableHeader: 20,
} as const;
const GRID_COLUMN = 4; // E
const GRID_ROW = 5;

/** Builds the template sheet from the engine's defaults, the chosen preset and language. */
export function buildTemplatePlan(options: TemplateOptions = {}): TemplatePlan {
  const presetId = options.preset ?? "sept2023";
  const language = options.language ?? "en";
  const includeGrid = options.includeGrid ?? true;
  const includeChart = options.includeChart ?? true;
  const preset = PRESETS[presetId];
  const text = LABELS[language];
  const translate = (english: string): string => text.translations[english] ?? english;

  const addresses: TemplateAddresses = {
    spend: `B${ROW.spend}`,
    energy: `B${ROW.energy}`,
    margin: `B${ROW.margin}`,
    dataCenterCost: `B${ROW.dataCenterCost}`,
    requiredRevenue: `B${ROW.requiredRevenue}`,
    identifiedRevenue: `B${ROW.identifiedRevenue}`,
    gap: `B${ROW.gap}`,
    coverage: `B${ROW.coverage}`,
    breakevenSpend: `B${ROW.breakevenSpend}`,
  };
  const a = addresses;

  const cells: CellPlan[] = [
    { address: `A${ROW.title}`, value: text.title[presetId], style: "title" },
    { address: `A${ROW.source}`, value: text.source[presetId], style: "subtitle" },
    { address: `A${ROW.method}`, value: text.method, style: "note" },
    { address: `A${ROW.inputs}`, value: text.inputs, style: "section" },
    { address: `C${ROW.inputs}`, value: text.inputsHint, style: "note" },
    { address: `A${ROW.spend}`, value: text.spend, style: "label" },
    { address: a.spend, value: preset.inputs.spend, numberFormat: MONEY_FORMAT, style: "input" },
    { address: `C${ROW.spend}`, value: text.spendNote[presetId], style: "note" },
    { address: `A${ROW.energy}`, value: text.energy, style: "label" },
    { address: a.energy, value: preset.inputs.energy, numberFormat: RATIO_FORMAT, style: "input" },
    { address: `C${ROW.energy}`, value: text.energyNote, style: "note" },
    { address: `A${ROW.margin}`, value: text.margin, style: "label" },
    {
      address: a.margin,
      value: preset.inputs.margin,
      numberFormat: PERCENT_FORMAT,
      style: "input",
    },
    { address: `C${ROW.margin}`, value: text.marginNote, style: "note" },
    { address: `A${ROW.results}`, value: text.results, style: "section" },
  ];

  const results: ReadonlyArray<[keyof TemplateAddresses, string, string, string, string]> = [
    [
      "dataCenterCost",
      text.dataCenterCost,
      `=GPU.DATACENTER_COST(${a.spend},${a.energy})`,
      MONEY_FORMAT,
      text.dataCenterCostNote,
    ],
    [
      "requiredRevenue",
      text.requiredRevenue,
      `=GPU.REQUIRED_REVENUE(${a.spend},${a.energy},${a.margin})`,
      MONEY_FORMAT,
      text.requiredRevenueNote,
    ],
    [
      "identifiedRevenue",
      text.identifiedRevenue,
      `=SUM(${REVENUES_NAME})`,
      MONEY_FORMAT,
      text.identifiedRevenueNote,
    ],
    [
      "gap",
      text.gap,
      `=GPU.GAP(${REVENUES_NAME},${a.requiredRevenue})`,
      MONEY_FORMAT,
      text.gapNote,
    ],
    [
      "coverage",
      text.coverage,
      `=GPU.COVERAGE(${REVENUES_NAME},${a.requiredRevenue})`,
      PERCENT_FORMAT,
      text.coverageNote,
    ],
    [
      "breakevenSpend",
      text.breakevenSpend,
      `=GPU.BREAKEVEN_SPEND(${a.identifiedRevenue},${a.energy},${a.margin})`,
      MONEY_FORMAT,
      text.breakevenSpendNote,
    ],
  ];
  for (const [key, label, formula, numberFormat, note] of results) {
    const row = ROW[key as keyof typeof ROW];
    cells.push({ address: `A${row}`, value: label, style: "label" });
    cells.push({ address: addresses[key], formula, numberFormat, style: "result" });
    cells.push({ address: `C${row}`, value: note, style: "note" });
  }
  cells.push({ address: `A${ROW.cloudMarginNote}`, value: text.cloudMarginNote, style: "note" });
  cells.push({ address: `A${ROW.tableSection}`, value: text.tableSection, style: "section" });
  cells.push({ address: `C${ROW.tableSection}`, value: text.tableHint, style: "note" });

  const firstDataRow = ROW.tableHeader + 1;
  const lastDataRow = ROW.tableHeader + COMPANY_REVENUES.length;
  const table: TablePlan = {
    name: TABLE_NAME,
    range: `A${ROW.tableHeader}:C${lastDataRow}`,
    headers: [text.company, text.revenue, text.basis],
    rows: COMPANY_REVENUES.map((row) => [
      translate(row.company),
      row.revenue,
      translate(row.basis),
    ]),
    columnFormats: [undefined, MONEY_FORMAT, undefined],
    revenueColumn: 1,
    style: "TableStyleMedium2",
  };
  const names: NamePlan[] = [
    {
      name: REVENUES_NAME,
      range: `B${firstDataRow}:B${lastDataRow}`,
      tableColumn: table.revenueColumn,
      comment: "The AI revenue column of the company table",
    },
  ];

  let grid: GridPlan | undefined;
  if (includeGrid) {
    const headerRow = GRID_ROW + 1;
    cells.push({ address: at(GRID_COLUMN, GRID_ROW), value: text.gridSection, style: "section" });
    cells.push({
      address: at(GRID_COLUMN, headerRow),
      value: text.gridCorner,
      style: "gridHeader",
    });
    GRID_MARGINS.forEach((margin, j) => {
      cells.push({
        address: at(GRID_COLUMN + 1 + j, headerRow),
        value: margin,
        numberFormat: "0%",
        style: "gridHeader",
      });
    });
    GRID_SPENDS.forEach((spend, i) => {
      const row = headerRow + 1 + i;
      cells.push({
        address: at(GRID_COLUMN, row),
        value: spend,
        numberFormat: MONEY_FORMAT,
        style: "gridHeader",
      });
      GRID_MARGINS.forEach((_, j) => {
        const spendCell = `$${columnLetter(GRID_COLUMN)}${row}`;
        const marginCell = `${columnLetter(GRID_COLUMN + 1 + j)}$${headerRow}`;
        const energyCell = `$B$${ROW.energy}`;
        cells.push({
          address: at(GRID_COLUMN + 1 + j, row),
          formula: `=GPU.REQUIRED_REVENUE(${spendCell},${energyCell},${marginCell})`,
          numberFormat: MONEY_FORMAT,
          style: "grid",
        });
      });
    });
    const lastRow = headerRow + GRID_SPENDS.length;
    const lastColumn = GRID_COLUMN + GRID_MARGINS.length;
    cells.push({ address: at(GRID_COLUMN, lastRow + 1), value: text.gridNote, style: "note" });
    grid = {
      range: `${at(GRID_COLUMN, headerRow)}:${at(lastColumn, lastRow)}`,
      valuesRange: `${at(GRID_COLUMN + 1, headerRow + 1)}:${at(lastColumn, lastRow)}`,
      spends: GRID_SPENDS,
      margins: GRID_MARGINS,
    };
  }

  const chartTop = includeGrid ? GRID_ROW + GRID_SPENDS.length + 4 : GRID_ROW;
  const chart: ChartPlan | undefined = includeChart
    ? {
        type: "ColumnClustered",
        title: text.chartTitle,
        sourceRange: `A${ROW.requiredRevenue}:B${ROW.gap}`,
        topLeft: at(GRID_COLUMN, chartTop),
        bottomRight: at(GRID_COLUMN + GRID_MARGINS.length + 1, chartTop + 15),
      }
    : undefined;

  return {
    language,
    preset: presetId,
    sheetName: text.sheetName,
    cells,
    table,
    names,
    grid,
    chart,
    // Wide enough for the longest English note in C (about 75 characters of 11 pt Calibri) so it
    // is not cut off by the grid in E, and for the table's header in B beside its filter button.
    columnWidths: [
      { column: "A", points: 190 },
      { column: "B", points: 110 },
      { column: "C", points: 400 },
      { column: "D", points: 16 },
      { column: "E", points: 140 },
      ...GRID_MARGINS.map((_, j) => ({ column: columnLetter(GRID_COLUMN + 1 + j), points: 72 })),
    ],
    addresses,
    activeCell: addresses.spend,
  };
}
