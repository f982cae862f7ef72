/**
 * The preview's HyperFormula instance, configured once (also for a rebuilt engine), and what the
 * host reads from its changes. HyperFormula is GPL-licensed: this belongs to the preview bundle only.
 */
import { HyperFormula } from "hyperformula";
import type { SimpleCellAddress } from "hyperformula";
import { EXCEL_LIMITS } from "../engine/excelLimits";
import { formatCell } from "../engine/a1";
import { parseDateText } from "./dateText";
import { registerGpuPlugin } from "./gpuPlugin";
import { ENGINE_UNDO_LIMIT } from "./history";

/** Excel's row count: a table of 100,000 rows fits (HyperFormula's default stops at 40,000). */
export const MAX_ROWS = EXCEL_LIMITS.rows;

/** An empty engine with the GPU.* functions, as the preview's workbook needs it. */
export function newEngine(): HyperFormula {
  registerGpuPlugin();
  return HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    // Exact values, as Excel keeps them (15 digits): no rounding to 10 digits on the way out.
    smartRounding: false,
    maxRows: MAX_ROWS,
    maxColumns: EXCEL_LIMITS.columns,
    // The history keeps its actions' steps within this (history.ts).
    undoLimit: ENGINE_UNDO_LIMIT,
    // Dates as HyperFormula reads them, without trying every format on plain text.
    parseDateTime: parseDateText,
  });
}

/** The A1 addresses on one sheet among HyperFormula's exported changes. */
export function changedAddresses(
  changes: ReturnType<HyperFormula["batch"]>,
  sheetId: number
): string[] {
  const addresses: string[] = [];
  for (const change of changes) {
    const address = (change as { address?: SimpleCellAddress }).address;
    if (address && address.sheet === sheetId) addresses.push(formatCell(address.col, address.row));
  }
  return addresses;
}
