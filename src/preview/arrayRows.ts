/**
 * Inserting or deleting rows through a spilled array, as Excel does it: the array's formula stays
 * where it is (or moves up with its row) and spills again over the new rows. HyperFormula 3.5
 * cannot shift the cells of a spilled array ("Cannot move cell. Destination already occupied",
 * after which its dependency graph is broken), so the rows are shifted with each such array lifted:
 * its formula stands as a single value while the rows move, then spills again. All in the
 * caller's batch, so undo puts back array and rows together.
 */
import type { HyperFormula, SimpleCellAddress } from "hyperformula";
import { RefusedOperation } from "./refusal";

export interface LiftedArray {
  readonly address: SimpleCellAddress;
  readonly formula: string;
}

/** The rows [first, last] an array formula at `address` spills over, or undefined when it does not. */
function spilledRows(
  hf: HyperFormula,
  address: SimpleCellAddress,
  formula: string
): { first: number; last: number } | undefined {
  if (!hf.isCellPartOfArray(address)) return undefined;
  const values = hf.calculateFormula(formula, address.sheet);
  if (!Array.isArray(values) || values.length < 2) return undefined;
  return { first: address.row, last: address.row + values.length - 1 };
}

/**
 * The arrays on a sheet that a shift of `count` rows at `at` would cut through (count < 0:
 * deleting -count rows): an insert between their first and last row, a delete overlapping them.
 */
export function arraysInTheWay(
  hf: HyperFormula,
  sheet: number,
  at: number,
  count: number
): LiftedArray[] {
  const lifted: LiftedArray[] = [];
  const lastDeleted = at - count - 1;
  // The arrays in the way start above `at` (insert) or by the last deleted row: only those rows.
  const lastAnchorRow = count > 0 ? at - 1 : lastDeleted;
  const { width, height } = hf.getSheetDimensions(sheet);
  if (width === 0 || lastAnchorRow < 0) return lifted;
  const formulas = hf.getRangeFormulas({
    start: { sheet, col: 0, row: 0 },
    end: { sheet, col: width - 1, row: Math.min(lastAnchorRow, height - 1) },
  });
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula === undefined) return;
      const address = { sheet, col: c, row: r };
      const rows = spilledRows(hf, address, formula);
      if (!rows) return;
      const cut =
        count > 0
          ? rows.first < at && rows.last >= at
          : rows.first <= lastDeleted && rows.last >= at;
      if (cut) lifted.push({ address, formula });
    })
  );
  return lifted;
}

/**
 * Refuses deleting rows that a spilled array runs through: HyperFormula 3.5 deletes them, but its
 * undo leaves stale values, and lifting the array first breaks its graph. Call before any change.
 */
export function checkRowsDelete(hf: HyperFormula, sheet: number, at: number, rows: number): void {
  if (arraysInTheWay(hf, sheet, at, -rows).length > 0) throw new RefusedOperation("arrayRows");
}

const WRAP_START = "=INDEX(";
const WRAP_END = ",1,1)";

/**
 * Shifts rows with the arrays in the way lifted: call inside a batch. While the rows move, each
 * such formula stands as INDEX(formula,1,1), which spills nothing and has its references moved by
 * HyperFormula as any formula's are; then it is written back unwrapped and spills again. An array
 * whose formula's own row is deleted goes with it, as in Excel.
 */
export function shiftRowsThroughArrays(
  hf: HyperFormula,
  sheet: number,
  at: number,
  count: number
): void {
  const lifted = count > 0 ? arraysInTheWay(hf, sheet, at, count) : [];
  // An array starting in the deleted rows goes with them; the others start above `at`, so their
  // formulas' cells do not move.
  const kept = lifted.filter(({ address }) => address.row < at);
  for (const { address } of lifted) if (address.row >= at) hf.setCellContents(address, null);
  for (const { address, formula } of kept) {
    hf.setCellContents(address, `${WRAP_START}${formula.slice(1)}${WRAP_END}`);
  }
  if (count > 0) hf.addRows(sheet, [at, count]);
  else hf.removeRows(sheet, [at, -count]);
  for (const { address } of kept) {
    const wrapped = hf.getCellFormula(address);
    if (!wrapped?.startsWith(WRAP_START) || !wrapped.endsWith(WRAP_END)) continue;
    hf.setCellContents(address, `=${wrapped.slice(WRAP_START.length, -WRAP_END.length)}`);
  }
}
