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
  /** A word cut short and marked with a full stop ("Prest." → "prest"), or "". */
  dotted: string;
}

/** "Prest.", "Akt.", "Beskr.": three letters or more (a decomposed "å" too) and a full stop, nothing else. */
const DOTTED = /^([\p{L}\p{M}]{3,})\.$/u;

/** The word a cell cuts short with a full stop, lower case and composed ("Prest. " → "prest"), or "". */
function dottedWord(text: string): string {
  return DOTTED.exec(text.trim())?.[1].normalize("NFC").toLowerCase() ?? "";
}

function headerForms(text: string): HeaderForms {
  const head = normalizeText(text.split(/\s[\u2013\u2014-]\s|:\s|\s?\(|\r?\n/)[0]);
  return { full: normalizeText(text), firstLine: normalizeText(text.split(/\r?\n/)[0]), loose: headerText(text), head, dotted: dottedWord(text) };
}

/** The first word of a heading or synonym ("resultat", "prestationer"): what a heading cut short starts like. */
const firstWordOf = (text: string) => normalizeText(text).split(/[^\p{L}]+/u)[0];

interface ColumnForms {
  header: HeaderForms;
  synonyms: Set<string>;
  /** The first words of the heading and of every synonym. */
  words: string[];
}

const COLUMN_FORMS = new Map<ColumnDef, ColumnForms>();

function columnForms(column: ColumnDef): ColumnForms {
  let forms = COLUMN_FORMS.get(column);
  if (!forms) {
    const words = [...new Set([column.header, ...column.synonyms].map(firstWordOf).filter(Boolean))];
    COLUMN_FORMS.set(column, (forms = { header: headerForms(column.header), synonyms: new Set(column.synonyms.map(headerText)), words }));
  }
  return forms;
}

/** Does a word cut short ("prest") begin one of the heading words ("prestationer")? `orWhole`: or is it one. */
function begins(short: string, words: Iterable<string>, orWhole = false): boolean {
  for (const w of words) if ((orWhole || w.length > short.length) && w.startsWith(short)) return true;
  return false;
}

/** Does a word cut short begin one of the column's heading words? */
const abbreviates = (short: string, column: ColumnDef, orWhole = false) => begins(short, columnForms(column).words, orWhole);

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
 *
 * With `dotted` (a header on one row), a heading cut short with a full stop ("Prest.") names the
 * one column whose heading words it begins ("Res." begins both result columns' and names neither).
 * It counts only in a row where every cell with text names a column: a data row with a dotted word
 * or two ("Effekt.") among its prose is never taken for a header. Not over two rows, where a data
 * row under a heading-like row would hide behind it.
 */
export function matchHeaderCells(cells: readonly (readonly string[])[], columns: readonly ColumnDef[], dotted = false): Record<string, number> {
  const found: Record<string, number> = {};
  const byDot: [number, string][] = [];
  let unnamed = 0;
  cells.forEach((texts, index) => {
    let short = "";
    for (const text of texts) {
      if (!text || text.length > MAX_HEADER_LENGTH) continue;
      const forms = headerForms(text);
      const column = columns.find((c) => !(c.key in found) && headerMatches(forms, c));
      if (column) {
        found[column.key] = index;
        return;
      }
      short ||= forms.dotted;
    }
    if (short) byDot.push([index, short]);
    else if (texts.some(Boolean)) unnamed++;
  });
  if (!dotted || !byDot.length || unnamed) return found;
  for (const [index, short] of byDot) {
    const fits = columns.filter((c) => !(c.key in found) && abbreviates(short, c));
    if (fits.length === 1) found[fits[0].key] = index;
  }
  return found;
}

export function matchHeader(row: readonly CellValue[], columns: readonly ColumnDef[]): Record<string, number> {
  return matchHeaderCells(row.map((v) => [cellText(v)]), columns, true);
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

/** A cell's first line as compared cheaply: lower case, single spaces, no trailing punctuation (no Unicode normalisation). */
function quickForm(text: string): string {
  const line = text.split("\n", 1)[0].slice(0, 120);
  return line.toLowerCase().replace(/\s+/g, " ").replace(/[\s.:;,*]+$/, "").trim();
}

export interface HeadingForms {
  /** Every heading and synonym in its quick form. */
  full: string[];
  exact: Set<string>;
  /** The first words they start with (and a question heading's): a cell starting otherwise is no heading. */
  firstWords: Set<string>;
}

let known: HeadingForms | undefined;
export function headingForms(columns: readonly (readonly ColumnDef[])[]): HeadingForms {
  if (!known) {
    const texts = columns.flat().flatMap((c) => [c.header.replace(/\n/g, " "), c.header, ...c.synonyms]);
    const full = [...new Set(texts.map(quickForm))].filter(Boolean);
    const firstWords = new Set([...full.map((f) => firstWord(f)), "fråga", "fr", "beskrivning", "1", "2", "3", "4", "5", "6"].filter((w): w is string => !!w));
    known = { full, exact: new Set(full), firstWords };
  }
  return known;
}

/** White space as trim() sees it, by character code: the common ones at once, the rare ones above U+1000 by /\s/. */
const isWhiteCode = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 0x1000 && /\s/.test(String.fromCharCode(c)));

/** Is the character code a word character of a heading: a letter (any script above ASCII), a digit or "/"? */
const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c > 127;

/**
 * The first word of a text, lower case: letters, digits and "/" ("ja/nej"), after any opening space,
 * quote or parenthesis. Asked of every cell of every row, so done by hand rather than by a regular
 * expression over Unicode classes (which cost most of the header search).
 */
export function firstWord(text: string): string | null {
  let start = 0;
  while (start < text.length && " \t\n\r\"'(".includes(text[start])) start++;
  let end = start;
  while (end < text.length && end - start < 30 && isWordCode(text.charCodeAt(end))) end++;
  return end > start ? text.slice(start, end).toLowerCase() : null;
}

/** Table 8's question headings: "Fråga 3", "3. Beskrivning …", a question's text. */
const QUESTION_HEADING = /^(?:fråga|fr\.)\s*(?:nr\.?\s*)?\d|^\d\s*[.):]\s*\S|^beskrivning (?:av|på) /;

/**
 * Cheap test before the full comparison, made for every row of a sheet: at least two cells read like
 * a heading (a heading or synonym, or the start of one, as a whole first line; or a question's
 * heading). Data cells almost never do, so the full comparison runs on a handful of rows.
 */
export function mayBeHeader(row: readonly CellValue[] | undefined, forms: HeadingForms): boolean {
  if (!row || row.length < 2) return false;
  let hits = 0;
  for (const value of row) {
    if (typeof value !== "string" || !value || value.length > MAX_HEADER_LENGTH) continue;
    // Most data cells fail on their first word, before anything is built from them.
    const word = firstWord(value);
    if (!word) continue;
    if (!forms.firstWords.has(word)) {
      // A heading cut short ("Prest."): only a short cell ending in a full stop or white space is asked
      // further, so data cells pay one character's test for it. The same dotted word as matchHeaderCells reads.
      const last = value.charCodeAt(value.length - 1);
      if (last !== 46 && !isWhiteCode(last)) continue;
      const dotted = value.length <= 24 ? dottedWord(value) : "";
      if (dotted && begins(dotted, forms.firstWords) && ++hits >= 2) return true;
      continue;
    }
    const q = quickForm(value);
    if (!q) continue;
    const head = q.split(/\s[\u2013\u2014-]\s|:\s|\s?\(/, 1)[0];
    const hit = forms.exact.has(q) || forms.exact.has(head) || QUESTION_HEADING.test(q) || (q.length >= 6 && forms.full.some((f) => f.startsWith(q)));
    if (hit && ++hits >= 2) return true;
  }
  return false;
}

/** A heading cell cut short by hand: "Prest.", "Akt", "Eff.": at least three letters, the rest of the word left out. */
function abbreviation(text: string): string | null {
  const form = normalizeText(text).replace(/\.$/, "");
  return /^\p{L}{3,}$/u.test(form) ? form : null;
}

/**
 * A guess at which column of a header row holds each field, for the coordinator to check (the pane's
 * mapping form): what the recogniser matches, then cells that abbreviate a heading or synonym's first
 * word without a full stop too ("Prest" for Prestationer, "Akt" for Aktivitet). Each cell names at
 * most one field, fields in the table's order. A guess only: the recogniser itself takes an
 * abbreviation only where a full stop marks it ("Prest."), since "Akt" alone may be a word.
 */
export function guessColumns(row: readonly CellValue[], columns: readonly ColumnDef[]): Record<string, number> {
  const found = matchHeader(row, columns);
  const taken = new Set(Object.values(found));
  for (const column of columns) {
    if (column.key in found) continue;
    const index = row.findIndex((value, i) => {
      const short = !taken.has(i) && typeof value === "string" ? abbreviation(value) : null;
      return short !== null && abbreviates(short, column, true);
    });
    if (index >= 0) {
      found[column.key] = index;
      taken.add(index);
    }
  }
  return found;
}
