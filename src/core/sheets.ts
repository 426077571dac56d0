/**
 * Names of the sheets and columns the product writes besides the tables. The reader skips the
 * report sheets (they name tables, "Tabell 3", and are not tables); validation tells a master by
 * its lineage columns. This file imports nothing, so every layer may use it.
 */

/** The sheet validation writes or replaces (ribbon, CLI). */
export const REPORT_SHEET = "Valideringsrapport";
/** The sheet where a region keeps its own RUS goals. */
export const GOAL_SHEET = "Mål";

export const SUMMARY_SHEET = "Sammanställning";
export const REJECTED_SHEET = "Avvisat";
export const COVERAGE_SHEET = "Målöversikt";
export const CHANGES_SHEET = "Ändringar";
/** The coordinator's mappings of sheets to tables, kept (hidden) in the master for the next run. */
export const MAPPINGS_SHEET = "Mappningar";

/** The master's report sheets: not tables, never read as one. */
export const MASTER_REPORT_SHEETS: readonly string[] = [SUMMARY_SHEET, REJECTED_SHEET, COVERAGE_SHEET, CHANGES_SHEET, MAPPINGS_SHEET];

/** Lineage columns after a table's own columns on every master table sheet. */
export const LINEAGE_HEADERS = ["Källfil", "Källblad", "Källrad"] as const;

/** The file named for rows read from a previous master that carry no lineage of their own. */
export const PREVIOUS_MASTER = "(tidigare sammanställning)";

/** Sheets the reader never takes for a table: the product's own reports. */
export function isReportSheet(name: string): boolean {
  return name === REPORT_SHEET || MASTER_REPORT_SHEETS.includes(name);
}

export function isLineageHeader(header: string): boolean {
  return (LINEAGE_HEADERS as readonly string[]).includes(header);
}
