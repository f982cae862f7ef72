/** The fake Excel workbook's model (its sheets, cells, tables, names, charts) and A1 helpers. */

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  horizontalAlignment?: string;
}

export interface FakeCell {
  value?: unknown;
  formula?: string;
  numberFormat?: string;
  format: CellFormat;
  /** Range.dataValidation's rule, prompt and errorAlert as written (ExcelApi 1.8). */
  validation?: { rule?: unknown; prompt?: unknown; errorAlert?: unknown };
}

export interface FakeTable {
  name: string;
  sheet: string;
  range: string;
  hasHeaders: boolean;
  style?: string;
}

export interface FakeName {
  name: string;
  formula: string;
  comment?: string;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  legendVisible?: boolean;
  showValue?: boolean;
  topLeft?: string;
  bottomRight?: string;
  /** The category axis's names, from ChartAxis.setCategoryNames (ExcelApi 1.7). */
  categoryNames?: string;
}

export interface FakeSheet {
  /** Excel's worksheet id, unique and never reused, e.g. "{00000000-0001-0000-0000-000000000000}". */
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  names: FakeName[];
  charts: FakeChart[];
  columnWidths: Map<string, number>;
  selection?: string;
}

/** An error as office.js reports one: a message and a code such as "AccessDenied". */
export function excelError(code: string, message = `${code}: the operation failed.`): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

export const column = (letters: string): number =>
  [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
export const letters = (index: number): string => {
  let text = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
};

/** The cells of an A1 range such as "B12" or "A20:C31", row by row. */
export function cellsOf(address: string): string[][] {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (!match) throw excelError("InvalidArgument", `Not a cell range: ${address}`);
  const [c1, r1] = [column(match[1]), Number(match[2])];
  const [c2, r2] = match[3] ? [column(match[3]), Number(match[4])] : [c1, r1];
  const rows: string[][] = [];
  for (let r = r1; r <= r2; r++) {
    const row: string[] = [];
    for (let c = c1; c <= c2; c++) row.push(`${letters(c)}${r}`);
    rows.push(row);
  }
  return rows;
}

/** Excel's sheet-name rules, for the fake's own check. */
export function isExcelSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

/** Compares two ExcelApi versions ("1.7" < "1.17"). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
