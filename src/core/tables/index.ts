/**
 * The report's tables, derived from their one definition (definitions.ts): the row types, lookups by
 * number and every list of table numbers. The template, the recogniser's headers, the validator's
 * required and optional fields, the master's columns, the change detection and the board all follow.
 */
import { ACTIVITY_COLUMNS, type ActivityField, type ActivityValues, column, QUESTIONS, TABLE_LIST } from "./definitions";
import type { ActivityTableDef, ColumnDef, TableDef } from "./types";

export * from "./definitions";
export type { ActivityTableDef, ColumnDef, FormTableDef, Question, TableDef } from "./types";

/** The tables, in report order. */
export const TABLES: readonly TableDef[] = TABLE_LIST;
/** A table's number: the union of the numbers TABLES defines (a new table extends it). */
export type TableNumber = (typeof TABLE_LIST)[number]["number"];
export type ActivityTableNumber = Extract<(typeof TABLE_LIST)[number], { kind: "activity" }>["number"];

export const ACTIVITY_TABLES: readonly ActivityTableDef[] = TABLES.filter((t): t is ActivityTableDef => t.kind === "activity");
/** Every table number, in report order. */
export const TABLE_NUMBERS: readonly TableNumber[] = TABLES.map((t) => t.number as TableNumber);
export const ACTIVITY_TABLE_NUMBERS: readonly ActivityTableNumber[] = ACTIVITY_TABLES.map((t) => t.number as ActivityTableNumber);

const BY_NUMBER = new Map<number, TableDef>(TABLES.map((t) => [t.number, t]));

/** The table with this number, or undefined when the report has none. */
export function findTable(number: number): TableDef | undefined {
  return BY_NUMBER.get(number);
}

export function tableDef(number: TableNumber): TableDef {
  const def = BY_NUMBER.get(number);
  if (!def) throw new Error(`Ingen tabell ${number} i rapporten.`);
  return def;
}

export function isTableNumber(number: number): number is TableNumber {
  return BY_NUMBER.has(number);
}

/** The title line written above a table: "Tabell 3. Innovation och förnyelse …". */
export function tableHeading(def: TableDef): string {
  return `Tabell ${def.number}. ${def.title}`;
}

/** A column's name as a person says it: the header's first line ("Mål"). */
export function columnName(column: ColumnDef): string {
  return column.header.split("\n")[0];
}

/** A record with an entry per activity table, keyed by table number. */
export function perActivityTable<T>(make: () => T): Record<number, T> {
  return Object.fromEntries(ACTIVITY_TABLES.map((t) => [t.number, make()]));
}

/** A row's values from cells by field: every column of the table, "" where absent. */
export function activityValues(get: (field: ActivityField) => string | undefined): ActivityValues {
  return Object.fromEntries(ACTIVITY_COLUMNS.map((c) => [c.key, get(c.key) ?? ""])) as ActivityValues;
}

/**
 * Table 8 in its wide shape: Region, then per question a column with the answer's prose (key
 * "q1".."q6") and, for questions 3–5, a Ja/Nej column ("answer3".."answer5").
 */
export const WIDE_FORM_COLUMNS: readonly ColumnDef[] = [
  column("region", "Region", 18, { required: true }),
  ...QUESTIONS.flatMap((q): ColumnDef[] => [
    column(`q${q.number}`, `Fråga ${q.number}\n${q.text}`, 60),
    // The Ja/Nej may stand at the start of the answer instead ("Ja. …"): the column may be missing.
    ...(q.yesNo ? [column(`answer${q.number}`, `Fråga ${q.number} Ja/Nej`, 10, { optional: true })] : []),
  ]),
];
