import { cellAddress, cellText, type SheetGrid } from "../grid";
import type { RecognisedRow, RecognisedTable } from "../recognise";
import type { ExtraText } from "./types";

/** Cells of a row outside the table's recognised columns, with the header they stand under. */
export function extraTexts(grid: SheetGrid, table: RecognisedTable, row: RecognisedRow): ExtraText[] {
  if (!Object.keys(row.extra).length) return [];
  const known = new Set(Object.values(table.columns));
  const header = grid.values[table.headerRow - 1] ?? [];
  const out: ExtraText[] = [];
  (grid.values[row.sheetRow - 1] ?? []).forEach((value, index) => {
    const text = cellText(value);
    if (text && !known.has(index)) out.push({ cell: cellAddress(row.sheetRow, index + 1), header: cellText(header[index]) || `Kolumn ${index + 1}`, text });
  });
  return out;
}

/** The cell of a recognised column on a row ("" when the table has no such column). */
export function cellOf(table: RecognisedTable, row: RecognisedRow, key: string): string {
  const index = table.columns[key];
  return index === undefined ? "" : cellAddress(row.sheetRow, index + 1);
}
