import { cellText, isBlankRow, type SheetGrid } from "../grid";
import type { ColumnDef } from "../tables";
import type { RecognisedRow } from "./types";

/** The non-blank rows under a header, each cell by field, and the cells outside the defined columns. */
export function readRows(grid: SheetGrid, defined: readonly ColumnDef[], headerRow: number, columns: Record<string, number>): RecognisedRow[] {
  const header = grid.values[headerRow] ?? [];
  const known = new Set(Object.values(columns));
  const rows: RecognisedRow[] = [];
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (isBlankRow(row)) continue;
    const values: Record<string, string> = {};
    for (const column of defined) values[column.key] = column.key in columns ? cellText(row[columns[column.key]]) : "";
    const extra: Record<string, string> = {};
    row.forEach((value, index) => {
      const text = cellText(value);
      if (!known.has(index) && text) extra[cellText(header[index]) || `Kolumn ${index + 1}`] = text;
    });
    rows.push({ sheetRow: r + 1, values, extra });
  }
  return rows;
}
