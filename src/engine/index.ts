export * from "./article";
export * from "./errors";
export * from "./payback";
export { describe, requireMargin, requireNonNegative, requireNumber } from "./validate";
export * from "./sheetFunctions";
export * from "./catalog";
