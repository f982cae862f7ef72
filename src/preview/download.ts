/**
 * "Download .xlsx": the whole preview workbook (every sheet, every edit, the tables, names and
 * charts) as an Excel file, its GPU.* formulas in native form so that it opens anywhere. The
 * writer is loaded on the first click; the file is made in the page, nothing is sent anywhere.
 * DOM with createElement/textContent only.
 */
import { refusalText } from "../export/refusal";
import type { Language } from "../template";
import type { Toolbar } from "./grid/toolbar";
import type { HyperFormulaHost } from "./hyperformulaHost";
import "./download.css";

export const DOWNLOAD_FILE_NAME = "GPU Payback.xlsx";

/** Writes the workbook and hands it to the browser as a download; returns what was left as GPU.*. */
export async function downloadXlsx(host: HyperFormulaHost, document: Document): Promise<string[]> {
  const [{ exportHostXlsx }, { XLSX_MIME_TYPE }] = await Promise.all([
    import(/* webpackChunkName: "xlsx" */ "./xlsx/exportWorkbook"),
    import(/* webpackChunkName: "xlsx" */ "../export/xlsx"),
  ]);
  const { bytes, untranslated } = exportHostXlsx(host);
  const blob = new Blob([bytes as BlobPart], { type: XLSX_MIME_TYPE });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = DOWNLOAD_FILE_NAME;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return untranslated.map((cell) => `${cell.sheet}: ${cell.formula} (${cell.reason})`);
}

/** What the button reports, in both languages. */
const WORDS = {
  en: {
    button: "Download .xlsx",
    kept: (n: number) => `${n} formula(s) kept as GPU.*: no native form`,
    failed: (reason: string) => `Not downloaded: ${reason}`,
  },
  "zh-TW": {
    button: "下載 .xlsx",
    kept: (n: number) => `${n} 個公式保留為 GPU.*：沒有原生形式`,
    failed: (reason: string) => `未下載：${reason}`,
  },
} as const;

/** What mountDownload needs of the workbook view: its toolbar, language and status bar. */
export interface DownloadView {
  readonly toolbar: Toolbar;
  readonly language: Language;
  say(message: string): void;
}

/**
 * The "Download .xlsx" button (id download-xlsx) on the workbook's toolbar; what it reports (the
 * formulas left as GPU.*, or why it failed) is said in the status bar.
 */
export function mountDownload(view: DownloadView, host: HyperFormulaHost): HTMLButtonElement {
  const label = { en: WORDS.en.button, "zh-TW": WORDS["zh-TW"].button };
  const button = view.toolbar.addButton("download-xlsx", label, () => {
    const words = WORDS[view.language];
    button.disabled = true;
    downloadXlsx(host, button.ownerDocument)
      .then((kept) => {
        if (kept.length > 0) view.say(words.kept(kept.length));
        button.title = kept.join("\n");
      })
      .catch((error: unknown) => view.say(words.failed(refusalText(error, view.language))))
      .finally(() => (button.disabled = false));
  });
  button.classList.add("download-xlsx");
  return button;
}
