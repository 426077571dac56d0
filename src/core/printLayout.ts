import { type CellValue, parseRange, rangeAddress } from "./grid";
import type { PrintSetup, SheetSpec, WorkbookSpec } from "./workbookSpec";

/**
 * How the product's workbooks print, derived from what each sheet holds so that a new sheet or
 * column follows: A4 landscape, scaled to one page wide (two or more for very wide sheets, their
 * first columns then repeated on each page), the heading row repeated at the top of every page,
 * the sheet's name and "Sida n av m" in the footer; text that does not fit its column wraps, and
 * rows get the height their wrapped text needs (Excel does not grow a row for text written by a
 * program, and caps a row at 409 points).
 */

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43;
/** Characters of prose per width unit (a unit is a "0"; Calibri 11 prose averages about 1.6 a unit, less what word wrap wastes). */
const CHARS_PER_UNIT = 1.45;
/** Points per line of 11 pt Calibri, Excel's default. */
const LINE_POINTS = 15;
export const MAX_ROW_POINTS = 409;
/** Widest sheet, in characters, that still prints readably on one landscape A4 page (at about 55 %). */
const ONE_PAGE_CHARS = 260;
/** Columns narrower than this overflow into their empty neighbours rather than wrap into a sliver. */
const MIN_WRAP_WIDTH = 12;

export const PRINT_MARGINS: NonNullable<PrintSetup["margins"]> = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
export const PRINT_FOOTER: NonNullable<PrintSetup["footer"]> = { left: "&A", right: "Sida &P av &N" };

const widthOf = (spec: SheetSpec, column: number) => spec.columnWidths[column - 1] ?? DEFAULT_WIDTH;

/** Headings are bold (and, without a font of their own, often drawn wider): fewer characters a line. */
const HEADING_FACTOR = 0.6;

/** The characters /\s/ matches, by code: word wrap breaks at any of them. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Lines a text takes in a wrapped column of this width: words are wrapped whole, as Excel does, and a
 * line break starts a new line. Asked of every text cell of every sheet: none at all for a one-line
 * text that fits, and for prose (single spaces between words) a jump from line to line instead of a
 * look at every character.
 */
export function wrappedLines(text: string, width: number, heading = false): number {
  const capacity = Math.max(1, (width - 1) * CHARS_PER_UNIT * (heading ? HEADING_FACTOR : 1));
  if (text.length <= capacity && !text.includes("\n")) return 1;
  return IRREGULAR_SPACING.test(text) ? linesCharByChar(text, capacity) : linesOfProse(text, capacity);
}

/** Spacing the line-to-line jump does not follow: two spaces in a row, or a space other than " " and a line break. */
const IRREGULAR_SPACING = /[^\S \n]| {2}/;

/**
 * Lines of a text whose words are separated by one space (line breaks aside): a line holds the
 * words that end within its room, found by looking at the character where the room ends and, inside
 * a word, back to the space before it.
 */
function linesOfProse(text: string, capacity: number): number {
  const room = Math.floor(capacity);
  let lines = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lines++;
    // A space at either end of a paragraph separates nothing.
    let p = text.charCodeAt(start) === 32 ? start + 1 : start;
    const last = end > p && text.charCodeAt(end - 1) === 32 ? end - 1 : end;
    while (last - p > room) {
      const limit = p + room;
      if (text.charCodeAt(limit) === 32) {
        p = limit + 1;
        lines++;
        continue;
      }
      const space = text.lastIndexOf(" ", limit - 1);
      if (space > p) {
        p = space + 1;
        lines++;
        continue;
      }
      // A word longer than the line: the rest of this paragraph word by word.
      lines += linesCharByChar(text.slice(p, last), capacity) - 1;
      break;
    }
    start = end + 1;
  }
  return lines;
}

/** The same count, one character at a time: for any spacing. */
function linesCharByChar(text: string, capacity: number): number {
  let lines = 1;
  let used = 0;
  const place = (length: number) => {
    if (!length) return;
    if (used && used + 1 + length > capacity) {
      lines++;
      used = 0;
    }
    // A word longer than the line is broken across lines.
    if (length > capacity) {
      lines += Math.ceil(length / capacity) - 1;
      used = length % capacity;
    } else used += (used ? 1 : 0) + length;
  };
  let word = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      place(word);
      word = 0;
      lines++;
      used = 0;
    } else if (isSpace(code)) {
      place(word);
      word = 0;
    } else word++;
  }
  place(word);
  return lines;
}

const isText = (v: CellValue | undefined): v is string => typeof v === "string" && v !== "";

function covers(ranges: readonly string[]): (row: number, column: number) => boolean {
  const parsed = ranges.map(parseRange);
  return (row, column) => parsed.some((r) => row >= r.firstRow && row <= r.lastRow && column >= r.firstColumn && column <= r.lastColumn);
}

/** Cells (outside the text ranges, the heading row and the titles) whose text does not fit the room it has: runs per column. */
function wrapRangesFor(spec: SheetSpec, usedColumns: number, hidden: Set<number>, inText: (r: number, c: number) => boolean): string[] {
  const titles = new Set(spec.titleRows);
  const needs: boolean[][] = spec.values.map((row, i) =>
    row.map((value, j) => {
      const r = i + 1;
      const c = j + 1;
      if (!isText(value) || hidden.has(c) || titles.has(r) || r === spec.headerRow || inText(r, c) || widthOf(spec, c) < MIN_WRAP_WIDTH) return false;
      // Text overflows into empty cells to its right, up to the sheet's last column.
      let room = widthOf(spec, c);
      for (let k = c + 1; k <= usedColumns && !isText(row[k - 1]) && typeof row[k - 1] !== "number"; k++) room += hidden.has(k) ? 0 : widthOf(spec, k);
      return value.includes("\n") || value.length > room * CHARS_PER_UNIT;
    })
  );
  const ranges: string[] = [];
  for (let c = 1; c <= usedColumns; c++) {
    let start = 0;
    for (let r = 1; r <= needs.length + 1; r++) {
      const wrap = needs[r - 1]?.[c - 1] ?? false;
      if (wrap && !start) start = r;
      if (!wrap && start) {
        ranges.push(rangeAddress(start, c, r - 1, c));
        start = 0;
      }
    }
  }
  return ranges;
}

/**
 * The heading row is printed on every page when the rows under it are most of the sheet; on a
 * sheet of several sections (Sammanställning) it would head the other sections' pages wrongly.
 */
function repeatsHeader(spec: SheetSpec): boolean {
  if (!spec.headerRow) return false;
  const nextTitle = spec.titleRows.filter((r) => r > spec.headerRow).sort((a, b) => a - b)[0] ?? spec.values.length + 1;
  return (nextTitle - 1 - spec.headerRow) * 2 >= spec.values.length - spec.headerRow;
}

/** The sheet with its print settings, wrap ranges and row heights; hidden sheets are left as they are. */
export function withSheetPrintLayout(spec: SheetSpec): SheetSpec {
  if (spec.hidden) return spec;
  const hidden = new Set(spec.hiddenColumns ?? []);
  const usedColumns = Math.max(spec.columnWidths.length, ...spec.values.map((row) => row.length));
  let width = 0;
  for (let c = 1; c <= usedColumns; c++) if (!hidden.has(c)) width += widthOf(spec, c);
  const pagesWide = Math.max(1, Math.ceil(width / ONE_PAGE_CHARS));
  const inText = covers(spec.textRanges);
  const wrapRanges = wrapRangesFor(spec, usedColumns, hidden, inText);
  const wrapped = covers([...spec.textRanges, ...wrapRanges]);

  const rowHeights: Record<number, number> = {};
  spec.values.forEach((row, i) => {
    const r = i + 1;
    let lines = 1;
    row.forEach((value, j) => {
      const c = j + 1;
      if (isText(value) && !hidden.has(c) && (r === spec.headerRow || wrapped(r, c))) lines = Math.max(lines, wrappedLines(value, widthOf(spec, c), r === spec.headerRow));
    });
    if (lines > 1) rowHeights[r] = Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 3);
  });

  const heading = repeatsHeader(spec) ? `${spec.headerRow}:${spec.headerRow}` : undefined;
  const print: PrintSetup = {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: pagesWide,
    ...(heading ? { titleRows: heading } : {}),
    // The row's labels (the first two columns) on each page of a sheet more than a page wide.
    ...(pagesWide > 1 && usedColumns > 2 ? { titleColumns: "A:B" } : {}),
    margins: PRINT_MARGINS,
    footer: PRINT_FOOTER,
  };
  // Cells that must wrap are formatted as the text ranges are (wrapped, top, text): they hold text already.
  return { ...spec, print, textRanges: [...spec.textRanges, ...wrapRanges], rowHeights };
}

/** Every visible sheet of the workbook set up for printing (see above). */
export function withPrintLayout(spec: WorkbookSpec): WorkbookSpec {
  return { ...spec, sheets: spec.sheets.map(withSheetPrintLayout) };
}
