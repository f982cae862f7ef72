/*
 * The preview workbook as a whole: written out as plain data for the browser's storage
 * (savedWorkbook.ts), read back in place of what is there, a new empty workbook, and a new
 * engine built from a saved workbook when an operation left the old one broken (allOrNothing.ts).
 * None of these is an action to undo: the history starts again after each.
 * HyperFormula is GPL-licensed: this file belongs to the preview bundle only, never to dist/.
 */
import { normalCell } from "../engine/a1";
import { newEngine } from "./engine";
import { excelNumbersIn } from "./excelNumbers";
import {
  SAVED_FORMAT,
  SAVED_VERSION,
  savedNames,
  savedSheet,
  sheetFromSaved,
  type SavedCell,
  type SavedWorkbook,
} from "./savedWorkbook";
import { ownContents } from "./sheetCopy";
import { SpillFormulas } from "./spillFormulas";
import type { WorkbookCore } from "./workbookCore";

/** The whole workbook as plain data (during a large paste: as it was before it). */
export function savedWorkbook(core: WorkbookCore): SavedWorkbook {
  if (core.pasting) return core.pasting.before;
  const { hf, spills } = core;
  return {
    format: SAVED_FORMAT,
    version: SAVED_VERSION,
    sheets: core.sheetList.map((sheet) =>
      savedSheet(sheet, spills.asTyped(sheet.id, ownContents(hf, sheet.id) as SavedCell[][]))
    ),
    names: savedNames(hf.getAllNamedExpressionsSerialized(), core.sheetList),
    active: core.active,
    selected: core.selected,
  };
}

/** A new engine holding `saved` (the old one could not be trusted): no undo across it. */
export function rebuildEngine(core: WorkbookCore, saved: SavedWorkbook): void {
  const old = core.engine;
  core.engine = newEngine();
  core.spills = new SpillFormulas(core.engine);
  core.sheetList = [];
  core.pending = undefined;
  loadSaved(core, saved);
  try {
    old.destroy();
  } catch {
    // A broken engine may not even come apart cleanly: it is dropped either way.
  }
}

function removeAllSheets(core: WorkbookCore): void {
  const { hf } = core;
  core.spills.clear();
  for (const named of hf.getAllNamedExpressionsSerialized())
    hf.removeNamedExpression(named.name, named.scope);
  for (const sheet of core.sheetList) hf.removeSheet(sheet.id);
  core.sheetList = [];
}

/** Writes a saved workbook into the engine, which holds no sheet; nothing to undo. */
function loadSaved(core: WorkbookCore, saved: SavedWorkbook): void {
  const { hf } = core;
  const records = saved.sheets.map((s) => sheetFromSaved(core.addEmptySheet(s.name), s));
  for (const named of saved.names) {
    const scope = named.sheet === undefined ? undefined : records[named.sheet]?.id;
    hf.addNamedExpression(named.name, named.expression, scope);
  }
  // Formulas with Excel's number literals (=1E3) get the lowercase exponent HyperFormula reads.
  saved.sheets.forEach((s, i) => hf.setSheetContent(records[i].id, excelNumbersIn(s.cells)));
  // Formulas saved as typed with A1#: translated once every array is in place.
  saved.sheets.forEach((s, i) => core.spills.retype(records[i].id, s.cells));
  core.sheetList = records;
  core.active = Math.min(saved.active, records.length - 1);
  core.selected = normalCell(saved.selected);
  core.forgetHistory();
  core.emit({ kind: "sheets" });
}

/** The host's saving and loading part: what the browser's storage reads and writes. */
export class Persistence {
  constructor(private readonly core: WorkbookCore) {}

  /** The whole workbook as plain data, for the browser's storage (during a paste: as before it). */
  saved(): SavedWorkbook {
    return savedWorkbook(this.core);
  }

  /** Replaces the whole workbook with a saved one (checked by readSaved); no undo across it. */
  load(saved: SavedWorkbook): void {
    this.core.refuseWhileBusy();
    removeAllSheets(this.core);
    loadSaved(this.core, saved);
  }

  /** A new workbook: one empty sheet, nothing to undo. */
  reset(): void {
    const core = this.core;
    core.refuseWhileBusy();
    removeAllSheets(core);
    core.sheetList = [core.addEmptySheet(core.firstSheetName)];
    core.active = 0;
    core.selected = "A1";
    core.forgetHistory();
    core.emit({ kind: "sheets" });
  }
}
