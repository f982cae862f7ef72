/*
 * The task pane's host in the preview (PaneHost, src/taskpane/host.ts) over the preview's workbook:
 * it writes the same TemplatePlan the Excel host writes (values, formulas, the company table as
 * plain cells, the revenue column as a sheet-scoped named expression), a formula into the
 * selected cell, the GPU.* formulas entered again or made portable. Each is one change of the
 * workbook, undone at once. It translates, never computes: every figure comes from HyperFormula
 * evaluating the plan's formulas with the GPU.* plugin over the engine.
 * HyperFormula is GPL-licensed: this file belongs to the preview bundle only, never to dist/.
 */
import type { SimpleCellAddress } from "hyperformula";
import { translateCells, type FormulaCell } from "../engine/portable/translate";
import { isGpuFormula, reenteredFormula } from "../taskpane/gpuFormulas";
import {
  PaneError,
  type PaneHost,
  type PortableMode,
  type PortableResult,
  type ReenteredFormulas,
} from "../taskpane/host";
import { quoteSheetName, uniqueSheetName, type TemplatePlan } from "../template";
import { normalCell } from "../engine/a1";
import { cellsBefore } from "./allOrNothing";
import { blockRange, type Editing } from "./editing";
import { dropSince, engineMark, undoSince, type EngineMark } from "./engineStacks";
import { addSheetCopy, copiedRecord, formulaCells, SHEET_COPY_STEPS } from "./sheetCopy";
import type { SheetView } from "./sheetRecord";
import { templateSheet } from "./templateSheet";
import type { WorkbookCore } from "./workbookCore";

export class PreviewPane implements PaneHost {
  readonly kind = "preview" as const;

  constructor(
    private readonly core: WorkbookCore,
    private readonly editing: Editing
  ) {}

  async insertTemplate(plan: TemplatePlan): Promise<string> {
    const core = this.core;
    core.refuseWhileBusy();
    const before = core.state();
    const mark = engineMark(core.hf);
    const name = uniqueSheetName(plan.sheetName, core.hf.getSheetNames());
    const addedName = core.hf.addSheet(name);
    const id = core.hf.getSheetId(addedName) as number;
    let sheet: SheetView;
    try {
      sheet = templateSheet(core.hf, id, addedName, plan);
    } catch (error) {
      const cleanup = this.removeFailedSheet(mark, id, addedName);
      throw new PaneError("failed", error instanceof Error ? error.message : String(error), {
        sheet: addedName,
        cleanup,
      });
    }
    core.sheetList = [...core.sheetList, sheet];
    core.active = core.sheetList.length - 1;
    core.selected = normalCell(plan.activeCell);
    // addSheet, then templateSheet's one batch: two engine steps.
    core.record({ engineSteps: 2, before, after: core.state() });
    core.emit({ kind: "sheets" });
    return addedName;
  }

  /**
   * Nothing half-written stays behind a template that could not be written: its engine steps (the
   * new sheet, the partial batch) are undone and dropped, the undo history kept; if that fails, the
   * sheet is removed and the history cleared.
   */
  private removeFailedSheet(mark: EngineMark, id: number, name: string): "removed" | "failed" {
    const { core } = this;
    const names = core.sheetList.map((sheet) => sheet.name);
    if (undoSince(core.hf, mark) && dropSince(core.hf, mark, false)) {
      if (JSON.stringify(core.hf.getSheetNames()) === JSON.stringify(names)) {
        core.history.clearFuture();
        return "removed";
      }
    }
    core.forgetHistory();
    try {
      if (core.hf.getSheetId(name) !== undefined) core.hf.removeSheet(id);
      return "removed";
    } catch {
      return "failed";
    }
  }

  /** Writes the formula into the selected cell if it is empty; never overwrites what is there. */
  async insertFormula(formula: string): Promise<string> {
    const { core } = this;
    const sheet = core.activeSheet;
    const address = `${quoteSheetName(sheet.name)}!${core.selected}`;
    const cell = core.cellAddress(core.selected);
    const value = core.hf.getCellValue(cell);
    if (core.hf.getCellFormula(cell) !== undefined || (value !== null && value !== "")) {
      throw new PaneError("occupied", `${address} is not empty.`, { address });
    }
    this.editing.setInput(core.selected, formula, sheet.name);
    return address;
  }

  /** Enters each GPU.* formula on the active sheet again (HyperFormula re-evaluates it), as one change. */
  async reenterGpuFormulas(): Promise<ReenteredFormulas> {
    const sheet = this.core.activeSheet;
    const cells: Array<[SimpleCellAddress, string]> = [];
    this.core.hf.getSheetFormulas(sheet.id).forEach((row, r) =>
      row.forEach((formula, c) => {
        if (isGpuFormula(formula)) cells.push([{ sheet: sheet.id, col: c, row: r }, formula]);
      })
    );
    if (cells.length > 0)
      this.rewrite(cells.map(([at, formula]) => [at, reenteredFormula(formula)]));
    return { sheet: sheet.name, formulas: cells.length };
  }

  /**
   * Rewrites the active sheet's GPU.* formulas natively, on a copy placed after it (sheetCopy.ts)
   * or in place: one change either way (undone at once, saved by autosave).
   */
  async makePortable(mode: PortableMode): Promise<PortableResult> {
    const source = this.core.activeSheet;
    const { converted, untranslated } = translateCells(formulaCells(this.core.hf, source.id));
    const result = { source: source.name, converted: converted.length, untranslated };
    if (converted.length === 0) return { ...result, sheet: source.name };
    if (mode === "in-place") {
      this.rewrite(converted.map((cell) => [this.core.cellAddress(cell.address), cell.formula]));
      return { ...result, sheet: source.name };
    }
    return { ...result, sheet: this.copySheet(source, converted) };
  }

  /** HyperFormula recalculates on every change: nothing is ever stale. */
  async recalculate(): Promise<void> {
    return;
  }

  /** Adds a copy of `source` after it with `converted` formulas, as one undoable change. */
  private copySheet(source: SheetView, converted: readonly FormulaCell[]): string {
    const { core } = this;
    core.refuseWhileBusy();
    const before = core.state();
    const { id, name } = addSheetCopy(core.hf, source, converted);
    const at = core.sheetList.indexOf(source) + 1;
    const record = copiedRecord(source, id, name, core.sheetList);
    core.sheetList = [...core.sheetList.slice(0, at), record, ...core.sheetList.slice(at)];
    core.active = at;
    core.selected = "A1";
    core.record({ engineSteps: SHEET_COPY_STEPS, before, after: core.state() });
    core.emit({ kind: "sheets" });
    return name;
  }

  /** Writes formulas into cells as one change (GPU.* formulas entered again, made portable). */
  private rewrite(cells: ReadonlyArray<readonly [SimpleCellAddress, string]>): void {
    const { core } = this;
    const one = (at: SimpleCellAddress) => blockRange(at, 1, 1);
    const touches = { cells: cells.map(([at]) => cellsBefore(core.hf, at.sheet, one(at))) };
    core.guard(touches, () =>
      core.change(core.active, () => {
        for (const [address, formula] of cells) core.hf.setCellContents(address, formula);
      })
    );
  }
}
