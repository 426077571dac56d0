import type { ConsolidationResult } from "./types";

/** A sheet whose table the recogniser could not tell, as the pane's "Mappa bladet" shows it. */
export interface UnplacedSheet {
  file: string;
  sheet: string;
  /** How many of its rows were rejected as "table-unknown" (the rows a mapping would place). */
  rowCount: number;
  /** Its first rejected rows as read (sheet row number and cells from column A), at most `sample`. */
  firstRows: { row: number; cells: string[] }[];
}

/** The unplaced sheets of a run, in the order their first row was rejected. */
export function unplacedSheets(result: Pick<ConsolidationResult, "rejected">, sample = 3): UnplacedSheet[] {
  const byKey = new Map<string, UnplacedSheet>();
  for (const r of result.rejected) {
    if (r.code !== "table-unknown") continue;
    const key = `${r.file}\u0000${r.sheet}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { file: r.file, sheet: r.sheet, rowCount: 0, firstRows: [] };
      byKey.set(key, entry);
    }
    entry.rowCount += 1;
    if (entry.firstRows.length < sample) entry.firstRows.push({ row: r.row, cells: [...r.cells] });
  }
  return [...byKey.values()];
}
