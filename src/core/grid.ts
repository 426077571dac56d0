/**
 * The seam between the core and every workbook adapter: a sheet is a name and a
 * two-dimensional array of cell values, the shape of Excel's Range.values.
 */
export type CellValue = string | number | boolean | null;
export type Grid = CellValue[][];

export interface SheetGrid {
  name: string;
  values: Grid;
  hidden?: boolean;
  /** Merged ranges ("A5:A9"), as the workbook has them: the value stands in the top-left cell only. */
  merges?: readonly string[];
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1-style address of a 1-based row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function rangeAddress(firstRow: number, firstColumn: number, lastRow: number, lastColumn: number): string {
  return `${cellAddress(firstRow, firstColumn)}:${cellAddress(lastRow, lastColumn)}`;
}

export interface CellRange {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Parses "B3", "A3:E10", "$A$3:$E$10", whole columns "A:C" or whole rows "1:3" (no sheet part). */
export function parseRange(address: string): CellRange {
  const columns = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address.trim());
  if (columns) return { firstRow: 1, lastRow: MAX_ROWS, firstColumn: columnNumber(columns[1]), lastColumn: columnNumber(columns[2]) };
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address.trim());
  if (rows) return { firstRow: Number(rows[1]), lastRow: Number(rows[2]), firstColumn: 1, lastColumn: MAX_COLUMNS };
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.trim());
  if (!match) throw new Error(`Ogiltig celladress: "${address}"`);
  const firstColumn = columnNumber(match[1]);
  const firstRow = Number(match[2]);
  const lastColumn = match[3] ? columnNumber(match[3]) : firstColumn;
  const lastRow = match[4] ? Number(match[4]) : firstRow;
  return { firstRow, firstColumn, lastRow, lastColumn };
}

/** The text of a cell as a person reads it: numbers and booleans as text, empty as "". */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "SANT" : "FALSKT";
  return String(value).trim();
}

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((v) => cellText(v) === "");
}

/** Pads rows to one width so the grid is rectangular, as Range.values requires. */
export function rectangular(grid: Grid): Grid {
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0);
  return grid.map((row) => [...row, ...new Array<CellValue>(width - row.length).fill(null)]);
}

/** Drops trailing blank rows and trailing all-blank columns, so grids from different sources compare. */
export function trimGrid(grid: Grid): Grid {
  const rows = grid.map((row) => row.map((v) => (v === "" || v === undefined ? null : v)));
  while (rows.length && isBlankRow(rows[rows.length - 1])) rows.pop();
  let width = 0;
  for (const row of rows) {
    for (let c = row.length - 1; c >= 0; c--) {
      if (row[c] !== null) {
        width = Math.max(width, c + 1);
        break;
      }
    }
  }
  return rows.map((row) => {
    const cut = row.slice(0, width);
    while (cut.length < width) cut.push(null);
    return cut;
  });
}

/**
 * The grid with each vertically merged range's value in every row it covers (its first column): a
 * region written once in a merged cell over five rows belongs to all five. Horizontal spans are left
 * as they are (a title across A1:E1 is one cell's text, not five). The grid itself is not changed.
 */
export function fillMerges(grid: SheetGrid): SheetGrid {
  const vertical = (grid.merges ?? []).map(parseRange).filter((r) => r.lastRow > r.firstRow);
  if (!vertical.length) return grid;
  const values = grid.values.map((row) => row);
  for (const r of vertical) {
    const value = values[r.firstRow - 1]?.[r.firstColumn - 1] ?? null;
    if (value === null || value === "") continue;
    for (let row = r.firstRow + 1; row <= Math.min(r.lastRow, values.length); row++) {
      const copy = [...(values[row - 1] ?? [])];
      while (copy.length < r.firstColumn) copy.push(null);
      if (copy[r.firstColumn - 1] === null || copy[r.firstColumn - 1] === "") copy[r.firstColumn - 1] = value;
      values[row - 1] = copy;
    }
  }
  return { ...grid, values };
}

