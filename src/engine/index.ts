export * from "./article";
export * from "./debate";
export * from "./errors";
export * from "./payback";
export * from "./capital";
export * from "./sources";
export {
  describe,
  requireMargin,
  requireNonNegative,
  requireNumber,
  requirePositive,
  requireRule,
  requireShare,
  requireWholePositive,
} from "./validate";
export * from "./sheetFunctions";
export * from "./catalog";
