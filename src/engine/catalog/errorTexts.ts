/** The help's error lines that several functions share, written once. */
import type { Localized } from "./types";

export const TOO_LARGE: Localized = {
  en: "#NUM! when the result is too large for Excel to hold.",
  "zh-TW": "結果大到 Excel 無法存放時為 #NUM!。",
};

export const RANGE_ERRORS_PASS: Localized = {
  en: "An error in the range (#N/A, #DIV/0!, …) comes back unchanged, as it would from SUM.",
  "zh-TW": "範圍內的錯誤值（#N/A、#DIV/0! 等）會原樣傳回，和 SUM 一樣。",
};
