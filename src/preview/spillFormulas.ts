/**
 * The preview host's formulas typed with a spill reference (=GPU.GAP(A1#)): HyperFormula holds
 * their translation (=GPU.GAP(A1:C12), see spillReferences.ts), this remembers what was typed so
 * that the workbook shows it, and translates again when an array changes size or appears.
 * An entry counts only while its cell still holds the translation it made: a cell rewritten by
 * any other means (moved, cleared, pasted over) shows HyperFormula's own formula.
 */
import { DetailedCellError } from "hyperformula";
import type { ExportedChange, HyperFormula, RawCellContent, SimpleCellAddress } from "hyperformula";
import { formatCell, parseCell } from "../engine/a1";
import { excelNumbers, typedNumberInRange } from "./excelNumbers";
import { hasSpillReference, translateSpillReferences } from "./spillReferences";

interface Typed {
  readonly address: SimpleCellAddress;
  /** The formula as the user typed it, with A1#. */
  readonly typed: string;
  /** The formula as HyperFormula holds it after translation. */
  held: string | undefined;
}

/** What was typed where, at one moment (for undo and redo). */
export type SpillSnapshot = ReadonlyArray<Readonly<Typed>>;

const key = (address: SimpleCellAddress) => `${address.sheet}:${address.col}:${address.row}`;

export class SpillFormulas {
  private readonly typed = new Map<string, Typed>();
  /** Arrays last seen as #SPILL! (a value in their way), by key. */
  private readonly blocked = new Map<string, SimpleCellAddress>();
  /** How many cells this has written again (each one HyperFormula undo step). */
  private rewrites = 0;

  constructor(private readonly hf: HyperFormula) {}

  /**
   * What to hand HyperFormula for what was typed into a cell: numbers as Excel writes them (1E3)
   * and spill references translated ("" and other input as it is). Forgets what the cell was
   * typed with before.
   */
  contentFor(address: SimpleCellAddress, typed: string): string {
    const input = typed.startsWith("=") ? excelNumbers(typed) : typedNumberInRange(typed);
    if (!input.startsWith("=") || !hasSpillReference(input)) {
      this.typed.delete(key(address));
      return input;
    }
    this.typed.set(key(address), { address, typed: input, held: undefined });
    return this.translate(input, address.sheet);
  }

  /** What to hand HyperFormula for a typed cell's content: spill references translated, "" empty. */
  cellContent(address: SimpleCellAddress, content: RawCellContent): RawCellContent {
    const translated = this.contentFor(address, typeof content === "string" ? content : "");
    if (typeof content !== "string") return content;
    return translated === "" ? null : translated;
  }

  /** A sheet's cells (rows of cells, changed in place) with its formulas shown as typed. */
  asTyped<T>(sheet: number, cells: Array<Array<T | string>>): Array<Array<T | string>> {
    for (const { address, typed } of this.typedOn(sheet)) cells[address.row][address.col] = typed;
    return cells;
  }

  /** Writes the cells of a loaded sheet that were typed with a spill reference again, translated. */
  retype(sheet: number, cells: ReadonlyArray<ReadonlyArray<RawCellContent>>): void {
    cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== "string" || !cell.startsWith("=") || !cell.includes("#")) return;
        const address = { sheet, col: c, row: r };
        this.hf.setCellContents(address, this.cellContent(address, cell));
      })
    );
    this.written();
  }

  /** Notes what HyperFormula holds now for the cells just written (call after writing). */
  written(): void {
    for (const entry of this.typed.values()) {
      if (entry.held === undefined) entry.held = this.hf.getCellFormula(entry.address);
    }
  }

  /** The formulas on a sheet shown as typed, by cell (for saving what the user typed). */
  private typedOn(sheet: number): Array<{ address: SimpleCellAddress; typed: string }> {
    return Array.from(this.typed.values()).filter(
      (entry) =>
        entry.address.sheet === sheet && this.hf.getCellFormula(entry.address) === entry.held
    );
  }

  /** The formulas typed with a spill reference now, for the host's history. */
  snapshot(): SpillSnapshot {
    return Array.from(this.typed.values(), (entry) => ({ ...entry }));
  }

  /** Puts back the formulas of a snapshot (an undo or redo). */
  restore(snapshot: SpillSnapshot): void {
    this.typed.clear();
    for (const entry of snapshot) this.typed.set(key(entry.address), { ...entry });
  }

  /** Forgets every formula (a new or loaded workbook). */
  clear(): void {
    this.typed.clear();
    this.blocked.clear();
  }

  /** The formula as typed, while the cell still holds its translation. */
  formula(address: SimpleCellAddress): string | undefined {
    const held = this.hf.getCellFormula(address);
    const entry = this.typed.get(key(address));
    return entry && entry.held === held ? entry.typed : held;
  }

  /**
   * After a change: blocked arrays spill again where their way is clear and remembered formulas
   * are translated again. Returns HyperFormula's changes and how many undo steps of its own that
   * took (each rewrite is one), so that the host's history undoes them with the change.
   */
  settle(changes: readonly ExportedChange[]): { changes: ExportedChange[]; engineSteps: number } {
    const before = this.rewrites;
    const settled = [...this.respill(changes), ...this.refresh()];
    return { changes: settled, engineSteps: this.rewrites - before };
  }

  /**
   * Lets a blocked array spill again once its way is clear, as Excel does (HyperFormula leaves it
   * at #SPILL! until its formula is evaluated again): notes the arrays that `changes` show
   * blocked, evaluates again those still blocked, and returns HyperFormula's changes.
   */
  respill(changes: readonly ExportedChange[]): ExportedChange[] {
    for (const change of changes) {
      const { address, newValue } = change as { address?: SimpleCellAddress; newValue?: unknown };
      if (address && newValue instanceof DetailedCellError && newValue.type === "SPILL") {
        this.blocked.set(key(address), address);
      }
    }
    const respilled: ExportedChange[] = [];
    for (const [id, address] of this.blocked) {
      const value = this.hf.getCellValue(address);
      const formula = this.hf.getCellFormula(address);
      if (!(value instanceof DetailedCellError && value.type === "SPILL") || !formula) {
        this.blocked.delete(id);
        continue;
      }
      if (!this.wayIsClear(address, formula)) continue;
      const again = this.rewrite(address, formula);
      if (!(this.hf.getCellValue(address) instanceof DetailedCellError)) {
        this.blocked.delete(id);
        respilled.push(...again);
      }
    }
    return respilled;
  }

  /**
   * Translates every remembered formula again (an array may have appeared, grown or gone) and
   * rewrites those whose translation changed; returns HyperFormula's changes. Not in a batch:
   * finding where an array ends needs evaluated values.
   */
  refresh(): ExportedChange[] {
    const changes: ExportedChange[] = [];
    for (const [id, entry] of this.typed) {
      if (this.hf.getCellFormula(entry.address) !== entry.held) {
        this.typed.delete(id);
        continue;
      }
      const content = this.translate(entry.typed, entry.address.sheet);
      if (this.normalized(content) === entry.held) continue;
      changes.push(...this.rewrite(entry.address, content));
      entry.held = this.hf.getCellFormula(entry.address);
    }
    return changes;
  }

  /**
   * Whether every cell the array would spill into is empty now, so that evaluating it again
   * changes something (and adds one step to the undo history, not one per edit while blocked).
   */
  private wayIsClear(anchor: SimpleCellAddress, formula: string): boolean {
    const values = this.hf.calculateFormula(formula, anchor.sheet);
    if (!Array.isArray(values)) return true;
    for (let row = 0; row < values.length; row++) {
      for (let col = 0; col < (values[row]?.length ?? 0); col++) {
        if (row === 0 && col === 0) continue;
        const cell = { sheet: anchor.sheet, col: anchor.col + col, row: anchor.row + row };
        if (this.hf.getCellFormula(cell) !== undefined || this.hf.getCellValue(cell) !== null) {
          return false;
        }
      }
    }
    return true;
  }

  private rewrite(address: SimpleCellAddress, content: string): ExportedChange[] {
    this.rewrites++;
    return this.hf.setCellContents(address, content);
  }

  private normalized(formula: string): string | undefined {
    try {
      return this.hf.normalizeFormula(formula);
    } catch {
      return undefined;
    }
  }

  private translate(formula: string, sheet: number): string {
    return translateSpillReferences(formula, (sheetName, anchor) =>
      this.spillEnd(sheetName === undefined ? sheet : this.hf.getSheetId(sheetName), anchor)
    );
  }

  /** Where the array spilling from a cell ends ("C12"), or undefined when it spills nothing. */
  private spillEnd(sheet: number | undefined, anchor: string): string | undefined {
    if (sheet === undefined) return undefined;
    const address = { sheet, ...parseCell(anchor) };
    const formula = this.hf.getCellFormula(address);
    if (formula === undefined || !this.hf.isCellPartOfArray(address)) return undefined;
    if (this.hf.getCellValue(address) instanceof DetailedCellError) return undefined; // #SPILL!
    const values = this.hf.calculateFormula(formula, sheet);
    if (!Array.isArray(values) || values.length === 0) return undefined;
    return formatCell(address.col + values[0].length - 1, address.row + values.length - 1);
  }
}
