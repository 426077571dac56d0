import { REGIONS, type Region } from "../regions";
import type { ConsolidationResult, FileStatus, RejectCode } from "./types";
import { type UnplacedSheet, unplacedSheets } from "./unplaced";

/**
 * What a run leaves for the coordinator to do, as plain data: regions missing, tables missing per
 * region that sent a workbook, rows rejected by reason, files not read, sheets to map. The CLI's
 * summary opens with it, its exit code follows from it, and the pane shows it.
 */
export interface Actions {
  missingRegions: Region[];
  /** Received regions with tables that have no rows (table 8: no answers). */
  missingTables: { region: Region; tables: number[] }[];
  rejectedByCode: { code: RejectCode; count: number }[];
  /** Files that gave nothing: unreadable, empty, without tables, or whose region could not be decided. */
  unread: { file: string; status: FileStatus }[];
  /**
   * Sheets the coordinator can map: a table whose number could not be told, or a table whose header
   * row was not recognised (its table, the one the sheet names).
   */
  unplaced: Pick<UnplacedSheet, "file" | "sheet" | "problem" | "table">[];
  /** Nothing to do: every region received, every table there, no row rejected, every file read. */
  complete: boolean;
}

const UNREAD: readonly FileStatus[] = ["unreadable", "empty", "no-tables", "several-regions", "no-region", "region-conflict"];

export function actionsOf(result: ConsolidationResult): Actions {
  const missingTables = result.board
    .filter((b) => b.received)
    .map((b) => ({ region: b.region, tables: b.tables.filter((c) => c.missing).map((c) => c.table as number) }))
    .filter((m) => m.tables.length);
  const counts = new Map<RejectCode, number>();
  for (const r of result.rejected) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
  const unread = result.files.filter((f) => UNREAD.includes(f.status)).map((f) => ({ file: f.file, status: f.status }));
  const missingRegions = REGIONS.filter((r) => result.missingRegions.includes(r));
  return {
    missingRegions,
    missingTables,
    rejectedByCode: [...counts].map(([code, count]) => ({ code, count })),
    unread,
    unplaced: unplacedSheets(result).map(({ file, sheet, problem, table }) => ({ file, sheet, problem, table })),
    complete: !missingRegions.length && !missingTables.length && !counts.size && !unread.length,
  };
}
