export * from "./model";
export { writeXlsx, XLSX_MIME_TYPE } from "./xlsx";
