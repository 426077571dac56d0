export { type ExcelRun, officeExcelRun } from "./run";
export { existingSheetNames, numberFormatsFor, writeWorkbookSpec } from "./writeSpec";
export { type OpenWorkbook, openWorkbook } from "./workbook";
export { loadSheetList, loadUsedAreas, readOpenWorkbook, type ReadOptions, readUsedValues } from "./readSheets";
export { CALL_BYTES, jsonBytes, PAYLOAD_BUDGET_BYTES, RequestBudget } from "./payload";
export { isMarkFormula, type Mark, MARK_FILL, MARK_FORMULA, markFindings, planMarks } from "./marks";
export { cellReference, reportTitle, reportValues, writeValidationReport } from "./report";
export { getSelectedCell, type SelectedCell, selectCell, setCellText } from "./cells";
export { validateOpenWorkbook, type ValidateOpenWorkbookOptions } from "./validateOpenWorkbook";
