import { type CellValue, cellText, type SheetGrid } from "../grid";
import type { ColumnDef, TableDef } from "../tables";
import { normalizeText } from "./text";

/** Rows at the top of a sheet where the header row is looked for. */
export const HEADER_SCAN_ROWS = 30;

/**
 * A header as compared: normalizeText, and a dash or colon between the heading and its
 * explanation ("Mål – Vilket eller …", "Mål: Vilket …") counts as the line break it stands for.
 */
function headerText(text: string): string {
  return normalizeText(text.replace(/\s*[:\u2013\u2014]\s*|\s+-\s+/g, " "));
}

/** A header text in the forms it is compared in; computed once per column definition and per cell. */
interface HeaderForms {
  full: string;
  firstLine: string;
  loose: string;
}

function headerForms(text: string): HeaderForms {
  return { full: normalizeText(text), firstLine: normalizeText(text.split(/\r?\n/)[0]), loose: headerText(text) };
}

const COLUMN_FORMS = new Map<ColumnDef, { header: HeaderForms; synonyms: Set<string> }>();

function columnForms(column: ColumnDef): { header: HeaderForms; synonyms: Set<string> } {
  let forms = COLUMN_FORMS.get(column);
  if (!forms) COLUMN_FORMS.set(column, (forms = { header: headerForms(column.header), synonyms: new Set(column.synonyms.map(headerText)) }));
  return forms;
}

/** No heading is this long (the Mål heading, the longest, is about 200 characters): a longer cell is data. */
const MAX_HEADER_LENGTH = 600;

function headerMatches(cell: HeaderForms, column: ColumnDef): boolean {
  if (!cell.full) return false;
  const { header: expected, synonyms } = columnForms(column);
  if (cell.loose === expected.loose) return true;
  return (
    cell.full === expected.full ||
    cell.full === expected.firstLine ||
    cell.firstLine === expected.firstLine ||
    (expected.firstLine.length > 12 && cell.full.startsWith(expected.firstLine)) ||
    synonyms.has(cell.loose) ||
    synonyms.has(headerText(cell.firstLine))
  );
}

/** Maps each field of the columns to the column of the header row that names it. */
export function matchHeader(row: readonly CellValue[], columns: readonly ColumnDef[]): Record<string, number> {
  const found: Record<string, number> = {};
  row.forEach((value, index) => {
    const text = cellText(value);
    if (!text || text.length > MAX_HEADER_LENGTH) return;
    const forms = headerForms(text);
    const column = columns.find((c) => !(c.key in found) && headerMatches(forms, c));
    if (column) found[column.key] = index;
  });
  return found;
}

export function findHeaderRow(grid: SheetGrid, def: TableDef): { row: number; columns: Record<string, number> } | null {
  let best: { row: number; columns: Record<string, number> } | null = null;
  const limit = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const columns = matchHeader(grid.values[r] ?? [], def.columns);
    const count = Object.keys(columns).length;
    if (count >= Math.min(3, def.columns.length) && (!best || count > Object.keys(best.columns).length)) {
      best = { row: r, columns };
      // A row names each column at most once: no later row can name more than all of them, and only
      // a row naming more would replace this one. The rows below are data, and costly to compare.
      if (count === def.columns.length) break;
    }
  }
  return best;
}
