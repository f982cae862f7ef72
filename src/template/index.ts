export * from "./labels";
export * from "./layout";
export * from "./plan";
export * from "./sheetNames";
export * from "./styles";
export * from "./types";
