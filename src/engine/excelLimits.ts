/**
 * Excel's documented specifications and limits ("Excel specifications and limits", Microsoft
 * Support), stated once: the preview refuses input beyond them where the user types and pastes,
 * and the .xlsx writer refuses a model beyond them, so no file needs Excel's repair.
 */
export const EXCEL_LIMITS = {
  /** Rows on a worksheet. */
  rows: 1_048_576,
  /** Columns on a worksheet (A to XFD). */
  columns: 16_384,
  /** Characters a cell can hold. */
  cellText: 32_767,
  /** Characters in a formula's contents. */
  formulaLength: 8_192,
  /** Characters in a text constant inside a formula ("..."). */
  formulaText: 255,
  /** Nested levels of functions in a formula. */
  nesting: 64,
  /** Characters in a worksheet's name. */
  sheetName: 31,
  /** Characters in a defined name or a table's name. */
  definedName: 255,
} as const;
