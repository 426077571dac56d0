import { cellText, isBlankRow, type SheetGrid } from "../grid";
import type { ColumnDef } from "../tables";
import type { RecognisedRow } from "./types";

/**
 * The non-blank rows under a header (0-based header row, up to the 0-based `end`, exclusive), each
 * cell by field, and the cells outside the defined columns by their header's text. A column the
 * header names but the definitions lack (a wide "Fråga 1 Ja/Nej") is read too, never dropped.
 */
export function readRows(grid: SheetGrid, defined: readonly ColumnDef[], headerRow: number, columns: Record<string, number>, end = grid.values.length, headerLabels?: readonly string[]): RecognisedRow[] {
  const header = headerLabels ?? (grid.values[headerRow] ?? []).map((v) => cellText(v));
  const known = new Set(Object.values(columns));
  const rows: RecognisedRow[] = [];
  for (let r = headerRow + 1; r < Math.min(end, grid.values.length); r++) {
    const row = grid.values[r];
    if (isBlankRow(row)) continue;
    const values: Record<string, string> = {};
    for (const column of defined) values[column.key] = column.key in columns ? cellText(row[columns[column.key]]) : "";
    for (const [key, index] of Object.entries(columns)) if (!(key in values)) values[key] = cellText(row[index]);
    const extra: Record<string, string> = {};
    row.forEach((value, index) => {
      const text = cellText(value);
      if (!known.has(index) && text) extra[header[index] || `Kolumn ${index + 1}`] = text;
    });
    rows.push({ sheetRow: r + 1, values, extra });
  }
  return rows;
}
