/**
 * The preview's older names for A1 addresses (0-based): src/engine/a1.ts's functions, nothing
 * else. Kept for the files that still import them from here (the host and the workbook, a few
 * tests); new code imports src/engine/a1.ts.
 */
export type { CellRange } from "../engine/a1";
export {
  absoluteRange,
  formatRange,
  parseRange,
  formatCell as formatAddress,
  normalCell as normalAddress,
  parseCell as parseAddress,
} from "../engine/a1";
