/**
 * The template sheet as data: what the hosts (Excel, the preview) write and the tests read.
 */
import type { PresetId } from "../engine";
import type { Language } from "./labels";

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
  /** "native" when the formulas are native Excel (no GPU.* calls); GPU.* functions otherwise. */
  readonly formulas?: TemplateFormulas;
}

/** Which functions a template's formulas use: GPU.* (needs the add-in) or native Excel. */
export type TemplateFormulas = "gpu" | "native";

export interface TemplateOptions {
  readonly preset?: PresetId;
  readonly language?: Language;
  readonly includeGrid?: boolean;
  readonly includeChart?: boolean;
  /** GPU.* functions (needs the add-in, the default) or native Excel formulas (opens anywhere). */
  readonly formulas?: TemplateFormulas;
}
