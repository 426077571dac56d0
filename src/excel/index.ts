export { type ExcelRun, officeExcelRun } from "./run";
export { existingSheetNames, numberFormatsFor, writeWorkbookSpec } from "./writeSpec";
