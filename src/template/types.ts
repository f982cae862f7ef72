/**
 * The template sheet as data: what the hosts (Excel, the preview) write and the tests read.
 */
import type { AnalysisId, PresetId } from "../engine";
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
  /** What an input cell accepts: hosts that can enforce it do (Excel's data validation). */
  readonly validation?: ValidationPlan;
}

/**
 * An input cell's rule as Excel's data validation states it: a number compared with a bound
 * (whole numbers only for "wholeNumber"), or a custom formula that must be TRUE.
 */
export type ValidationRule =
  | {
      readonly type: "decimal" | "wholeNumber";
      readonly operator: "GreaterThan" | "GreaterThanOrEqualTo";
      readonly bound: number;
    }
  | { readonly type: "custom"; readonly formula: string };

export interface ValidationPlan {
  readonly rule: ValidationRule;
  /** The input message shown when the cell is selected: its title (at most 32 characters). */
  readonly title: string;
  /** The input message itself (at most 255 characters). */
  readonly prompt: string;
  /** The message when a typed value breaks the rule (at most 255 characters). */
  readonly error: string;
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
  readonly type: "ColumnClustered" | "Line";
  readonly title: string;
  /**
   * The data with its labels in the first column. By "Columns": category labels in the first
   * column, one series in the second. By "Rows": one series a row, named in the first column.
   */
  readonly sourceRange: string;
  readonly seriesBy: "Columns" | "Rows";
  /** The category labels of series by rows (the years), one per value column. */
  readonly categoriesRange?: string;
  readonly showLegend: boolean;
  readonly showValues: boolean;
  readonly topLeft: string;
  readonly bottomRight: string;
}

export interface GridPlan {
  /** What the grid's rows vary: GPU spend ($B) or useful life (years). */
  readonly rowsVary: "spend" | "life";
  /** The whole grid including its header row and column. */
  readonly range: string;
  /** The formula cells only. */
  readonly valuesRange: string;
  /** The row headers' values, top to bottom. */
  readonly rows: readonly number[];
  readonly margins: readonly number[];
}

/** "Over the years": one column a year, one row a figure. */
export interface YearsPlan {
  readonly years: readonly number[];
  /** The row of years over the columns, e.g. "F24:M24". */
  readonly yearsRange: string;
  /** Each figure's cells across the years, e.g. spend: "F25:M25". */
  readonly rows: Readonly<Record<YearsRow, string>>;
}

export type YearsRow =
  "spend" | "dataCenterCost" | "charges" | "required" | "identified" | "gap" | "cumulativeGap";

/** Where the template's inputs and results are, for hosts and tests. */
export interface TemplateAddresses {
  readonly spend: string;
  readonly energy: string;
  readonly margin: string;
  readonly cloudMargin: string;
  readonly life: string;
  readonly rate: string;
  readonly spendGrowth: string;
  readonly revenueGrowth: string;
  /** The input check: a text naming an empty or invalid input, in words. */
  readonly check: string;
  readonly dataCenterCost: string;
  readonly requiredRevenue: string;
  readonly identifiedRevenue: string;
  readonly gap: string;
  readonly coverage: string;
  readonly breakevenSpend: string;
  readonly annualRequiredRevenue: string;
  readonly paybackYears: string;
}

/** Where one analysis of "The debate since" is: its row, input cells and figures. */
export interface DebateRow {
  readonly id: AnalysisId;
  readonly row: number;
  readonly inputs: readonly string[];
  readonly headline: string;
  /** The live formula that reproduces the headline (absent where there is nothing to reproduce). */
  readonly reproduced?: string;
  /** The second figure, where the analysis has one. */
  readonly also?: string;
}

export interface ColumnWidth {
  readonly column: string;
  /** Width in points (Excel's unit); 1 point = 4/3 CSS px. */
  readonly points: number;
}

/** The sections a template is made of, top to bottom and left to right. */
export type SectionName =
  | "heading"
  | "inputs"
  | "results"
  | "spendGrid"
  | "lifeGrid"
  | "years"
  | "resultsChart"
  | "yearsChart"
  | "sources"
  | "debate"
  | "companyTable";

/** Where one section is: the rows and columns it covers (its cells, table, grid or chart). */
export interface SectionPlan {
  readonly name: SectionName;
  readonly range: string;
  /** A table that grows and shrinks as a user adds or deletes rows: nothing shares its rows. */
  readonly grows?: boolean;
}

export interface TemplatePlan {
  readonly language: Language;
  readonly preset: PresetId;
  /** The base sheet name; hosts make it unique in the workbook. */
  readonly sheetName: string;
  readonly cells: readonly CellPlan[];
  readonly table: TablePlan;
  readonly names: readonly NamePlan[];
  /** The sensitivity grids (none when left out). */
  readonly grids: readonly GridPlan[];
  readonly years: YearsPlan;
  /** The charts (none when left out). */
  readonly charts: readonly ChartPlan[];
  /** "The debate since": one row per published analysis, below every other section. */
  readonly debate: readonly DebateRow[];
  readonly columnWidths: readonly ColumnWidth[];
  /** Every section's place; the company table is below all the others, so it can grow. */
  readonly sections: readonly SectionPlan[];
  readonly addresses: TemplateAddresses;
  /** The cell to select when the sheet is shown. */
  readonly activeCell: string;
  /** "native" when the formulas are native Excel (no GPU.* calls); GPU.* functions otherwise. */
  readonly formulas?: TemplateFormulas;
  /** In a native plan: the cells whose GPU.* formula has no native form (left as they are). */
  readonly untranslated?: readonly string[];
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
