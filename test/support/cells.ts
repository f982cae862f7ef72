/**
 * The template's cells named by what they are, not where they are: `cells.requiredRevenue`,
 * `cells.label(cells.spend)`, `cells.company("Microsoft").revenue`, `cells.year("gap", 2027)`,
 * `cells.grid("spend").cell(150, 0.6)`. Every position is read from the plan (its addresses,
 * table, grids, years, charts and sections), so a test that names cells through this helper
 * keeps its assertions when a section moves; only the layout's own tests name literal addresses.
 *
 * What a test asserts stays its own: the values (the article's $200B, $75B, $125B...) and which
 * inputs a formula reads are written in the test; this file only says where those cells are.
 * Addresses are read and written with @borgar/fx (A1 references), not with the code under test.
 */
import { parseA1Range, toCol } from "@borgar/fx";
import type {
  CellPlan,
  GridPlan,
  SectionName,
  TemplateAddresses,
  TemplatePlan,
  YearsRow,
} from "../../src/template";

/** A rectangle of cells, 0-based as @borgar/fx gives it. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "E6:J12" (or "B6") → its rectangle, 0-based. */
export function box(range: string): Box {
  const parsed = parseA1Range(range);
  if (typeof parsed?.top !== "number" || typeof parsed.left !== "number")
    throw new Error(`Not a cell or range address: ${range}`);
  const { top, left } = parsed;
  return { top, left, bottom: parsed.bottom ?? top, right: parsed.right ?? left };
}

/** The A1 address of a 0-based column and row. */
export const address = (column: number, row: number): string => `${toCol(column)}${row + 1}`;

/** The address `columns` to the right and `rows` below another ("B6", 1, 2 → "C8"). */
export function offset(from: string, columns: number, rows: number): string {
  const { left, top } = box(from);
  return address(left + columns, top + rows);
}

/** Every address of a range, row by row ("F7:G8" → F7, G7, F8, G8). */
export function addressesIn(range: string): string[] {
  const { top, left, bottom, right } = box(range);
  const all: string[] = [];
  for (let row = top; row <= bottom; row++)
    for (let column = left; column <= right; column++) all.push(address(column, row));
  return all;
}

/** Whether an address lies within a range. */
export function inside(at: string, range: string): boolean {
  const cell = box(at);
  const area = box(range);
  return (
    cell.left >= area.left &&
    cell.right <= area.right &&
    cell.top >= area.top &&
    cell.bottom <= area.bottom
  );
}

/** Whether two ranges share a cell. */
export function overlaps(a: string, b: string): boolean {
  const [x, y] = [box(a), box(b)];
  return x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;
}

/** The absolute form of an address ("B7" → "$B$7"). */
export const absolute = (at: string): string => {
  const { left, top } = box(at);
  return `$${toCol(left)}$${top + 1}`;
};

/** An address with its column fixed ("E7" → "$E7"), as a grid's formula reads its row header. */
export const fixedColumn = (at: string): string => `$${at}`;

/** An address with its row fixed ("F6" → "F$6"), as a grid's formula reads its column header. */
export const fixedRow = (at: string): string => {
  const { left, top } = box(at);
  return `${toCol(left)}$${top + 1}`;
};

/** The 1-based row of an address (as Excel and the formulas write it). */
export const rowOf = (at: string): number => box(at).top + 1;

/** The column letters of an address. */
export const columnOf = (at: string): string => toCol(box(at).left);

/** The inputs, in sheet order. */
export const INPUT_KEYS = [
  "spend",
  "energy",
  "margin",
  "cloudMargin",
  "life",
  "rate",
  "spendGrowth",
  "revenueGrowth",
] as const;
export type InputName = (typeof INPUT_KEYS)[number];

/** The results, in sheet order. */
export const RESULT_KEYS = [
  "dataCenterCost",
  "requiredRevenue",
  "identifiedRevenue",
  "gap",
  "coverage",
  "breakevenSpend",
  "annualRequiredRevenue",
  "paybackYears",
] as const;

/** One grid's cells by its row value (a spend or a life) and its margin. */
function gridCells(grid: GridPlan) {
  const values = box(grid.valuesRange);
  const index = (list: readonly number[], value: number, what: string) => {
    const i = list.indexOf(value);
    if (i < 0) throw new Error(`The ${grid.rowsVary} grid has no ${what} ${value}`);
    return i;
  };
  const row = (value: number) => values.top + index(grid.rows, value, "row");
  const column = (margin: number) => values.left + index(grid.margins, margin, "margin");
  return {
    ...grid,
    /** The corner cell above the row headers (its words say what varies). */
    corner: address(values.left - 1, values.top - 1),
    /** The section's title, the row above the grid. */
    title: address(values.left - 1, values.top - 2),
    /** The header of a margin's column. */
    marginHeader: (margin: number) => address(column(margin), values.top - 1),
    marginHeaders: grid.margins.map((_, j) => address(values.left + j, values.top - 1)),
    /** The header of a row (its spend or life). */
    rowHeader: (value: number) => address(values.left - 1, row(value)),
    rowHeaders: grid.rows.map((_, i) => address(values.left - 1, values.top + i)),
    cell: (value: number, margin: number) => address(column(margin), row(value)),
    values: addressesIn(grid.valuesRange),
  };
}

/** Where a table's column (0: company, 1: revenue, 2: basis) is in data row i. */
function tableCells(plan: TemplatePlan) {
  const table = box(plan.table.range);
  const cell = (column: number, i: number) => address(table.left + column, table.top + 1 + i);
  const row = (i: number) => ({ name: cell(0, i), revenue: cell(1, i), basis: cell(2, i) });
  return {
    headers: plan.table.headers.map((_, j) => address(table.left + j, table.top)),
    /** Data row i (0-based), or the first free row below the table when i is its row count. */
    row,
    cell,
    rows: plan.table.rows.map((_, i) => row(i)),
    /** The row of a company, by its name in the plan's table (as written in its language). */
    company(name: string) {
      const i = plan.table.rows.findIndex((r) => r[0] === name);
      if (i < 0) throw new Error(`No company ${name} in the table`);
      return row(i);
    },
    /** The first row below the table. */
    below: address(table.left, table.bottom + 1),
  };
}

/** The years' cells: each figure's row, and one cell by figure and year. */
function yearsCells(plan: TemplatePlan) {
  const { years } = plan;
  const column = (year: number) => {
    const i = years.years.indexOf(year);
    if (i < 0) throw new Error(`No year ${year} in Over the years`);
    return i;
  };
  const row = (key: YearsRow) => addressesIn(years.rows[key]);
  const header = addressesIn(years.yearsRange);
  const first = box(years.yearsRange);
  const last = box(years.rows.cumulativeGap);
  return {
    row,
    year: (key: YearsRow, year: number) => row(key)[column(year)],
    header: (year: number) => header[column(year)],
    headers: header,
    /** The label of a figure, in the column before the years. */
    label: (key: YearsRow) => offset(row(key)[0], -1, 0),
    /** The section's title, above the row of years. */
    title: address(first.left - 1, first.top - 1),
    /** The notes under the block: which year is the input (0), what the charges are (1). */
    note: (n: number) => address(first.left - 1, last.bottom + 1 + n),
  };
}

/** A section's range and the plan's cells within it. */
function sectionOf(plan: TemplatePlan, name: SectionName) {
  const found = plan.sections.find((s) => s.name === name);
  if (!found) throw new Error(`No section ${name} in the plan`);
  const area = box(found.range);
  return {
    ...found,
    /** Its first cell: the section's title. */
    top: address(area.left, area.top),
    cells: plan.cells.filter((cell) => inside(cell.address, found.range)),
  };
}

/** The template's cells by what they are, for one plan. */
export function cellsOf(plan: TemplatePlan) {
  const a: TemplateAddresses = plan.addresses;
  const heading = sectionOf(plan, "heading");
  return {
    ...a,
    plan,
    /** The title, the source under it and the method under that. */
    title: heading.top,
    source: offset(heading.top, 0, 1),
    method: offset(heading.top, 0, 2),
    input: (key: InputName) => a[key],
    inputs: INPUT_KEYS.map((key) => a[key]),
    results: RESULT_KEYS.map((key) => a[key]),
    /** The label of an input or a result: the cell to its left. */
    label: (at: string) => offset(at, -1, 0),
    /** The note of an input or a result: the cell to its right. */
    note: (at: string) => offset(at, 1, 0),
    /** The n-th row under a cell (n = 1 the next). */
    under: (at: string, n = 1) => offset(at, 0, n),
    /** The results section's notes under its last result: cloud vendors (0), the preset (1). */
    resultsNote: (n: number) => offset(a.paybackYears, -1, 1 + n),
    section: (name: SectionName) => sectionOf(plan, name),
    table: tableCells(plan),
    company: (name: string) => tableCells(plan).company(name),
    grid: (rowsVary: GridPlan["rowsVary"]) => {
      const grid = plan.grids.find((g) => g.rowsVary === rowsVary);
      if (!grid) throw new Error(`No ${rowsVary} grid in the plan`);
      return gridCells(grid);
    },
    years: yearsCells(plan),
    /** The plan's cell at an address named through this helper. */
    at: (at: string): CellPlan | undefined => plan.cells.find((cell) => cell.address === at),
  };
}

export type Cells = ReturnType<typeof cellsOf>;
