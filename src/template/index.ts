export * from "./debateLabels";
export * from "./labels";
export * from "./layout";
export * from "./nativeFormulas";
export * from "./plan";
export * from "./sheetNames";
export * from "./styles";
export * from "./types";
// The A1 helpers the template's users reach through it; they live in src/engine/a1.ts.
export { absolute, columnIndex, columnLetters, quoteSheetName } from "../engine/a1";
