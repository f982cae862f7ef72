/** The workbook view's own words, in English and Traditional Chinese (as Excel says them). */
import type { Language } from "../../template";
import type { RefusalReason, RefusedOperation } from "../refusal";

export interface GridText {
  readonly sheets: string;
  readonly zoom: string;
  readonly fitWidth: string;
  readonly ready: string;
  readonly loading: string;
  readonly sum: string;
  readonly average: string;
  readonly count: string;
  readonly nameBox: string;
  readonly formulaBar: string;
  readonly worksheet: string;
  readonly newWorkbook: string;
  readonly confirmNew: string;
  readonly undo: string;
  readonly redo: string;
  readonly insertRow: string;
  readonly deleteRow: string;
  readonly copy: string;
  readonly cut: string;
  readonly paste: string;
  readonly hidePane: string;
  readonly showPane: string;
  readonly resizePane: string;
  readonly toolbar: string;
  readonly unreadable: (reason: string) => string;
  readonly notFound: (typed: string) => string;
  readonly editCell: (address: string) => string;
  readonly firstSheet: string;
  /** Before the engine is ready (grid/loading.ts): typed cells wait for it, in order. */
  readonly loadingTyped: (cells: string) => string;
  readonly typedWritten: (cells: string) => string;
  readonly typedRefused: (cells: string, reason: string) => string;
  readonly loadingNoEdit: string;
  /** The page's app bar: what the page is, and the words around the HyperFormula link. */
  readonly appMode: string;
  readonly appNote: readonly [before: string, after: string];
  /** What an operation refused says, and why (refusal.ts); a large paste's progress. */
  readonly refused: Readonly<Record<RefusalReason, string>>;
  readonly refusedAt: (address: string, message: string) => string;
  readonly pasting: (percent: number) => string;
  /** A paste with nothing this grid can read on the clipboard, or a clipboard it may not read. */
  readonly clipboardHtmlOnly: string;
  readonly clipboardDenied: string;
}

/** The status bar's words for a refused operation, in the language. */
export function refusalText(
  text: GridText,
  refusal: Pick<RefusedOperation, "reason" | "details">
): string {
  const message = text.refused[refusal.reason];
  const cause = refusal.details.cause ? ` (${refusal.details.cause})` : "";
  const said = refusal.details.address ? text.refusedAt(refusal.details.address, message) : message;
  return refusal.reason.startsWith("engine") ? `${said}${cause}` : said;
}

export const GRID_TEXT: Readonly<Record<Language, GridText>> = {
  en: {
    sheets: "Sheets",
    zoom: "Zoom",
    fitWidth: "Fit width",
    ready: "Ready",
    loading: "Loading the calculation engine…",
    sum: "Sum",
    average: "Average",
    count: "Count",
    nameBox: "Name box: type a cell address or a name and press Enter to go there",
    formulaBar: "Formula bar: the selected cell's formula or value",
    worksheet: "Worksheet: type to edit the selected cell",
    newWorkbook: "New workbook",
    confirmNew: "Start a new workbook? Everything in this one is cleared from this browser.",
    undo: "Undo",
    redo: "Redo",
    insertRow: "Insert row",
    deleteRow: "Delete row",
    copy: "Copy",
    cut: "Cut",
    paste: "Paste",
    hidePane: "Hide pane",
    showPane: "Show pane",
    resizePane: "Drag to resize the task pane",
    toolbar: "Workbook commands",
    unreadable: (reason) =>
      `The workbook saved in this browser could not be read (${reason}). A new workbook was started; the unreadable copy is kept aside.`,
    notFound: (typed) => `"${typed}" is neither a cell address nor a name in this workbook.`,
    editCell: (address) => `Edit cell ${address}`,
    firstSheet: "Sheet1",
    loadingTyped: (cells) =>
      `Loading the calculation engine… What you typed in ${cells} is kept and written as soon as it is ready.`,
    typedWritten: (cells) =>
      `The calculation engine is ready: what you typed in ${cells} is written (Undo puts back what was there).`,
    typedRefused: (cells, reason) =>
      `The calculation engine is ready, but what you typed in ${cells} could not be written: ${reason}`,
    loadingNoEdit:
      "Loading the calculation engine… The cell's content shows once it is ready; typing replaces it meanwhile.",
    appMode: "Preview without Excel",
    appNote: [
      "The add-in's task pane beside a workbook computed by ",
      " with the same GPU.* functions. Edit the shaded cells: every result follows.",
    ],
    refused: {
      formulaLength: "This formula is too long: a formula can have at most 8,192 characters.",
      cellText: "This text is too long: a cell can hold at most 32,767 characters.",
      formulaText:
        "Text values in formulas are limited to 255 characters. To create longer text in a formula, join shorter pieces with the & operator.",
      nesting:
        "There are too many levels of nesting in this formula: a formula can nest at most 64 levels.",
      rows: "This paste does not fit: it would go past the sheet's last row (1,048,576). Nothing was pasted.",
      columns:
        "This paste does not fit: it would go past the sheet's last column (XFD, 16,384 columns). Nothing was pasted.",
      shiftOff:
        "To prevent possible loss of data, the rows cannot be inserted: they would shift cells that hold something off the sheet.",
      arrayRows:
        "These rows cannot be deleted: a spilled array runs through them. Delete the array's formula first, or delete rows outside it.",
      busy: "A paste is still being applied: wait until it is done, then try again.",
      engine:
        "The calculation engine could not make this change, so nothing was changed; undo still works.",
      engineRebuilt:
        "The calculation engine could not make this change: the workbook was put back as it was before, but the undo history was cleared.",
    },
    refusedAt: (address, message) => `${address}: ${message}`,
    pasting: (percent) => `Pasting… ${percent}%`,
    clipboardHtmlOnly:
      "Nothing was pasted: the clipboard holds no text this grid can read (formatted content only, or nothing). Copy the cells again, or paste them into a text editor first and copy them from there.",
    clipboardDenied:
      "The browser did not allow reading the clipboard. Press Ctrl+V (⌘V on a Mac) to paste.",
  },
  "zh-TW": {
    sheets: "工作表",
    zoom: "縮放",
    fitWidth: "符合寬度",
    ready: "就緒",
    loading: "正在載入計算引擎…",
    sum: "加總",
    average: "平均值",
    count: "計數",
    nameBox: "名稱方塊：輸入儲存格位址或名稱，按 Enter 前往",
    formulaBar: "資料編輯列：選取儲存格的公式或值",
    worksheet: "工作表：直接輸入即可編輯選取的儲存格",
    newWorkbook: "新增活頁簿",
    confirmNew: "要開始新的活頁簿嗎？此活頁簿的所有內容將從這個瀏覽器中清除。",
    undo: "復原",
    redo: "取消復原",
    insertRow: "插入列",
    deleteRow: "刪除列",
    copy: "複製",
    cut: "剪下",
    paste: "貼上",
    hidePane: "隱藏工作窗格",
    showPane: "顯示工作窗格",
    resizePane: "拖曳以調整工作窗格的寬度",
    toolbar: "活頁簿命令",
    unreadable: (reason) =>
      `無法讀取這個瀏覽器中儲存的活頁簿（${reason}）。已開啟新的活頁簿；無法讀取的副本已另外保留。`,
    notFound: (typed) => `「${typed}」不是此活頁簿中的儲存格位址或名稱。`,
    editCell: (address) => `編輯儲存格 ${address}`,
    firstSheet: "工作表1",
    loadingTyped: (cells) =>
      `正在載入計算引擎…您在 ${cells} 輸入的內容已保留，引擎就緒後立即寫入。`,
    typedWritten: (cells) =>
      `計算引擎已就緒：您在 ${cells} 輸入的內容已寫入（按「復原」可還原原本的內容）。`,
    typedRefused: (cells, reason) =>
      `計算引擎已就緒，但您在 ${cells} 輸入的內容無法寫入：${reason}`,
    loadingNoEdit:
      "正在載入計算引擎…引擎就緒後才會顯示儲存格的內容；在此之前，直接輸入會取代內容。",
    appMode: "不需 Excel 的預覽",
    appNote: [
      "增益集的工作窗格，旁邊是以 ",
      " 計算、使用相同 GPU.* 函數的活頁簿。編輯有底色的儲存格，所有結果都會跟著更新。",
    ],
    refused: {
      formulaLength: "這個公式太長：公式最多只能有 8,192 個字元。",
      cellText: "這段文字太長：一個儲存格最多只能容納 32,767 個字元。",
      formulaText:
        "公式中的文字值限制為 255 個字元。若要在公式中建立更長的文字，請用 & 運算子連接較短的片段。",
      nesting: "這個公式的巢狀層次太多：公式最多只能有 64 層巢狀。",
      rows: "無法貼上：貼上的資料會超出工作表的最後一列（1,048,576）。沒有貼上任何內容。",
      columns: "無法貼上：貼上的資料會超出工作表的最後一欄（XFD，16,384 欄）。沒有貼上任何內容。",
      shiftOff: "為了避免可能遺失資料，無法插入列：這會把有內容的儲存格移出工作表。",
      arrayRows: "無法刪除這些列：有溢出的陣列穿過它們。請先刪除該陣列的公式，或刪除陣列以外的列。",
      busy: "仍在套用貼上的資料：請等它完成後再試一次。",
      engine: "計算引擎無法進行這項變更，因此沒有任何變更；仍可復原先前的動作。",
      engineRebuilt: "計算引擎無法進行這項變更：活頁簿已還原成變更前的樣子，但復原記錄已清除。",
    },
    refusedAt: (address, message) => `${address}：${message}`,
    pasting: (percent) => `正在貼上… ${percent}%`,
    clipboardHtmlOnly:
      "沒有貼上任何內容：剪貼簿中沒有這個格線能讀取的文字（只有格式化的內容，或是空的）。請再複製一次儲存格，或先貼到文字編輯器中再從那裡複製。",
    clipboardDenied: "瀏覽器不允許讀取剪貼簿。請按 Ctrl+V（Mac 上為 ⌘V）貼上。",
  },
};
