/**
 * The task pane's own words in English and Traditional Chinese. The inserted sheet's words are in
 * src/template/labels.ts; the functions' descriptions in functionReference.ts.
 */
import type { PresetId } from "../engine";
import type { Language } from "../template";

/** The workbook actions (src/taskpane/parts/workbookActions.ts), by button id. */
export type WorkbookActionId = "recalculate" | "reenter-gpu-formulas";

/** The words of "Make this sheet portable" (src/taskpane/parts/portable.ts). */
export interface PortableText {
  heading: string;
  intro: string;
  copyButton: string;
  inPlaceButton: string;
  /** The confirmation asked before converting in place (Office.js writes clear Excel's undo). */
  confirmInPlace: string;
  confirmButton: string;
  cancelButton: string;
  working: string;
  failed: string;
  converted: (count: number, sheet: string, source: string, copy: boolean) => string;
  nothingToConvert: (sheet: string) => string;
  untranslatedHeading: (count: number) => string;
}

/** The words of one workbook action. */
export interface ActionText {
  heading: string;
  /** When it helps. */
  intro: string;
  button: string;
  /** Shown while it runs. */
  working: string;
  /** The first sentence when it fails. */
  failed: string;
}

export interface PaneText {
  /** The language's name in itself, for the language switch. */
  languageName: string;
  /** BCP 47 tag for the lang attribute. */
  htmlLang: string;
  /** What goes between two sentences of one message (a space in English, nothing in Chinese). */
  sentenceGap: string;
  appTitle: string;
  tagline: string;
  insertHeading: string;
  insertIntro: string;
  presetLabel: string;
  presets: Record<PresetId, string>;
  /** The chosen preset's inputs: GPU spend in $B, energy per GPU $, margin as a percentage. */
  presetInputs: (spend: number, energy: number, marginPercent: number) => string;
  includeLegend: string;
  gridOption: string;
  chartOption: string;
  /** The legend over the choice of formulas for the template. */
  formulasLegend: string;
  formulasOption: Record<"gpu" | "native", string>;
  insertButton: string;
  inserting: string;
  inserted: (sheet: string) => string;
  functionsHeading: string;
  functionsIntro: string;
  exampleLabel: string;
  insertExample: string;
  insertExampleFor: (formula: string) => string;
  writingFormula: string;
  formulaInserted: (formula: string, address: string) => string;
  /** The heading over the actions on the open workbook. */
  workbookHeading: string;
  actions: Record<WorkbookActionId, ActionText>;
  portable: PortableText;
  recalculated: string;
  /** After re-entering: how many GPU formulas on which sheet. */
  reentered: (formulas: number, sheet: string) => string;
  sourceLabel: string;
  /** The link to the help page (the function reference) in this language. */
  helpLink: string;
  errors: {
    insertFailed: string;
    formulaFailed: string;
    unsupported: (requirementSet: string) => string;
    protectedWorkbook: string;
    protectedCell: string;
    protectedSheet: string;
    busy: string;
    occupied: (address: string) => string;
    excelSaid: (message: string) => string;
    nothingChanged: string;
    partialRemoved: string;
    partialLeft: (sheet: string) => string;
    partialUnknown: (sheet: string) => string;
  };
  outsideOffice: string;
  /** The welcome shown the first time the pane opens (src/taskpane/parts/firstRun.ts). */
  firstRun: {
    heading: string;
    what: string;
    how: string;
    insertButton: string;
    closeButton: string;
  };
}

export const PANE_TEXT: Readonly<Record<Language, PaneText>> = {
  en: {
    languageName: "English",
    htmlLang: "en",
    sentenceGap: " ",
    appTitle: "GPU Payback",
    tagline:
      "The payback math of Sequoia's \u201cAI's $200B Question\u201d, live in your workbook.",
    insertHeading: "Insert the template",
    insertIntro:
      "Adds a new sheet with the article's inputs, live results and company table. Nothing you already have is changed.",
    presetLabel: "Figures",
    presets: {
      sept2023: "Sept 2023: AI's $200B Question",
      june2024: "June 2024: AI's $600B Question",
      may2026: "May 2026: today's figures, $1.2T",
    },
    presetInputs: (spend, energy, margin) =>
      `GPU spend $${spend}B, energy $${energy} per GPU $, end-customer margin ${margin}%`,
    includeLegend: "Also add",
    gridOption: "Sensitivity grid (GPU spend \u00d7 margin)",
    chartOption: "Chart: required vs identified revenue",
    formulasLegend: "Formulas",
    formulasOption: {
      gpu: "GPU functions (needs GPU Payback)",
      native: "Native Excel formulas (opens anywhere)",
    },
    insertButton: "Insert sheet",
    inserting: "Inserting the sheet\u2026",
    inserted: (sheet) => `Inserted sheet '${sheet}'`,
    functionsHeading: "Functions",
    functionsIntro: "Type =GPU. in any cell, or select an empty cell and insert an example.",
    exampleLabel: "Example",
    insertExample: "Insert",
    insertExampleFor: (formula) => `Insert ${formula} in the selected cell`,
    writingFormula: "Writing the formula\u2026",
    formulaInserted: (formula, address) => `Wrote ${formula} in ${address}`,
    workbookHeading: "Workbook",
    actions: {
      recalculate: {
        heading: "Recalculate",
        intro: "For workbooks in manual calculation mode: recalculates every formula now.",
        button: "Recalculate workbook",
        working: "Recalculating\u2026",
        failed: "Could not recalculate.",
      },
      "reenter-gpu-formulas": {
        heading: "GPU formulas show #NAME? or #BUSY!",
        intro:
          "This happens when the workbook was opened, or saved, while GPU Payback was not loaded. Enters each GPU formula on this sheet again, as pressing F2 and Enter in each cell would; nothing else changes.",
        button: "Re-enter GPU formulas",
        working: "Re-entering the GPU formulas\u2026",
        failed: "Could not re-enter the GPU formulas.",
      },
    },
    portable: {
      heading: "Make this sheet portable",
      intro:
        "Rewrites the GPU.* formulas of the active sheet as native Excel formulas, so that it opens anywhere: Excel without GPU Payback, LibreOffice, Google Sheets. By default on a copy of the sheet; the original keeps its GPU.* formulas.",
      copyButton: "Make a portable copy",
      inPlaceButton: "Convert this sheet in place\u2026",
      confirmInPlace:
        "Convert the active sheet in place? Its GPU.* formulas are replaced by native formulas, and Excel cannot undo this.",
      confirmButton: "Convert in place",
      cancelButton: "Cancel",
      working: "Converting the GPU.* formulas\u2026",
      failed: "Could not make the sheet portable.",
      converted: (count, sheet, source, copy) =>
        copy
          ? `Wrote ${count} native formula${count === 1 ? "" : "s"} on '${sheet}', a copy of '${source}'.`
          : `Rewrote ${count} formula${count === 1 ? "" : "s"} of '${sheet}' in native form.`,
      nothingToConvert: (sheet) =>
        `'${sheet}' has no GPU.* formula to convert: nothing was changed.`,
      untranslatedHeading: (count) =>
        `${count} GPU.* formula${count === 1 ? " was" : "s were"} left as ${count === 1 ? "it was" : "they were"}:`,
    },
    recalculated: "Recalculated the workbook.",
    reentered: (formulas, sheet) =>
      formulas === 0
        ? `No GPU formulas on '${sheet}': nothing changed.`
        : `Re-entered ${formulas} GPU formula${formulas === 1 ? "" : "s"} on '${sheet}'.`,
    sourceLabel: "Figures from",
    helpLink: "Help: every function, its arguments and errors",
    errors: {
      insertFailed: "Could not insert the template.",
      formulaFailed: "Could not write the formula.",
      unsupported: (set) =>
        `This version of Excel lacks ${set}, which this needs. Update Excel, or use Excel on the web.`,
      protectedWorkbook:
        "The workbook is protected, so no sheet can be added. Unprotect it (Review \u203a Protect Workbook) and try again.",
      protectedCell:
        "The selected cell is locked because the sheet is protected. Pick another sheet or unprotect this one.",
      protectedSheet:
        "The sheet is protected, so its formulas cannot be entered again. Unprotect it (Review \u203a Unprotect Sheet) and try again.",
      busy: "Excel is editing a cell. Press Enter or Esc, then try again.",
      occupied: (address) =>
        `${address} is not empty, and GPU Payback never overwrites your cells. Select an empty cell and try again.`,
      excelSaid: (message) => `Excel said: ${message}`,
      nothingChanged: "Nothing was changed.",
      partialRemoved: "Nothing was left behind: the partly written sheet was removed.",
      partialLeft: (sheet) =>
        `The partly written sheet '${sheet}' could not be removed: please delete it.`,
      partialUnknown: (sheet) =>
        `Excel did not say how far it got: if the sheet '${sheet}' is there, it may be partly written. Check it before you use it.`,
    },
    outsideOffice:
      "GPU Payback runs inside Excel. Open it from Excel's Home tab, or try it without Excel: npm run preview.",
    firstRun: {
      heading: "Welcome to GPU Payback",
      what: "GPU Payback puts the payback math of Sequoia's \u201cAI's $200B Question\u201d in Excel: GPU.* functions (the revenue GPU spend needs, the revenue found so far, the gap) and a live template sheet. Everything is computed in your workbook.",
      how: "Start with the template: Insert sheet adds a new sheet with the article's figures, which you can change. Nothing you already have is changed. Or type =GPU. in any cell.",
      insertButton: "Insert sheet",
      closeButton: "Close",
    },
  },
  "zh-TW": {
    languageName: "繁體中文",
    htmlLang: "zh-Hant-TW",
    sentenceGap: "",
    appTitle: "GPU 回本試算",
    tagline: "Sequoia〈AI's $200B Question〉的回本計算，即時放進你的活頁簿。",
    insertHeading: "插入範本",
    insertIntro: "新增一張工作表，內含文章的輸入值、即時結果與公司表格。不會更動你現有的任何內容。",
    presetLabel: "數據版本",
    presets: {
      sept2023: "2023 年 9 月：2000 億美元問題",
      june2024: "2024 年 6 月：6000 億美元問題",
      may2026: "2026 年 5 月：今日數字，1.2 兆美元",
    },
    presetInputs: (spend, energy, margin) =>
      `GPU 支出 ${spend}（十億美元）、每 1 美元 GPU 的能源 ${energy} 美元、終端客戶利潤率 ${margin}%`,
    includeLegend: "同時加入",
    gridOption: "敏感度分析表（GPU 支出 \u00d7 利潤率）",
    chartOption: "圖表：所需營收與已確認營收",
    formulasLegend: "公式",
    formulasOption: {
      gpu: "GPU 函數（需要 GPU 回本試算）",
      native: "原生 Excel 公式（任何地方都能開啟）",
    },
    insertButton: "插入工作表",
    inserting: "正在插入工作表\u2026",
    inserted: (sheet) => `已插入工作表「${sheet}」`,
    functionsHeading: "函數",
    functionsIntro: "在任一儲存格輸入 =GPU.，或選取空白儲存格後插入範例。",
    exampleLabel: "範例",
    insertExample: "插入",
    insertExampleFor: (formula) => `在所選儲存格插入 ${formula}`,
    writingFormula: "正在寫入公式\u2026",
    formulaInserted: (formula, address) => `已在 ${address} 寫入 ${formula}`,
    workbookHeading: "活頁簿",
    actions: {
      recalculate: {
        heading: "重新計算",
        intro: "適用於手動計算模式的活頁簿：立即重新計算所有公式。",
        button: "重新計算活頁簿",
        working: "正在重新計算\u2026",
        failed: "無法重新計算。",
      },
      "reenter-gpu-formulas": {
        heading: "GPU 公式顯示 #NAME? 或 #BUSY!",
        intro:
          "活頁簿在未載入 GPU 回本試算時開啟或儲存，就可能如此。將此工作表上的每個 GPU 公式重新輸入一次，如同在每個儲存格按 F2 再按 Enter；其他內容都不會變更。",
        button: "重新輸入 GPU 公式",
        working: "正在重新輸入 GPU 公式\u2026",
        failed: "無法重新輸入 GPU 公式。",
      },
    },
    portable: {
      heading: "讓此工作表可攜",
      intro:
        "把使用中工作表的 GPU.* 公式改寫為原生 Excel 公式，讓它在任何地方都能開啟：沒有 GPU 回本試算的 Excel、LibreOffice、Google 試算表。預設在工作表的複本上進行，原工作表保留 GPU.* 公式。",
      copyButton: "建立可攜複本",
      inPlaceButton: "直接轉換此工作表\u2026",
      confirmInPlace:
        "要直接轉換使用中的工作表嗎？它的 GPU.* 公式會被原生公式取代，而且 Excel 無法復原。",
      confirmButton: "直接轉換",
      cancelButton: "取消",
      working: "正在轉換 GPU.* 公式\u2026",
      failed: "無法讓工作表可攜。",
      converted: (count, sheet, source, copy) =>
        copy
          ? `已在「${source}」的複本「${sheet}」寫入 ${count} 個原生公式。`
          : `已將「${sheet}」的 ${count} 個公式改寫為原生形式。`,
      nothingToConvert: (sheet) => `「${sheet}」沒有要轉換的 GPU.* 公式，沒有任何內容被更動。`,
      untranslatedHeading: (count) => `有 ${count} 個 GPU.* 公式維持原樣：`,
    },
    recalculated: "已重新計算活頁簿。",
    reentered: (formulas, sheet) =>
      formulas === 0
        ? `工作表「${sheet}」上沒有 GPU 公式，未做任何變更。`
        : `已重新輸入工作表「${sheet}」上的 ${formulas} 個 GPU 公式。`,
    sourceLabel: "數據出處",
    helpLink: "說明：每個函數、引數與錯誤",
    errors: {
      insertFailed: "無法插入範本。",
      formulaFailed: "無法寫入公式。",
      unsupported: (set) =>
        `此版本的 Excel 不支援所需的 ${set}。請更新 Excel，或改用 Excel 網頁版。`,
      protectedWorkbook:
        "活頁簿受到保護，無法新增工作表。請先取消保護（校閱 \u203a 保護活頁簿）再試一次。",
      protectedCell: "所選儲存格已鎖定，因為工作表受到保護。請改選其他工作表，或取消保護此工作表。",
      protectedSheet:
        "工作表受到保護，無法重新輸入其公式。請先取消保護（校閱 \u203a 取消保護工作表）再試一次。",
      busy: "Excel 正在編輯儲存格。請按 Enter 或 Esc 後再試一次。",
      occupied: (address) =>
        `${address} 不是空白儲存格，GPU 回本試算絕不覆寫你的資料。請選取空白儲存格後再試一次。`,
      excelSaid: (message) => `Excel 回報：${message}`,
      nothingChanged: "沒有任何內容被更動。",
      partialRemoved: "未留下任何殘留：寫到一半的工作表已移除。",
      partialLeft: (sheet) => `寫到一半的工作表「${sheet}」無法移除，請手動刪除。`,
      partialUnknown: (sheet) =>
        `Excel 未回報進度：若有工作表「${sheet}」，它可能只寫了一半，使用前請先檢查。`,
    },
    outsideOffice:
      "GPU 回本試算需在 Excel 中執行。請從 Excel 的「常用」索引標籤開啟，或不用 Excel 試用：npm run preview。",
    firstRun: {
      heading: "歡迎使用 GPU 回本試算",
      what: "GPU 回本試算把 Sequoia〈AI's $200B Question〉的回本計算放進 Excel：GPU.* 函數（GPU 支出所需的營收、目前已確認的營收、缺口）與即時範本工作表。所有計算都在你的活頁簿中進行。",
      how: "從範本開始：「插入工作表」會新增一張含文章數據的工作表，數據可自行修改，不會更動你現有的任何內容。也可以在任一儲存格輸入 =GPU.。",
      insertButton: "插入工作表",
      closeButton: "關閉",
    },
  },
};
