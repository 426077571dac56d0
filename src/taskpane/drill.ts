import { type ConsolidationResult, masterRowAddress } from "../core/consolidation";
import { columnName, FORM_TABLE, tableDef, type TableNumber } from "../core/tables";

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

/** A region's rows in one master table, with their place in the master (masterRowAddress), under the master's own headings. */
export function drillRows(result: Pick<ConsolidationResult, "master">, cell: BoardCellRef): DrillTable {
  const def = tableDef(cell.table as TableNumber);
  if (def.kind === "activity") {
    const all = result.master.activity[def.number] ?? [];
    // The region is the drill-down's own: its first columns after it.
    const columns = def.columns.filter((c) => c.key !== "region").slice(0, SHOWN_COLUMNS);
    const headers = columns.map(columnName);
    const rows = all.flatMap((row, i) =>
      row.region === cell.region
        ? [{ cells: columns.map((c) => row.values[c.key] ?? ""), sheet: def.sheetName, address: masterRowAddress(i), source: `${row.lineage.file} ${row.lineage.sheet}!${row.lineage.row}` }]
        : []
    );
    return { headers, rows };
  }
  let offset = 0;
  const rows: DrillRow[] = [];
  for (const entry of result.master.form) {
    if (entry.region === cell.region) {
      entry.answers.forEach((a, i) => rows.push({ cells: [String(a.question), a.answer, a.text], sheet: def.sheetName, address: masterRowAddress(offset + i), source: `${a.lineage.file} ${a.lineage.sheet}!${a.lineage.row}` }));
    }
    offset += entry.answers.length;
  }
  const formColumns = (["question", "answer", "response"] as const).map((key) => FORM_TABLE.columns.find((c) => c.key === key)!);
  return { headers: formColumns.map(columnName), rows };
}

export interface DrillTable {
  headers: string[];
  rows: DrillRow[];
}
