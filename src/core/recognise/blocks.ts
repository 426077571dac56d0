import { cellText, type SheetGrid } from "../grid";
import { ACTIVITY_TABLES, type ColumnDef, FORM_TABLE, type TableDef } from "../tables";
import { headingForms, matchHeader, matchHeaderCells, mayBeHeader, twoRowCells } from "./header";
import { tableOfTitle } from "./titles";
import { isWideHeader, matchWideHeader } from "./wide";

/**
 * A sheet as blocks: every header row on it (several tables may be stacked on one sheet, each with
 * its own title row and header row), the title above each, and where each block's rows end.
 */

export type HeaderKind = "activity" | "form" | "wide";

export interface HeaderHit {
  kind: HeaderKind;
  /** The column definitions the header was matched against. */
  defined: readonly ColumnDef[];
  /** 0-based first and last row of the header (the same row unless it spans two). */
  firstRow: number;
  lastRow: number;
  columns: Record<string, number>;
  /** The heading of each column as people see it (both rows of a two-row header joined). */
  labels: string[];
}

export interface Block {
  header: HeaderHit;
  /** The table a title above the header names, and that title's 0-based row. */
  title: { def: TableDef; row: number } | null;
  /** 0-based row where the block's data ends (exclusive): the next block's title or header, or the sheet's end. */
  end: number;
  /** Text of the rows between the block's start and its header (title, instructions). */
  preamble: string[];
}

/** Tables 1–7 usually share one set of columns; each distinct set is matched once. */
function activityColumnSets(): (readonly ColumnDef[])[] {
  return [...new Set(ACTIVITY_TABLES.map((t) => t.columns))];
}

const count = (columns: Record<string, number>) => Object.keys(columns).length;

/** Enough of tables 1–7's columns to read rows by: three, two of them content (activity, outputs, effects, goals). */
function validActivity(columns: Record<string, number>): boolean {
  const content = ["activity", "outputs", "effects", "goals"].filter((k) => k in columns).length;
  return count(columns) >= 3 && content >= 2;
}

/** Enough of table 8's columns: the answer and the question (its text or number), or any three. */
function validForm(columns: Record<string, number>): boolean {
  return ("response" in columns && ("text" in columns || "question" in columns)) || count(columns) >= 3;
}

/** Enough columns of a table to read its rows by (a mapping the coordinator makes is held to the same). */
export function enoughColumns(def: TableDef, columns: Record<string, number>): boolean {
  return def.kind === "form" ? validForm(columns) : validActivity(columns);
}

/** The best header starting at row r (one row, or two), or null; `candidate(r)` is the cheap test, worked out once per row. */
function headerAt(grid: SheetGrid, r: number, candidate: (r: number) => boolean): HeaderHit | null {
  const row = grid.values[r] ?? [];
  const next = grid.values[r + 1];
  const single = candidate(r);
  const lower = candidate(r + 1);
  if (!single && !lower) return null;
  const hits: HeaderHit[] = [];
  const labelsOf = (cells: readonly (readonly string[])[]) => cells.map((texts) => texts[texts.length - 1] ?? "");
  const consider = (kind: HeaderKind, defined: readonly ColumnDef[], valid: (c: Record<string, number>) => boolean) => {
    const one = single ? matchHeader(row, defined) : {};
    if (valid(one)) hits.push({ kind, defined, firstRow: r, lastRow: r, columns: one, labels: row.map((v) => cellText(v)) });
    if (!next || !lower) return;
    // A header over two rows counts only where it names more columns than either row alone.
    const cells = twoRowCells(row, next);
    const two = matchHeaderCells(cells, defined);
    if (valid(two) && count(two) > count(one) && count(two) > count(matchHeader(next, defined))) {
      hits.push({ kind, defined, firstRow: r, lastRow: r + 1, columns: two, labels: labelsOf(cells) });
    }
  };
  for (const columns of activityColumnSets()) consider("activity", columns, validActivity);
  consider("form", FORM_TABLE.columns, validForm);
  if (single) {
    const wide = matchWideHeader(row);
    if (isWideHeader(wide)) hits.push({ kind: "wide", defined: [], firstRow: r, lastRow: r, columns: wide, labels: row.map((v) => cellText(v)) });
  }
  if (!hits.length) return null;
  // The header naming most columns; on a tie the one-row header, then the earlier kind.
  return hits.reduce((best, h) => (count(h.columns) > count(best.columns) || (count(h.columns) === count(best.columns) && h.lastRow < best.lastRow) ? h : best));
}

/** Every header row of a sheet, top to bottom, none overlapping. */
export function findHeaders(grid: SheetGrid): HeaderHit[] {
  const forms = headingForms([...activityColumnSets(), FORM_TABLE.columns]);
  const tested = new Map<number, boolean>();
  const candidate = (r: number) => {
    let known = tested.get(r);
    if (known === undefined) tested.set(r, (known = mayBeHeader(grid.values[r], forms)));
    return known;
  };
  const hits: HeaderHit[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const hit = headerAt(grid, r, candidate);
    if (!hit) continue;
    hits.push(hit);
    r = hit.lastRow;
  }
  return hits;
}

/** A row's non-empty cells' text. */
function texts(grid: SheetGrid, r: number): string[] {
  return (grid.values[r] ?? []).map((v) => cellText(v)).filter(Boolean);
}

/** A title row: one or two cells, one of which names a table. */
function titleOfRow(grid: SheetGrid, r: number, strict = false): TableDef | null {
  const cells = texts(grid, r);
  if (!cells.length || cells.length > 2) return null;
  for (const cell of cells) {
    const def = tableOfTitle(cell, strict && cells.length > 1);
    if (def) return def;
  }
  return null;
}

/** Rows above a header where its title is looked for: a title is near its table. */
const TITLE_SEARCH_ROWS = 12;

export function blocksOf(grid: SheetGrid): Block[] {
  const headers = findHeaders(grid);
  const blocks: Block[] = [];
  headers.forEach((header, i) => {
    const floor = i === 0 ? 0 : headers[i - 1].lastRow + 1;
    let title: Block["title"] = null;
    for (let r = header.firstRow - 1; r >= Math.max(floor, header.firstRow - TITLE_SEARCH_ROWS) && !title; r--) {
      // Above a second table are the first one's rows: only an unmistakable title counts there.
      const def = titleOfRow(grid, r, i > 0);
      if (def) title = { def, row: r };
    }
    blocks.push({ header, title, end: grid.values.length, preamble: [] });
  });
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (next) block.end = next.title?.row ?? next.header.firstRow;
    const start = block.title?.row ?? (i === 0 ? 0 : blocks[i - 1].end);
    for (let r = start; r < block.header.firstRow; r++) block.preamble.push(...texts(grid, r));
  });
  return blocks;
}

/** The title in a sheet's first rows, for a sheet without a header row. */
export function titleOfTopRows(grid: SheetGrid, rows = 10): { def: TableDef; row: number } | null {
  for (let r = 0; r < Math.min(rows, grid.values.length); r++) {
    const def = titleOfRow(grid, r);
    if (def) return { def, row: r };
  }
  return null;
}
