/**
 * "Download .xlsx": the whole preview workbook (every sheet, every edit, the tables, names and
 * charts) as an Excel file, its GPU.* formulas in native form so that it opens anywhere. The
 * writer is loaded on the first click; the file is made in the page, nothing is sent anywhere.
 * DOM with createElement/textContent only.
 */
import type { HyperFormulaHost } from "./hyperformulaHost";
import "./download.css";

export const DOWNLOAD_FILE_NAME = "GPU Payback.xlsx";

/** Writes the workbook and hands it to the browser as a download; returns what was left as GPU.*. */
export async function downloadXlsx(host: HyperFormulaHost, document: Document): Promise<string[]> {
  const [{ exportHostXlsx }, { XLSX_MIME_TYPE }] = await Promise.all([
    import(/* webpackChunkName: "xlsx" */ "../export/exportWorkbook"),
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

/** A "Download .xlsx" button (and a line for what it reports) appended to the container. */
export function mountDownload(container: HTMLElement, host: HyperFormulaHost): HTMLButtonElement {
  const document = container.ownerDocument;
  const button = document.createElement("button");
  button.type = "button";
  button.id = "download-xlsx";
  button.className = "download-xlsx";
  button.textContent = "Download .xlsx";
  button.title =
    "The whole workbook as an Excel file, with native formulas: it opens without the add-in";
  const status = document.createElement("span");
  status.className = "download-status";
  status.setAttribute("role", "status");
  button.addEventListener("click", () => {
    button.disabled = true;
    status.textContent = "";
    downloadXlsx(host, document)
      .then((kept) => {
        if (kept.length > 0) {
          status.textContent = `${kept.length} formula(s) kept as GPU.*: no native form`;
          status.title = kept.join("\n");
        }
      })
      .catch((error: unknown) => {
        status.textContent = `Not downloaded: ${error instanceof Error ? error.message : String(error)}`;
      })
      .finally(() => (button.disabled = false));
  });
  container.append(button, status);
  return button;
}
