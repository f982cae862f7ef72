/** The workbook view's own words, in English and Traditional Chinese (as Excel says them). */
import type { Language } from "../../template";

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
  },
};
