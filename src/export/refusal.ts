/**
 * Why the writer refuses a workbook, in both languages: each message names the sheet, cell or
 * name and the limit it breaks (Excel's own limits, src/engine/excelLimits.ts), so the user knows
 * what to change. Nothing is written when the writer refuses.
 */
import { EXCEL_LIMITS } from "../engine/excelLimits";
import type { Language } from "../engine";

export type RefusalMessages = Readonly<Record<Language, string>>;

/** The writer's refusal: message is the English text, messages has both languages. */
export class WorkbookRefusal extends Error {
  constructor(readonly messages: RefusalMessages) {
    super(messages.en);
    this.name = "WorkbookRefusal";
  }
}

/** Why a file was not written: the refusal in the given language, or the error's own message. */
export function refusalText(error: unknown, language: Language): string {
  if (error instanceof WorkbookRefusal) return error.messages[language];
  return error instanceof Error ? error.message : String(error);
}

export function refuse(messages: RefusalMessages): never {
  throw new WorkbookRefusal(messages);
}

const count = (n: number): string => n.toLocaleString("en-US");

const NAME_RULE_EN =
  "a name starts with a letter, _ or \\, holds only letters, digits, _ and ., has at most 255 characters and does not read as a cell (A1, R1C1) or as TRUE or FALSE";
const NAME_RULE_ZH =
  "名稱須以字母、_ 或 \\ 開頭，只含字母、數字、_ 與 .，最多 255 個字元，且不可像儲存格（A1、R1C1）或 TRUE、FALSE";

const TEXT_FIELDS = {
  numberFormat: { en: "number format", zh: "數字格式" },
  title: { en: "data validation's title", zh: "資料驗證的標題" },
  prompt: { en: "data validation's input message", zh: "資料驗證的提示訊息" },
  error: { en: "data validation's error message", zh: "資料驗證的錯誤訊息" },
  rule: { en: "data validation's formula", zh: "資料驗證的公式" },
} as const;
export type TextField = keyof typeof TEXT_FIELDS;

/** The refusals, by what is wrong; `at` is the place ("'GPU Payback'!B6", a sheet's name…). */
export const REFUSAL = {
  noSheet: (): RefusalMessages => ({
    en: "A workbook needs at least one sheet.",
    "zh-TW": "活頁簿至少需要一個工作表。",
  }),
  sheetName: (name: string): RefusalMessages => ({
    en: `Sheet name "${name}": Excel allows 1 to 31 characters, none of : \\ / ? * [ ] or control characters, not starting or ending with ', and not "History". Rename the sheet.`,
    "zh-TW": `工作表名稱「${name}」：Excel 只接受 1 到 31 個字元，不可含 : \\ / ? * [ ] 或控制字元，不可以 ' 開頭或結尾，也不可為「History」。請重新命名工作表。`,
  }),
  sameSheetName: (name: string): RefusalMessages => ({
    en: `Two sheets are named ${name} (Excel ignores case). Rename one of them.`,
    "zh-TW": `有兩個工作表都叫 ${name}（Excel 不分大小寫）。請重新命名其中一個。`,
  }),
  outsideGrid: (at: string): RefusalMessages => ({
    en: `${at}: outside Excel's grid (${count(EXCEL_LIMITS.rows)} rows, ${count(EXCEL_LIMITS.columns)} columns).`,
    "zh-TW": `${at}：超出 Excel 的工作表範圍（${count(EXCEL_LIMITS.rows)} 列、${count(EXCEL_LIMITS.columns)} 欄）。`,
  }),
  notFinite: (at: string, value: number): RefusalMessages => ({
    en: `${at}: ${String(value)} is not a number Excel can hold (a number must be finite, at most about 1.8E+308). Enter a smaller number.`,
    "zh-TW": `${at}：${String(value)} 不是 Excel 能存的數字（數字必須有限，最大約 1.8E+308）。請輸入較小的數字。`,
  }),
  cellText: (at: string, length: number): RefusalMessages => ({
    en: `${at}: the text has ${count(length)} characters; Excel allows at most ${count(EXCEL_LIMITS.cellText)} in a cell. Shorten it.`,
    "zh-TW": `${at}：文字有 ${count(length)} 個字元；Excel 每個儲存格最多 ${count(EXCEL_LIMITS.cellText)} 個字元。請縮短。`,
  }),
  formulaLength: (at: string, length: number): RefusalMessages => ({
    en: `${at}: the formula has ${count(length)} characters; Excel allows at most ${count(EXCEL_LIMITS.formulaLength)}. Shorten it.`,
    "zh-TW": `${at}：公式有 ${count(length)} 個字元；Excel 最多接受 ${count(EXCEL_LIMITS.formulaLength)} 個。請縮短公式。`,
  }),
  formulaText: (at: string, length: number): RefusalMessages => ({
    en: `${at}: a text in quotes in the formula has ${count(length)} characters; Excel allows at most ${EXCEL_LIMITS.formulaText}. Join shorter texts with &.`,
    "zh-TW": `${at}：公式中引號內的文字有 ${count(length)} 個字元；Excel 最多接受 ${EXCEL_LIMITS.formulaText} 個。請用 & 串接較短的文字。`,
  }),
  errorValue: (at: string, error: string): RefusalMessages => ({
    en: `${at}: ${error} is not an error value a spreadsheet file can hold.`,
    "zh-TW": `${at}：${error} 不是試算表檔案能存的錯誤值。`,
  }),
  headerFormula: (at: string): RefusalMessages => ({
    en: `${at}: a table's header cell holds text only in Excel, not a formula or a value other than its column's name.`,
    "zh-TW": `${at}：Excel 表格的標題儲存格只能是文字（欄名），不可為公式或其他值。`,
  }),
  name: (kind: "name" | "table", name: string): RefusalMessages => ({
    en: `${kind === "table" ? "Table name" : "Name"} "${name}": in Excel ${NAME_RULE_EN}. Rename it.`,
    "zh-TW": `${kind === "table" ? "表格名稱" : "名稱"}「${name}」：Excel 規定${NAME_RULE_ZH}。請重新命名。`,
  }),
  sameName: (name: string): RefusalMessages => ({
    en: `"${name}" names two things (names and tables share one list in Excel, case ignored). Rename one of them.`,
    "zh-TW": `「${name}」同時是兩個名稱或表格的名字（Excel 中名稱與表格共用一份清單，不分大小寫）。請重新命名其中一個。`,
  }),
  tableColumns: (table: string): RefusalMessages => ({
    en: `Table ${table}: each column needs a name of its own, 1 to 255 characters, one per column (Excel ignores case).`,
    "zh-TW": `表格 ${table}：每一欄都需要自己的名稱（1 到 255 個字元、不分大小寫不可重複）。`,
  }),
  /** A number format, or a data validation's title, message or formula, too long for Excel. */
  textLength: (at: string, what: TextField, length: number, max: number): RefusalMessages => ({
    en: `${at}: the ${TEXT_FIELDS[what].en} has ${count(length)} characters; Excel allows at most ${count(max)}.`,
    "zh-TW": `${at}：${TEXT_FIELDS[what].zh}有 ${count(length)} 個字元；Excel 最多接受 ${count(max)} 個。`,
  }),
} as const;
