import { type CellValue, cellText } from "../grid";
import type { ColumnDef } from "../tables";
import { normalizeText } from "./text";

/**
 * Header rows: a row whose cells name a table's columns, by the published heading (its first line,
 * or with a dash or colon for its line break), or by a synonym people write ("Insats", "Prestationer").
 * A header may span two rows ("Resultat" over "Prestationer" and "Effekter", or a heading split by
 * hand); the columns may come in any order, with other columns between.
 */

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
  /** What stands before a dash, colon or opening parenthesis: "Mål – Vilket …" → "mål". */
  head: string;
}

function headerForms(text: string): HeaderForms {
  const head = normalizeText(text.split(/\s[\u2013\u2014-]\s|:\s|\s?\(|\r?\n/)[0]);
  return { full: normalizeText(text), firstLine: normalizeText(text.split(/\r?\n/)[0]), loose: headerText(text), head };
}

const COLUMN_FORMS = new Map<ColumnDef, { header: HeaderForms; synonyms: Set<string> }>();

function columnForms(column: ColumnDef): { header: HeaderForms; synonyms: Set<string> } {
  let forms = COLUMN_FORMS.get(column);
  if (!forms) COLUMN_FORMS.set(column, (forms = { header: headerForms(column.header), synonyms: new Set(column.synonyms.map(headerText)) }));
  return forms;
}

/** No heading is this long (the Mål heading, the longest, is about 200 characters): a longer cell is data. */
export const MAX_HEADER_LENGTH = 600;

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
    synonyms.has(headerText(cell.firstLine)) ||
    (cell.head.length >= 3 && (synonyms.has(cell.head) || cell.head === expected.firstLine))
  );
}

/**
 * Maps each field of the columns to the column of the header that names it. A header cell may be
 * given in several forms (a two-row header: the upper cell, the lower, both joined); the first form
 * that names a column not yet found counts.
 */
export function matchHeaderCells(cells: readonly (readonly string[])[], columns: readonly ColumnDef[]): Record<string, number> {
  const found: Record<string, number> = {};
  cells.forEach((texts, index) => {
    for (const text of texts) {
      if (!text || text.length > MAX_HEADER_LENGTH) continue;
      const forms = headerForms(text);
      const column = columns.find((c) => !(c.key in found) && headerMatches(forms, c));
      if (column) {
        found[column.key] = index;
        return;
      }
    }
  });
  return found;
}

export function matchHeader(row: readonly CellValue[], columns: readonly ColumnDef[]): Record<string, number> {
  return matchHeaderCells(row.map((v) => [cellText(v)]), columns);
}

/** A two-row header's cells: per column the lower cell, the upper, and both joined ("Resultat Prestationer"). */
export function twoRowCells(upper: readonly CellValue[], lower: readonly CellValue[]): string[][] {
  const width = Math.max(upper.length, lower.length);
  return Array.from({ length: width }, (_, c) => {
    const u = cellText(upper[c]);
    const l = cellText(lower[c]);
    return [l, u, u && l ? `${u} ${l}` : ""].filter(Boolean);
  });
}

/** Words a heading starts with, folded: a row with fewer than two such cells is no header (most rows are data). */
let firstWords: Set<string> | undefined;
export function headingWords(columns: readonly (readonly ColumnDef[])[]): Set<string> {
  firstWords ??= new Set(
    columns.flat().flatMap((c) => [c.header, ...c.synonyms]).map((t) => firstWord(t)).filter((w): w is string => !!w)
  );
  return firstWords;
}

export function firstWord(text: string): string | null {
  const match = /^[\s"'(]*([\p{L}\p{N}/]+)/u.exec(text);
  return match ? match[1].toLowerCase() : null;
}

/** Cheap test before the full comparison: at least two short cells start like a heading. */
export function mayBeHeader(row: readonly CellValue[] | undefined, words: Set<string>): boolean {
  if (!row) return false;
  let hits = 0;
  for (const value of row) {
    if (typeof value !== "string" || value.length > MAX_HEADER_LENGTH) continue;
    const word = firstWord(value);
    if (word && (words.has(word) || /^fråga$|^\d$/.test(word)) && ++hits >= 2) return true;
  }
  return false;
}
