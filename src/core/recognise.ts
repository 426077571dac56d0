import { type CellValue, type SheetGrid, cellText, isBlankRow } from "./grid";
import { INFO_LABELS, INFO_SHEET } from "./template";
import { type ColumnDef, FORM_TABLE, QUESTIONS, TABLES, type TableDef, type TableNumber } from "./tables";

/**
 * Finds the report tables in a workbook's grids by their number or title and their header
 * row, never by cell position alone: sheets may be renamed, have title rows above the
 * header, columns in another order or extra columns.
 */

export interface RecognisedRow {
  /** 1-based row number in the sheet. */
  sheetRow: number;
  /** Cell text per field of the table; "" where the column is missing or empty. */
  values: Record<string, string>;
  /** Non-empty cells in columns the table does not define, by header text. */
  extra: Record<string, string>;
}

/**
 * "rows": the template's layout (tables 1–7, and table 8 with one row per question).
 * "wide": table 8 with one row per region and a column per question (WIDE_FORM_COLUMNS).
 */
export type TableShape = "rows" | "wide";

export interface RecognisedTable {
  def: TableDef;
  sheet: string;
  hidden: boolean;
  /** Absent for the template's layout; "wide" for table 8 with a column per question. */
  shape?: TableShape;
  /** 1-based row number of the header row. */
  headerRow: number;
  /** 0-based column index per field found in the header. */
  columns: Record<string, number>;
  missingColumns: ColumnDef[];
  rows: RecognisedRow[];
}

export interface WorkbookInfo {
  sheet: string;
  fields: Partial<Record<keyof typeof INFO_LABELS, string>>;
}

export interface Recognition {
  info: WorkbookInfo | null;
  tables: RecognisedTable[];
  /** Sheets that look like a report table (by name or title) but whose header row was not found. */
  headerless: { sheet: string; table: TableNumber }[];
}

const HEADER_SCAN_ROWS = 30;

/**
 * Table 8 in its wide shape: Region, then per question a column with the answer's prose
 * (key "q1".."q6") and, for questions 3–5, a Ja/Nej column ("answer3".."answer5"). The headers
 * are what the master writes; recognition also accepts "Fråga 3", the question's text, and a
 * "Ja/Nej" column that belongs to the question column on its left.
 */
export const WIDE_FORM_COLUMNS: readonly ColumnDef[] = [
  { key: "region", header: "Region", width: 18 },
  ...QUESTIONS.flatMap((q): ColumnDef[] => [
    { key: `q${q.number}`, header: `Fråga ${q.number}\n${q.text}`, width: 60 },
    ...(q.yesNo ? [{ key: `answer${q.number}`, header: `Fråga ${q.number} Ja/Nej`, width: 10 }] : []),
  ]),
];

/** " .:;,*" as character codes: what normalizeText cuts from the end. */
const TRAILING = new Set([32, 46, 58, 59, 44, 42]);

/** Lower case, one space for any run of white space or line breaks, no trailing punctuation. */
export function normalizeText(text: string): string {
  // Called for nearly every cell of every row (recognition, validation): the trailing run is cut by
  // hand, not by a /[\s.:;,*]+$/ that is tried at every space of the text. After the first replace,
  // every white space character is " ", so " .:;,*" is that class.
  const text1 = text.normalize("NFC").toLowerCase().replace(/\s+/g, " ");
  let end = text1.length;
  while (end > 0 && TRAILING.has(text1.charCodeAt(end - 1))) end--;
  return (end === text1.length ? text1 : text1.slice(0, end)).trim();
}

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

const COLUMN_FORMS = new Map<ColumnDef, HeaderForms>();

function columnForms(column: ColumnDef): HeaderForms {
  let forms = COLUMN_FORMS.get(column);
  if (!forms) COLUMN_FORMS.set(column, (forms = headerForms(column.header)));
  return forms;
}

/** No heading is this long (the Mål heading, the longest, is about 200 characters): a longer cell is data. */
const MAX_HEADER_LENGTH = 600;

function headerMatches(cell: HeaderForms, column: ColumnDef): boolean {
  if (!cell.full) return false;
  const expected = columnForms(column);
  if (cell.loose === expected.loose) return true;
  return (
    cell.full === expected.full ||
    cell.full === expected.firstLine ||
    cell.firstLine === expected.firstLine ||
    (expected.firstLine.length > 12 && cell.full.startsWith(expected.firstLine))
  );
}

/** Maps each field of the table to the column of the header row that names it. */
function matchHeader(row: readonly CellValue[], def: TableDef): Record<string, number> {
  const columns: Record<string, number> = {};
  row.forEach((value, index) => {
    const text = cellText(value);
    if (!text || text.length > MAX_HEADER_LENGTH) return;
    const forms = headerForms(text);
    const column = def.columns.find((c) => !(c.key in columns) && headerMatches(forms, c));
    if (column) columns[column.key] = index;
  });
  return columns;
}

function findHeaderRow(grid: SheetGrid, def: TableDef): { row: number; columns: Record<string, number> } | null {
  let best: { row: number; columns: Record<string, number> } | null = null;
  const limit = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const columns = matchHeader(grid.values[r] ?? [], def);
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

/** Which table a sheet holds, judged by "Tabell N" or a title in its first rows, else by its name. */
export function identifyTable(grid: SheetGrid): TableDef | null {
  for (const row of grid.values.slice(0, 6)) {
    for (const value of row) {
      const text = normalizeText(cellText(value));
      if (!text) continue;
      const numbered = /^tabell (\d)\b/.exec(text);
      if (numbered && Number(numbered[1]) >= 1 && Number(numbered[1]) <= 8) return TABLES[Number(numbered[1]) - 1];
      const byTitle = TABLES.find((t) => text.length < 200 && text.includes(normalizeText(t.title)) && t.title.length > 20);
      if (byTitle) return byTitle;
    }
  }
  const byName = /^\s*(?:tabell|tab\.?|t)?\s*(\d)(?!\d)/i.exec(grid.name);
  if (byName && Number(byName[1]) >= 1 && Number(byName[1]) <= 8) return TABLES[Number(byName[1]) - 1];
  const name = normalizeText(grid.name);
  return TABLES.find((t) => normalizeText(t.title).startsWith(name) && name.length >= 5) ?? null;
}

/** Which question a wide header cell names: "Fråga 3", "3. Beskrivning …" or the question's text. */
function questionNamed(text: string): number | null {
  const numbered = /^(?:fråga|fr\.)\s*(?:nr\.?\s*)?(\d)(?!\d)/.exec(text) ?? /^(\d)(?:[.):]|\s)\s*beskrivning/.exec(text);
  if (numbered) return QUESTIONS.some((q) => q.number === Number(numbered[1])) ? Number(numbered[1]) : null;
  if (text.length < 30) return null;
  // Questions 3–5 share a long opening: a cell counts only when it fits exactly one question.
  const fits = QUESTIONS.filter((q) => {
    const question = normalizeText(q.text);
    return text.startsWith(question) || question.startsWith(text);
  });
  return fits.length === 1 ? fits[0].number : null;
}

/** Maps a wide table 8 header row to "region", "q1".."q6" and "answerN" columns. */
function matchWideHeader(row: readonly CellValue[]): Record<string, number> {
  const columns: Record<string, number> = {};
  let left: number | null = null;
  row.forEach((value, index) => {
    const text = normalizeText(cellText(value));
    if (!text) return;
    if (text === "region") {
      if (!("region" in columns)) columns.region = index;
      return;
    }
    const question = questionNamed(text);
    if (/\bja ?\/ ?nej\b/.test(text)) {
      const number = question ?? left;
      if (number !== null && !(`answer${number}` in columns)) columns[`answer${number}`] = index;
      return;
    }
    if (question !== null && !(`q${question}` in columns)) {
      columns[`q${question}`] = index;
      left = question;
    }
  });
  return columns;
}

function findWideHeaderRow(grid: SheetGrid): { row: number; columns: Record<string, number> } | null {
  let best: { row: number; columns: Record<string, number>; questions: number } | null = null;
  const limit = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const columns = matchWideHeader(grid.values[r] ?? []);
    const questions = Object.keys(columns).filter((k) => /^q\d$/.test(k)).length;
    if ("region" in columns && questions >= 3 && (!best || questions > best.questions)) {
      best = { row: r, columns, questions };
      // Each question is named at most once: a row naming all of them cannot be bettered.
      if (questions === QUESTIONS.length) break;
    }
  }
  return best && { row: best.row, columns: best.columns };
}

function readRows(grid: SheetGrid, defined: readonly ColumnDef[], headerRow: number, columns: Record<string, number>): RecognisedRow[] {
  const header = grid.values[headerRow] ?? [];
  const known = new Set(Object.values(columns));
  const rows: RecognisedRow[] = [];
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (isBlankRow(row)) continue;
    const values: Record<string, string> = {};
    for (const column of defined) values[column.key] = column.key in columns ? cellText(row[columns[column.key]]) : "";
    // A column the header names but the definitions lack (a wide "Fråga 1 Ja/Nej") is read too, never dropped.
    for (const [key, index] of Object.entries(columns)) if (!(key in values)) values[key] = cellText(row[index]);
    const extra: Record<string, string> = {};
    row.forEach((value, index) => {
      const text = cellText(value);
      if (!known.has(index) && text) extra[cellText(header[index]) || `Kolumn ${index + 1}`] = text;
    });
    rows.push({ sheetRow: r + 1, values, extra });
  }
  return rows;
}

function readInfo(grids: SheetGrid[]): WorkbookInfo | null {
  const labels = Object.entries(INFO_LABELS) as [keyof typeof INFO_LABELS, string][];
  const candidates = [...grids].sort((a, b) => Number(b.name === INFO_SHEET) - Number(a.name === INFO_SHEET));
  for (const grid of candidates) {
    const fields: WorkbookInfo["fields"] = {};
    for (const row of grid.values.slice(0, 40)) {
      const label = normalizeText(cellText(row[0]));
      const match = labels.find(([, text]) => normalizeText(text) === label);
      if (match && !(match[0] in fields)) fields[match[0]] = cellText(row[1]);
    }
    if (fields.region !== undefined && fields.year !== undefined) return { sheet: grid.name, fields };
  }
  return null;
}

export function recogniseWorkbook(grids: SheetGrid[]): Recognition {
  const tables: RecognisedTable[] = [];
  const headerless: Recognition["headerless"] = [];
  for (const grid of grids) {
    const def = identifyTable(grid);
    if (!def) continue;
    const wide = def === FORM_TABLE ? findWideHeaderRow(grid) : null;
    if (wide) {
      tables.push({
        def,
        sheet: grid.name,
        hidden: grid.hidden ?? false,
        shape: "wide",
        headerRow: wide.row + 1,
        columns: wide.columns,
        missingColumns: WIDE_FORM_COLUMNS.filter((c) => !(c.key in wide.columns)),
        rows: readRows(grid, WIDE_FORM_COLUMNS, wide.row, wide.columns),
      });
      continue;
    }
    const header = findHeaderRow(grid, def);
    if (!header) {
      headerless.push({ sheet: grid.name, table: def.number });
      continue;
    }
    tables.push({
      def,
      sheet: grid.name,
      hidden: grid.hidden ?? false,
      headerRow: header.row + 1,
      columns: header.columns,
      missingColumns: def.columns.filter((c) => !(c.key in header.columns)),
      rows: readRows(grid, def.columns, header.row, header.columns),
    });
  }
  return { info: readInfo(grids), tables, headerless };
}
