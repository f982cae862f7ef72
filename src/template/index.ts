export * from "./debateLabels";
export * from "./labels";
export * from "./layout";
export * from "./nativeFormulas";
export * from "./plan";
export * from "./sheetNames";
export * from "./styles";
export * from "./types";
