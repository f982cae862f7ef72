/**
 * A workbook as the .xlsx writer takes it: plain data, no Office, no DOM, no spreadsheet engine.
 * Adapters fill it from the template plan or from the preview's workbook; xlsx.ts writes it.
 */
import type { CellStyle } from "../template";

/** An error value as Excel writes it, e.g. "#VALUE!". */
export interface ErrorValue {
  readonly error: string;
}

/** A cell's value: for a formula cell, its cached (last computed) value. */
export type CellValue = number | string | boolean | null | ErrorValue;

export interface CellModel {
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  /** The formula without its leading "=", in the file's (English, comma-separated) syntax. */
  readonly formula?: string;
  /** For a formula whose result spills over several cells: the cells it fills (an array formula). */
  readonly arrayRange?: RangeModel;
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

/** A 0-based, inclusive rectangle. */
export interface RangeModel {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface TableModel {
  /** Unique in the workbook. */
  readonly name: string;
  /** Header row included. */
  readonly range: RangeModel;
  /** The header cells' text, one per column, unique within the table. */
  readonly columns: readonly string[];
  readonly style: string;
}

export interface DefinedNameModel {
  readonly name: string;
  /** What it refers to, without "=": "'GPU Payback'!$B$21:$B$31" or "Revenue[[AI revenue ($B)]]". */
  readonly refersTo: string;
  /** True for a name scoped to its sheet (localSheetId), false for a workbook-wide one. */
  readonly sheetScoped: boolean;
  readonly comment?: string;
}

export interface ChartSeriesModel {
  readonly name?: string;
  /** A sheet-qualified absolute range: "'GPU Payback'!$B$12:$B$14". */
  readonly ref: string;
  /** The values as last computed (charts keep a cache that a reader shows before recalculating). */
  readonly cache: ReadonlyArray<number | null>;
  readonly formatCode?: string;
  /** The series' colour, "#4472C4": its bars, or its line and markers. */
  readonly colour?: string;
  /** One colour a point (a column chart of one series, coloured point by point). */
  readonly pointColours?: readonly string[];
}

export interface ChartModel {
  readonly kind: "column" | "line";
  readonly title: string;
  readonly categories: { readonly ref: string; readonly cache: readonly string[] };
  readonly series: readonly ChartSeriesModel[];
  /** The cells the chart covers (0-based, inclusive). */
  readonly anchor: RangeModel;
  /** A legend below the plot; by default only when there are several series. */
  readonly showLegend?: boolean;
  /** Each point's value written on it. */
  readonly showValues?: boolean;
}

/** An input cell's rule (Excel's data validation): a number with a bound, or a formula that must be TRUE. */
export interface ValidationModel {
  readonly range: RangeModel;
  readonly type: "decimal" | "whole" | "custom";
  /** For decimal and whole: how the value compares with the bound (formula). */
  readonly operator?: "greaterThan" | "greaterThanOrEqual";
  /** The bound, or the custom formula, without "=". */
  readonly formula: string;
  /** The message shown when the cell is selected (title at most 32 characters). */
  readonly title: string;
  readonly prompt: string;
  /** The message when a typed value breaks the rule. */
  readonly error: string;
}

export interface SheetModel {
  readonly name: string;
  readonly cells: readonly CellModel[];
  /** Width in points by 0-based column. */
  readonly columnWidths: ReadonlyArray<{ readonly col: number; readonly points: number }>;
  readonly tables: readonly TableModel[];
  /** Names that belong to this sheet (sheet-scoped ones and the workbook-wide ones defined here). */
  readonly names: readonly DefinedNameModel[];
  readonly charts: readonly ChartModel[];
  readonly validations?: readonly ValidationModel[];
  /** The selected cell, "B6". */
  readonly activeCell?: string;
}

export interface WorkbookModel {
  readonly sheets: readonly SheetModel[];
  /** Index of the sheet shown on opening. */
  readonly activeSheet: number;
}

export function isErrorValue(value: CellValue): value is ErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}
