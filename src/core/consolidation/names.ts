/**
 * Names the master workbook uses. Validation imports them (master mode) to tell a master from a
 * regional workbook, so this file imports nothing.
 */
export const SUMMARY_SHEET = "Sammanställning";
export const REJECTED_SHEET = "Avvisat";
export const COVERAGE_SHEET = "Målöversikt";
export const CHANGES_SHEET = "Ändringar";

/** The master's report sheets: not tables, never read as one. */
export const MASTER_REPORT_SHEETS: readonly string[] = [SUMMARY_SHEET, REJECTED_SHEET, COVERAGE_SHEET, CHANGES_SHEET];

/** Lineage columns after a table's own columns on every master table sheet. */
export const LINEAGE_HEADERS = ["Källfil", "Källblad", "Källrad"] as const;

/** The file named for rows read from a previous master that carry no lineage of their own. */
export const PREVIOUS_MASTER = "(tidigare sammanställning)";
