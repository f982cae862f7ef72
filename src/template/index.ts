export * from "./labels";
export * from "./plan";
export * from "./sheetNames";
