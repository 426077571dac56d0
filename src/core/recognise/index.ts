import type { SheetGrid } from "../grid";
import { ACTIVITY_TABLES, FORM_TABLE, WIDE_FORM_COLUMNS } from "../tables";
import { findHeaderRow } from "./header";
import { identifyTable } from "./identify";
import { readInfo } from "./info";
import { readRows } from "./rows";
import type { Recognition, RecognisedTable } from "./types";
import { findWideHeaderRow } from "./wide";

/**
 * Finds the report tables in a workbook's grids by their number or title and their header
 * row, never by cell position alone: sheets may be renamed, have title rows above the
 * header, columns in another order or extra columns. What the tables' rows mean (data or the
 * template's empty starting row, which region, which question) is the reader's (src/core/read).
 */
export function recogniseWorkbook(grids: readonly SheetGrid[]): Recognition {
  const tables: RecognisedTable[] = [];
  const headerless: Recognition["headerless"] = [];
  const unplaced: Recognition["unplaced"] = [];
  for (const grid of grids) {
    const def = identifyTable(grid);
    if (!def) {
      const found = unplacedTable(grid);
      if (found) unplaced.push(found);
      continue;
    }
    const hidden = grid.hidden ?? false;
    const wide = def === FORM_TABLE ? findWideHeaderRow(grid) : null;
    if (wide) {
      const rows = readRows(grid, WIDE_FORM_COLUMNS, wide.row, wide.columns);
      const missingColumns = WIDE_FORM_COLUMNS.filter((c) => !(c.key in wide.columns));
      tables.push({ def, sheet: grid.name, hidden, shape: "wide", headerRow: wide.row + 1, columns: wide.columns, defined: WIDE_FORM_COLUMNS, missingColumns, rows });
      continue;
    }
    const header = findHeaderRow(grid, def);
    if (!header) {
      headerless.push({ sheet: grid.name, table: def.number as Recognition["headerless"][number]["table"] });
      continue;
    }
    tables.push({
      def,
      sheet: grid.name,
      hidden,
      shape: "rows",
      headerRow: header.row + 1,
      columns: header.columns,
      defined: def.columns,
      missingColumns: def.columns.filter((c) => !(c.key in header.columns)),
      rows: readRows(grid, def.columns, header.row, header.columns),
    });
  }
  return { info: readInfo(grids), tables, headerless, unplaced };
}

/** A sheet that names no table but has a table's header row: which layout, and where. */
function unplacedTable(grid: SheetGrid): Recognition["unplaced"][number] | null {
  const hidden = grid.hidden ?? false;
  // Tables 1–7 share one header; any of them stands for all.
  const activity = ACTIVITY_TABLES.length ? findHeaderRow(grid, ACTIVITY_TABLES[0]) : null;
  const form = findWideHeaderRow(grid) ?? findHeaderRow(grid, FORM_TABLE);
  const score = (h: { columns: Record<string, number> } | null) => (h ? Object.keys(h.columns).length : 0);
  if (!activity && !form) return null;
  const [kind, header] = score(activity) >= score(form) ? (["activity", activity!] as const) : (["form", form!] as const);
  return { sheet: grid.name, hidden, kind, headerRow: header.row + 1 };
}

export { identifyTable } from "./identify";
export { questionByText, questionNamed, questionNumberOf, type QuestionNumber } from "./questions";
export { normalizeText } from "./text";
export type { Recognition, RecognisedRow, RecognisedTable, TableShape, UnplacedTable, WorkbookInfo } from "./types";
