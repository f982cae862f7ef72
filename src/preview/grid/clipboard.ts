/**
 * Copy, cut and paste with the system clipboard, as tab-separated text (grid/tsv), so that a block
 * copied in Excel or Google Sheets lands in cells and a block copied here lands in theirs. A block
 * copied here and pasted here keeps its formulas, their relative references moved by the offset
 * (HyperFormula's fill data); a cut block moves, and the formulas that referred to it follow.
 */
import type { CellRange } from "../address";
import { formatValue, type DisplayValue } from "../format";
import { RefusedOperation } from "../refusal";
import { cellFormat } from "../sheetRecord";
import type { WorkbookView } from "../workbook";
import { htmlTableRows } from "./htmlTable";
import { sayRefused } from "./refusals";
import { selectedRange } from "./selection";
import { parseTsv, toTsv } from "./tsv";

interface Copied {
  readonly text: string;
  readonly sheet: string;
  readonly range: CellRange;
  readonly cut: boolean;
}

/** The selection's cells as the text they show, rows of tab-separated cells. */
export function selectionText(view: WorkbookView): string {
  const host = view.host;
  if (!host) return "";
  const range = selectedRange(view.selection);
  const rows: string[][] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const cells: string[] = [];
    for (let col = range.left; col <= range.right; col++) {
      const format = cellFormat(host.activeSheet, col, row);
      cells.push(formatValue(host.valueAt(col, row) as DisplayValue, format.numberFormat));
    }
    rows.push(cells);
  }
  return toTsv(rows);
}

export class GridClipboard {
  private copied?: Copied;

  constructor(private readonly view: WorkbookView) {}

  /** Copies (or cuts) the selection; returns the text for the system clipboard. */
  copy(cut: boolean): string {
    const host = this.view.host;
    const text = selectionText(this.view);
    if (host) {
      const range = selectedRange(this.view.selection);
      this.copied = { text, sheet: host.activeSheet.name, range, cut };
    }
    return text;
  }

  /**
   * Pastes clipboard text at the active cell (the whole block, its top-left corner there); a large
   * block in chunks, the status bar saying how far it is. A refused paste says why; a clipboard
   * with no text says so.
   */
  async paste(text: string): Promise<void> {
    const rows = parseTsv(text);
    if (rows.length === 0) {
      this.view.say(this.view.text.clipboardHtmlOnly);
      return;
    }
    await this.pasteRows(rows, text);
  }

  /** Pastes rows of cells (text a block copied here was copied as: the block itself). */
  async pasteRows(rows: readonly string[][], text?: string): Promise<void> {
    const view = this.view;
    const host = view.host;
    if (!host) return;
    const at = selectedRange(view.selection);
    const target = { col: at.left, row: at.top };
    const copied = this.copied;
    let size = { rows: rows.length, columns: 0 };
    for (const row of rows) size.columns = Math.max(size.columns, row.length);
    try {
      const ours = copied && copied.text === text && copied.sheet === host.activeSheet.name;
      if (ours && copied.cut) {
        host.edit.moveRange(copied.range, target);
        this.copied = undefined;
      } else {
        const block = ours
          ? host.edit.fillBlock(copied.range, target)
          : rows.map((row) => row.map((cell) => (cell === "" ? null : cell)));
        const progress = (done: number) => view.say(view.text.pasting(Math.floor(done * 100)));
        const pasting = host.edit.pasteBlock(target, block, progress);
        view.updateCommands();
        await pasting;
        view.say("");
      }
      if (ours) {
        size = {
          rows: copied.range.bottom - copied.range.top + 1,
          columns: copied.range.right - copied.range.left + 1,
        };
      }
    } catch (error) {
      if (!(error instanceof RefusedOperation)) throw error;
      sayRefused(view, error);
      return;
    }
    view.select(
      {
        anchor: { col: target.col + size.columns - 1, row: target.row + size.rows - 1 },
        active: target,
      },
      false
    );
  }

  /** A paste event's clipboard: its text, else the cells of an HTML table, else a message. */
  async pasteData(data: DataTransfer | null): Promise<void> {
    const text = data?.getData("text/plain") ?? "";
    if (text !== "") return this.paste(text);
    const rows = htmlTableRows(data?.getData("text/html") ?? "");
    if (rows) return this.pasteRows(rows);
    this.view.say(this.view.text.clipboardHtmlOnly);
  }
}

/** Listens for the browser's copy, cut and paste while the grid has the focus. */
export function attachClipboard(view: WorkbookView): GridClipboard {
  const clipboard = new GridClipboard(view);
  view.clipboard = clipboard;
  const ours = () => document.activeElement === view.scroller && !view.editor.editing;
  const onCopy = (cut: boolean) => (event: ClipboardEvent) => {
    if (!ours() || !view.host) return;
    event.preventDefault();
    event.clipboardData?.setData("text/plain", clipboard.copy(cut));
  };
  document.addEventListener("copy", onCopy(false));
  document.addEventListener("cut", onCopy(true));
  document.addEventListener("paste", (event) => {
    if (!ours()) return;
    event.preventDefault();
    void clipboard.pasteData(event.clipboardData);
  });
  return clipboard;
}
