import { todayInSweden } from "./dates";
import { type CellValue, type Grid, rangeAddress } from "./grid";
import { withPrintLayout } from "./printLayout";
import { REGIONS, type Region } from "./regions";
import type { ActivityRow, FormAnswer } from "./report";
import { ACTIVITY_TABLES, FORM_TABLE, type ActivityTableDef, type FormField, tableHeading, YES_NO, NO_ACTIVITIES_TEXT } from "./tables";
import { sheetSpec, type SheetSpec, type WorkbookSpec } from "./workbookSpec";

/** Bumped when the layout of the template changes; written on the information sheet. */
export const TEMPLATE_VERSION = "2023.1";

export const INFO_SHEET = "Information";
export const LISTS_SHEET = "Listor";
/** Rows under a table's header that get the dropdowns, so rows the officer adds get them too. */
export const DROPDOWN_ROWS = 300;
/** Row of the column headings on every table sheet (title above it, instructions between). */
export const HEADER_ROW = 3;

const REGION_LIST = `=${LISTS_SHEET}!$A$2:$A$${REGIONS.length + 1}`;
const YES_NO_LIST = `=${LISTS_SHEET}!$B$2:$B$${YES_NO.length + 1}`;

/** A report year as typed: four digits, 2000–2100; null for anything else. */
export function parseReportYear(text: string): number | null {
  const trimmed = text.trim();
  const year = Number(trimmed);
  return /^\d{4}$/.test(trimmed) && year >= 2000 && year <= 2100 ? year : null;
}

/** Labels on the information sheet, in the order written (column A), value in column B. */
export const INFO_LABELS = {
  region: "Region",
  year: "År",
  contact: "Kontaktperson",
  email: "E-post",
  templateVersion: "Mallversion",
  created: "Skapad",
} as const;

export interface TemplateOptions {
  region: Region;
  year: number;
  contact?: string;
  email?: string;
  /** ISO date (YYYY-MM-DD) written as "Skapad"; defaults to today. */
  created?: string;
  /** Rows to fill in, per table; tables without rows get one row with just the region. */
  rows?: Partial<Record<number, ActivityRow[]>>;
  table8?: FormAnswer[];
}

/** All sheet names a template writes, in workbook order. */
export function templateSheetNames(): string[] {
  return [INFO_SHEET, ...ACTIVITY_TABLES.map((t) => t.sheetName), FORM_TABLE.sheetName, LISTS_SHEET];
}

export function buildTemplate(options: TemplateOptions): WorkbookSpec {
  return withPrintLayout({
    sheets: [
      infoSheet(options),
      ...ACTIVITY_TABLES.map((def) => activitySheet(def, options.region, options.rows?.[def.number] ?? [])),
      formSheet(options.region, options.table8 ?? []),
      listsSheet(),
    ],
  });
}

function infoSheet(options: TemplateOptions): SheetSpec {
  const created = options.created ?? todayInSweden();
  const values: Grid = [
    ["Regionrapport – redovisning av regionalt utvecklingsarbete"],
    [],
    [INFO_LABELS.region, options.region],
    [INFO_LABELS.year, options.year],
    [INFO_LABELS.contact, options.contact ?? ""],
    [INFO_LABELS.email, options.email ?? ""],
    [INFO_LABELS.templateVersion, TEMPLATE_VERSION],
    [INFO_LABELS.created, created],
    [],
    ["Fyll i tabell 1–7 med en rad per insats och besvara de sex frågorna i tabell 8."],
    [`Har regionen inga insatser att redovisa i en tabell, skriv en rad med texten "${NO_ACTIVITIES_TEXT}"`],
  ];
  return sheetSpec(INFO_SHEET, {
    values,
    columnWidths: [18, 60],
    titleRows: [1],
    textRanges: ["B5:B6"],
    validations: [{ range: "B3", source: REGION_LIST }],
  });
}

function activitySheet(def: ActivityTableDef, region: Region, rows: ActivityRow[]): SheetSpec {
  const keys = def.columns.map((c) => c.key);
  const dataRows: Grid = rows.length
    ? rows.map((row) => keys.map((key): CellValue => row[key] ?? ""))
    : [keys.map((key): CellValue => (key === "region" ? region : ""))];
  const lastRow = HEADER_ROW + dataRows.length;
  // Dropdowns and text format reach at least DROPDOWN_ROWS rows, and always every written row.
  const lastFormattedRow = Math.max(lastRow, HEADER_ROW + DROPDOWN_ROWS);
  const width = def.columns.length;
  return sheetSpec(def.sheetName, {
    values: [
      [tableHeading(def)],
      ["En rad per insats. Välj region i listan; skriv målen en per rad i kolumnen Mål."],
      def.columns.map((c) => c.header),
      ...dataRows,
    ],
    columnWidths: def.columns.map((c) => c.width),
    titleRows: [1],
    headerRow: HEADER_ROW,
    frozenRows: HEADER_ROW,
    textRanges: [rangeAddress(HEADER_ROW + 1, 1, lastFormattedRow, width)],
    tables: [{ name: def.excelTableName, range: rangeAddress(HEADER_ROW, 1, lastRow, width) }],
    validations: [{ range: rangeAddress(HEADER_ROW + 1, 1, lastFormattedRow, 1), source: REGION_LIST }],
  });
}

/** A row of table 8's question-row layout (the template's and the master's), cells by field in the columns' order. */
export function formRow(cells: Record<FormField, CellValue>): CellValue[] {
  return FORM_TABLE.columns.map((c) => cells[c.key]);
}

function formSheet(region: Region, answers: FormAnswer[]): SheetSpec {
  const def = FORM_TABLE;
  const rows: Grid = def.questions.map((q) => {
    const given = answers.find((a) => a.question === q.number);
    return formRow({ region, question: q.number, text: q.text, answer: given?.answer ?? "", response: given?.text ?? "" });
  });
  const lastRow = HEADER_ROW + rows.length;
  const answerColumn = def.columns.findIndex((c) => c.key === "answer") + 1;
  const validations = def.questions.flatMap((q, i) => {
    const row = HEADER_ROW + 1 + i;
    return q.yesNo ? [{ range: rangeAddress(row, answerColumn, row, answerColumn), source: YES_NO_LIST }] : [];
  });
  return sheetSpec(def.sheetName, {
    values: [
      [tableHeading(def)],
      ["Besvara varje fråga i kolumnen Svar. Frågorna 3–5 besvaras också med Ja eller Nej."],
      def.columns.map((c) => c.header),
      ...rows,
    ],
    columnWidths: def.columns.map((c) => c.width),
    titleRows: [1],
    headerRow: HEADER_ROW,
    frozenRows: HEADER_ROW,
    textRanges: [rangeAddress(HEADER_ROW + 1, 1, lastRow, def.columns.length)],
    tables: [{ name: def.excelTableName, range: rangeAddress(HEADER_ROW, 1, lastRow, def.columns.length) }],
    validations,
  });
}

function listsSheet(): SheetSpec {
  const height = Math.max(REGIONS.length, YES_NO.length);
  const values: Grid = [["Regioner", "Ja/Nej"]];
  for (let i = 0; i < height; i++) values.push([REGIONS[i] ?? null, YES_NO[i] ?? null]);
  return sheetSpec(LISTS_SHEET, { hidden: true, values, columnWidths: [22, 8], headerRow: 1 });
}
