import type { ConsolidationResult } from "./types";

/**
 * A sheet whose rows could not be placed, as the pane's "Mappa bladet" shows it:
 * - "table-unknown": a header was found, but the sheet does not say which of tables 1–7 it holds
 *   (they share one header); the coordinator says which table.
 * - "header-not-found": the sheet says which table (by name or title), but no header row was
 *   recognised (headings cut short or worded otherwise); the coordinator says which row is the
 *   header and which column holds what.
 */
export interface UnplacedSheet {
  file: string;
  sheet: string;
  problem: "table-unknown" | "header-not-found";
  /** The table the sheet names (header-not-found); 0 when it does not say. */
  table: number;
  /** How many of its rows were rejected for this (the rows a mapping would place, header and title included when not found). */
  rowCount: number;
  /** Its first rejected rows as read (sheet row number and cells from column A). */
  firstRows: { row: number; cells: string[] }[];
}

/**
 * Rows shown per sheet: a few to tell the table by; for a header not found, enough to hold the
 * header below a title and a few lines of instructions.
 */
const SAMPLE: Record<UnplacedSheet["problem"], number> = { "table-unknown": 3, "header-not-found": 8 };

/** The unplaced sheets of a run, in the order their first row was rejected. */
export function unplacedSheets(result: Pick<ConsolidationResult, "rejected">): UnplacedSheet[] {
  const byKey = new Map<string, UnplacedSheet>();
  for (const r of result.rejected) {
    if (r.code !== "table-unknown" && r.code !== "header-not-found") continue;
    const key = `${r.file}\u0000${r.sheet}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { file: r.file, sheet: r.sheet, problem: r.code, table: r.table, rowCount: 0, firstRows: [] };
      byKey.set(key, entry);
    }
    entry.rowCount += 1;
    if (entry.firstRows.length < SAMPLE[entry.problem]) entry.firstRows.push({ row: r.row, cells: [...r.cells] });
  }
  return [...byKey.values()];
}
