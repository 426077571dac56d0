/** The one reader from recognised tables to typed rows; every consumer reads through it. */
export { readableSheets, readWorkbook, type ReadOptions } from "./workbook";
export { isEmptyTemplateRow, questionOfRow } from "./table";
export { isMasterWorkbook } from "./master";
export { isNoActivitiesText } from "./placeholder";
export { readReport, reportOf, type ReadReportResult } from "./report";
export type { ActivityRowRead, AnswerRead, ExtraText, ReadCode, RowRejection, TableRead, WorkbookRead } from "./types";
