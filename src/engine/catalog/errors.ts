/**
 * The error mapping, once for every host: what a spreadsheet cell shows when a GPU.* function
 * fails. Hosts turn the code into their own error value (CustomFunctions.Error in Excel,
 * HyperFormula's CellError in the preview) and never decide a code themselves.
 *
 * Excel accepts only these codes from a custom function: #DIV/0!, #N/A, #NUM!, #NULL!, #VALUE!
 * (#NAME? and #REF! are input errors only; docs/excel/custom-functions-errors.md), and shows a
 * custom message only on #VALUE! and #N/A.
 */
import { CellErrorValue, PaybackError } from "../errors";
import type { Localized } from "./types";

export const OUTPUT_ERROR_CODES = ["#DIV/0!", "#N/A", "#NUM!", "#NULL!", "#VALUE!"] as const;
export type OutputErrorCode = (typeof OUTPUT_ERROR_CODES)[number];

export interface SheetError {
  readonly code: OutputErrorCode;
  /** What to fix, in the engine's words; absent when an incoming error is passed on as it is. */
  readonly message?: string;
  /** The message in every language (message is texts.en); absent with message. */
  readonly texts?: Localized;
}

const KIND_CODES: Readonly<Record<PaybackError["kind"], OutputErrorCode>> = {
  value: "#VALUE!",
  number: "#NUM!",
  notAvailable: "#N/A",
};

function isOutputCode(code: unknown): code is OutputErrorCode {
  return (OUTPUT_ERROR_CODES as readonly unknown[]).includes(code);
}

/**
 * The cell error for anything a GPU.* function threw.
 * - PaybackError: its kind's code with its message;
 * - CellErrorValue (an error value met in an input range): that error's own code when a function
 *   may return it (codeOf reads the host's error value), otherwise #VALUE! naming it;
 * - anything else: #VALUE! saying so, never the raw object.
 */
export function sheetErrorFor(
  error: unknown,
  codeOf: (value: unknown) => string | undefined
): SheetError {
  if (error instanceof PaybackError)
    return { code: KIND_CODES[error.kind], message: error.message, texts: error.texts };
  if (error instanceof CellErrorValue) {
    const code = codeOf(error.value);
    if (isOutputCode(code)) return { code };
    const texts = {
      en: `An input range holds the error ${code ?? "value"}: fix that cell first.`,
      "zh-TW": `輸入範圍中含有錯誤值${code ? ` ${code}` : ""}：請先修正該儲存格。`,
    };
    return { code: "#VALUE!", message: texts.en, texts };
  }
  const detail = error instanceof Error ? error.message : String(error);
  const texts = {
    en: `GPU Payback could not compute this: ${detail}`,
    "zh-TW": `GPU Payback 無法計算此值：${detail}`,
  };
  return { code: "#VALUE!", message: texts.en, texts };
}
