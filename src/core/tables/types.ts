import type { ActivityField, FormField } from "./definitions";

/** The shapes of the table definitions (definitions.ts). */

export interface ColumnDef<K extends string = string> {
  key: K;
  /** Header text as published; a second line, when present, explains the first. */
  header: string;
  /** Other headings people write for the column ("Insats", "Prestationer"), compared normalised. */
  synonyms: readonly string[];
  /** Column width in characters. */
  width: number;
  /** Every data row fills this cell ("fel" when empty). */
  required: boolean;
  /** The column may be missing from a sheet without a finding: nothing is lost without it. */
  optional: boolean;
}

export interface Question {
  number: 1 | 2 | 3 | 4 | 5 | 6;
  text: string;
  /** Questions 3–5 also take a Ja/Nej answer. */
  yesNo: boolean;
}

export interface ActivityTableDef {
  kind: "activity";
  number: number;
  title: string;
  /** Other ways the title is written on a sheet or as its name ("Miljö", "Kompetensförsörjning"). */
  shortTitles: readonly string[];
  sheetName: string;
  /** Name of the Excel table (ListObject) holding the rows. */
  excelTableName: string;
  columns: readonly ColumnDef<ActivityField>[];
}

export interface FormTableDef {
  kind: "form";
  number: number;
  title: string;
  shortTitles: readonly string[];
  sheetName: string;
  excelTableName: string;
  columns: readonly ColumnDef<FormField>[];
  questions: readonly Question[];
}

export type TableDef = ActivityTableDef | FormTableDef;
