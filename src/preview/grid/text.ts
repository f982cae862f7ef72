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
  /** The page's app bar: what the page is, and the words around the HyperFormula link. */
  readonly appMode: string;
  readonly appNote: readonly [before: string, after: string];
  /** Saving: the app bar's state, what went wrong, and the tab that holds the workbook. */
  readonly saveState: Readonly<Record<"saved" | "saving" | "unsaved" | "readonly", string>>;
  readonly saveFailed: (reason: string) => string;
  readonly storageFull: string;
  readonly writeAborted: string;
  readonly cannotRead: (reason: string) => string;
  readonly cannotKeepAside: (reason: string) => string;
  readonly otherTab: string;
  readonly movedTab: string;
  readonly useHere: string;
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
    appMode: "Preview without Excel",
    appNote: [
      "The add-in's task pane beside a workbook computed by ",
      " with the same GPU.* functions. Edit the shaded cells: every result follows.",
    ],
    saveState: {
      saved: "Saved in this browser",
      saving: "Saving…",
      unsaved: "Not saved",
      readonly: "Read-only",
    },
    saveFailed: (reason) =>
      `Not saved: ${reason}. Your changes are still on this page; the next change tries again.`,
    storageFull:
      "this browser's storage is full (free some disk space, or clear other sites' data)",
    writeAborted: "the browser stopped the write before it reached the disk",
    cannotRead: (reason) =>
      `The workbook saved in this browser could not be read (${reason}). Nothing was changed or deleted, and changes made now are not saved: reload the page to try again.`,
    cannotKeepAside: (reason) =>
      `The workbook saved in this browser could not be read (${reason}) nor kept aside: it is left as it was, and changes made now are not saved. Reload the page to try again.`,
    otherTab:
      "This workbook is open in another tab: it is edited there. Here you can look, not edit.",
    movedTab: "This workbook was opened in another tab: it is edited there now.",
    useHere: "Use it here",
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
    appMode: "不需 Excel 的預覽",
    appNote: [
      "增益集的工作窗格，旁邊是以 ",
      " 計算、使用相同 GPU.* 函數的活頁簿。編輯有底色的儲存格，所有結果都會跟著更新。",
    ],
    saveState: {
      saved: "已儲存在這個瀏覽器",
      saving: "正在儲存…",
      unsaved: "未儲存",
      readonly: "唯讀",
    },
    saveFailed: (reason) => `未儲存：${reason}。您的變更仍在此頁面上；下一次變更時會再試一次。`,
    storageFull: "這個瀏覽器的儲存空間已滿（請釋放磁碟空間，或清除其他網站的資料）",
    writeAborted: "瀏覽器在寫入磁碟之前中止了寫入",
    cannotRead: (reason) =>
      `無法讀取這個瀏覽器中儲存的活頁簿（${reason}）。沒有變更或刪除任何內容，但現在所做的變更不會儲存：請重新載入頁面再試一次。`,
    cannotKeepAside: (reason) =>
      `無法讀取這個瀏覽器中儲存的活頁簿（${reason}），也無法另外保留：它維持原狀，現在所做的變更不會儲存。請重新載入頁面再試一次。`,
    otherTab: "此活頁簿已在另一個索引標籤中開啟，並在那裡編輯。在這裡只能檢視，無法編輯。",
    movedTab: "此活頁簿已在另一個索引標籤中開啟，現在由那裡編輯。",
    useHere: "在這裡使用",
  },
};
