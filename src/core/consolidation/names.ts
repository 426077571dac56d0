/** The master's sheet and column names live in ../sheets.ts, shared with the reader and validation. */
export { CHANGES_SHEET, COVERAGE_SHEET, LINEAGE_HEADERS, MASTER_REPORT_SHEETS, PREVIOUS_MASTER, REJECTED_SHEET, SUMMARY_SHEET } from "../sheets";
