export { type ExcelRun, officeExcelRun } from "./run";
export { existingSheetNames, numberFormatsFor, writeWorkbookSpec } from "./writeSpec";
export { type OpenWorkbook, openWorkbook } from "./workbook";
export { readOpenWorkbook } from "./readSheets";
