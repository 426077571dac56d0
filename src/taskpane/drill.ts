import type { ConsolidationResult } from "../core/consolidation";
import { HEADER_ROW } from "../core/template";
import { tableDef, type TableNumber } from "../core/tables";

/** A board cell: one region's table. */
export interface BoardCellRef {
  region: string;
  table: number;
}

const SHOWN_COLUMNS = 3;

export interface DrillRow {
  /** Cells of the row's first columns. */
  cells: string[];
  /** Where it is in the master: sheet and A1 address of its first cell. */
  sheet: string;
  address: string;
  source: string;
}

/** A region's rows in one master table, with their place in the master (rows from HEADER_ROW + 1, regions in order). */
export function drillRows(result: Pick<ConsolidationResult, "master">, cell: BoardCellRef): DrillTable {
  const def = tableDef(cell.table as TableNumber);
  if (def.kind === "activity") {
    const all = result.master.activity[def.number] ?? [];
    // The region is the drill-down's own: its first columns after it.
    const columns = def.columns.filter((c) => c.key !== "region").slice(0, SHOWN_COLUMNS);
    const headers = columns.map((c) => c.header.split("\n")[0]);
    const rows = all.flatMap((row, i) =>
      row.region === cell.region
        ? [{ cells: columns.map((c) => row.values[c.key] ?? ""), sheet: def.sheetName, address: `A${HEADER_ROW + 1 + i}`, source: `${row.lineage.file} ${row.lineage.sheet}!${row.lineage.row}` }]
        : []
    );
    return { headers, rows };
  }
  let offset = 0;
  const rows: DrillRow[] = [];
  for (const entry of result.master.form) {
    if (entry.region === cell.region) {
      entry.answers.forEach((a, i) => rows.push({ cells: [String(a.question), a.answer, a.text], sheet: def.sheetName, address: `A${HEADER_ROW + 1 + offset + i}`, source: `${a.lineage.file} ${a.lineage.sheet}!${a.lineage.row}` }));
    }
    offset += entry.answers.length;
  }
  return { headers: ["Nr", "Ja/Nej", "Svar"], rows };
}

export interface DrillTable {
  headers: string[];
  rows: DrillRow[];
}
