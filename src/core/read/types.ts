import type { SheetGrid } from "../grid";
import type { QuestionNumber, Recognition, RecognisedRow, RecognisedTable, WorkbookInfo } from "../recognise";
import type { Region } from "../regions";
import type { ActivityValues } from "../tables";

/** A non-empty cell of a taken row that the table's columns do not carry, with the header it stands under. */
export interface ExtraText {
  /** A1 address. */
  cell: string;
  header: string;
  text: string;
}

/** A row of tables 1–7 with data. */
export interface ActivityRowRead {
  table: RecognisedTable;
  row: RecognisedRow;
  values: ActivityValues;
  /** The row's own region, else the workbook's; null when neither is one of the 21. */
  region: Region | null;
  extra: ExtraText[];
}

/** One answer of table 8: a question row, or one question's cells on a wide row. */
export interface AnswerRead {
  table: RecognisedTable;
  row: RecognisedRow;
  question: QuestionNumber;
  text: string;
  /** Ja/Nej as written, "" where none was given. */
  yesNo: string;
  /** Where the Ja/Nej came from: its own cell, a line of its own (the vertical form), the start of the answer's text, or nowhere. */
  yesNoFrom: "column" | "line" | "text" | "none";
  region: Region | null;
  /** Cells the master's columns cannot hold: a Ja/Nej to a question that takes none, a changed question text, cells outside the columns. */
  extra: ExtraText[];
}

/** Why a unit of data (a row, or a wide table 8 row's answer) is not taken. */
export type ReadCode =
  | "region-other"
  | "region-unknown"
  | "several-regions"
  | "no-region"
  | "region-conflict"
  | "duplicate-table"
  | "duplicate-table-hidden"
  | "header-not-found"
  | "table-unknown"
  | "form-question-unknown"
  | "form-question-duplicate"
  | "form-region-duplicate";

export interface RowRejection {
  /** The table's number; 0 for a sheet of tables 1–7 that does not say which ("table-unknown"). */
  table: number;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** Every sheet row of the unit when more than one (a vertical table 8's answer lines). */
  rows?: number[];
  /** A wide table 8 row: the question whose answer this is. */
  question?: QuestionNumber;
  /** The region the row names (short form when it is one of the 21), else the workbook's, else "". */
  region: string;
  code: ReadCode;
  params: Record<string, string | number>;
}

/** One recognised copy of a table, read. */
export interface TableRead {
  table: RecognisedTable;
  /** The copy the report is read from: the first visible one, else the first. */
  primary: boolean;
  /** Rows with data; the template's empty starting rows are left out (they are in emptyRows). */
  dataRows: RecognisedRow[];
  /** The template's empty starting rows: not data, counted apart. */
  emptyRows: RecognisedRow[];
  /** Tables 1–7: one per data row. */
  activity: ActivityRowRead[];
  /** Table 8: the answers its rows give, the first per question (in every copy, so validation sees them). */
  answers: AnswerRead[];
  /** Table 8: rows whose question is unknown or already answered, a second wide row for a region. */
  problems: RowRejection[];
  /** Units of data in the copy: activity rows, or table 8 answers plus problems. */
  units: number;
}

export interface WorkbookRead {
  /** The sheets read: the validation report and a master's report sheets are left out. */
  grids: SheetGrid[];
  recognition: Recognition;
  info: WorkbookInfo | null;
  /** A consolidated master: every region's rows, no workbook region; each row is of its own region. */
  master: boolean;
  /**
   * The workbook's region: the information sheet's; else the one region its titles name ("Region
   * Gotland – redovisning 2023"); else the region most of its rows name (more than half); else the
   * one its file name names.
   */
  region: Region | null;
  regionFrom: "info" | "title" | "rows" | "file" | null;
  /**
   * Set when no region could be decided, or the information sheet contradicts every row (it names
   * one region, the rows only others): every unit is then rejected with this code, and the workbook
   * stands for no region (it can never replace another workbook of a region).
   */
  regionProblem: "several-regions" | "no-region" | "region-conflict" | null;
  /** Every region the rows name, for messages. */
  rowRegions: Region[];
  year: number | null;
  tables: TableRead[];
  /** The rows of tables 1–7 that are taken, in sheet order of the primary copies. */
  rows: ActivityRowRead[];
  /** Table 8's answers that are taken (primary copy), in question order. */
  answers: AnswerRead[];
  /** Every unit of data that is not taken, with its reason. */
  rejected: RowRejection[];
  /** Units read: taken + rejected (every copy, headerless sheets' rows included). */
  unitsRead: number;
  emptyTemplateRows: number;
  /** Non-empty sheets that are neither a table nor a sheet the product knows. */
  unreadSheets: string[];
  /** The copy of a table the report is read from. */
  primary(number: number): TableRead | undefined;
  /** The region a row is checked against: its own Region cell's, else the workbook's. */
  regionOf(row: RecognisedRow): Region | null;
}
