import type { SheetGrid } from "../grid";
import type { Region } from "../regions";
import type { ReadCode } from "../read";
import type { SheetMapping } from "../recognise";
import type { QuestionNumber } from "../recognise";
import type { ActivityTableNumber, ActivityValues, TableNumber } from "../tables";
import type { Taxonomy } from "../taxonomy";
import type { Severity, StampStatus } from "../validation";
import type { WorkbookSpec } from "../workbookSpec";

/** One regional workbook as the adapters hand it over: its sheets' grids, or why it could not be read. */
export type ConsolidationInput =
  | {
      file: string;
      grids: SheetGrid[];
      /** ISO time the file was last modified. */
      fileDate?: string;
      /** Cells whose text had characters a workbook cannot hold, replaced by the reader with a visible marker. */
      replacements?: readonly CharacterReplacement[];
      /**
       * Reads the same grids again (from the file's bytes). Given, the read keeps no grid: the cells of
       * a row that must go to Avvisat after all (its file superseded) are read again when asked.
       */
      regrid?: () => SheetGrid[];
    }
  | {
      file: string;
      /** Why the file could not be read, in the reader's words (Swedish). */
      error: string;
      /** The same reason in English, where the reader gives one (the English notes say it). */
      errorEnglish?: string;
      /** What kind of file it was, when the reader could tell (encrypted, xls, ods, not-zip, damaged …). */
      errorKind?: string;
    };

/** A cell whose text had characters XML cannot carry (U+FFFE, lone surrogates, control characters). */
export interface CharacterReplacement {
  sheet: string;
  cell: string;
  /** "U+FFFE", in order of appearance. */
  characters: string[];
}

export interface ConsolidationOptions {
  /** An earlier master's grids: regions without a new workbook keep their rows from it. */
  previous?: SheetGrid[];
  /** The file to use for a region that sent more than one workbook (the coordinator's choice). */
  choices?: Partial<Record<Region, string>>;
  /** Defaults to the bundled taxonomy. */
  taxonomy?: Taxonomy;
  /** ISO date shown on "Sammanställning"; nothing time-dependent is written without it. */
  runDate?: string;
  /** Run the validation rules on every workbook for the board's finding counts (default true). */
  validate?: boolean;
  /** The coordinator's mappings of sheets to tables; the previous master's are used too, these win. */
  mappings?: readonly SheetMapping[];
}

/** Where a master row came from. Rows kept from a previous master keep their original lineage. */
export interface Lineage {
  file: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** Read from an older master whose table 8 merged a region's question rows into one row ("4–9"): every source row. */
  rows?: number[];
}

export interface MasterRow {
  table: ActivityTableNumber;
  region: Region;
  /** Cell text per column of tables 1–7 (tables.ts); region is the region's short name. */
  values: ActivityValues;
  lineage: Lineage;
  /** "file" when read from a workbook of this run, "previous" when kept from the previous master. */
  from: "file" | "previous";
}

export interface FormEntryAnswer {
  question: QuestionNumber;
  text: string;
  /** Ja/Nej (as written) where given, else "". */
  answer: string;
  /** The row (a question row, or a wide row) the answer was read from. */
  lineage: Lineage;
}

/** Table 8 for one region: one entry per region, one answer per question (a row of the master's Tabell 8 each). */
export interface FormEntry {
  region: Region;
  answers: FormEntryAnswer[];
  from: "file" | "previous";
}

export interface MasterTables {
  /** Tables 1–7 by number (every activity table of tables.ts): regions in publication order, each region's rows in its own order. */
  activity: Record<number, MasterRow[]>;
  /** Table 8: at most one entry per region, in publication order, its answers in question order. */
  form: FormEntry[];
}

/** Why a unit is not in the master: the reader's codes (src/core/read), or superseded by another workbook of the region. */
export type RejectCode = ReadCode | "superseded";

/** Values the reason's message is made from, in any language (the code says which message). */
export type ReasonParams = Record<string, string | number>;

/** A data row that is not in the master, and why. */
export interface RejectedRow {
  file: string;
  sheet: string;
  row: number;
  /** Every sheet row of the unit when more than one (a vertical table 8's answer lines). */
  rows?: number[];
  /** The table's number; 0 for a sheet of tables 1–7 that does not say which (code "table-unknown"). */
  table: number;
  /** A wide table 8 row: the question whose answer this is (each is a unit of its own). */
  question?: QuestionNumber;
  /** The region the row names, else the workbook's, else "". */
  region: string;
  code: RejectCode;
  params: ReasonParams;
  /** Why, in Swedish, for the coordinator. */
  reason: string;
  /** The sheet row's cells as text, from column A, trailing blanks cut. */
  cells: string[];
}

/** Text in a column the table does not define, on a row that was taken: kept here, shown on "Avvisat". */
export interface ExtraCell {
  file: string;
  sheet: string;
  row: number;
  /** A1 address of the cell. */
  cell: string;
  table: TableNumber;
  region: string;
  header: string;
  text: string;
}

export type FileStatus = "used" | "superseded" | "unreadable" | "empty" | "no-tables" | "several-regions" | "no-region" | "region-conflict";

export interface FileReport {
  file: string;
  region: Region | null;
  status: FileStatus;
  /** Information sheet's "Skapad" and the file date, as given. */
  created?: string;
  fileDate?: string;
  /** Units of data read: rows of tables 1–7 and table 8's answers (all copies), the template's empty rows excluded. */
  rowsRead: number;
  rowsInMaster: number;
  rowsRejected: number;
  /** Rows in which only the region is filled in: the template's starting row, not data. */
  emptyTemplateRows: number;
  findings: Record<Severity, number>;
  /** What happened to the file and why, as codes (render with consolidationText(lang).note). */
  notes: FileNote[];
  /** The notes in Swedish, for the coordinator and the master's sheets. */
  messages: string[];
}

/** What consolidation says about a file, as a code and the values its text is made from (messages/). */
export type NoteCode =
  | "unreadable" | "empty" | "replaced" | "no-tables" | "region-from-rows" | "region-from-title" | "region-from-file"
  | "several-regions" | "no-region" | "region-conflict" | "duplicate-table" | "extra-cells" | "wide-form"
  | "header-not-found" | "table-unknown" | "sheet-not-read" | "superseded-file" | "year-differs";

export interface FileNote {
  code: NoteCode;
  params: ReasonParams;
}

export interface BoardCell {
  table: TableNumber;
  /** Rows in the master (table 8: answers, a row each in the master's Tabell 8). */
  rows: number;
  findings: Record<Severity, number>;
  /** No rows for this table in the master. */
  missing: boolean;
}

export interface BoardRow {
  region: Region;
  received: boolean;
  /** The workbook used, or the previous master when the region's rows were kept from it. */
  source: "file" | "previous" | "none";
  file?: string;
  /** In report order (TABLES). */
  tables: BoardCell[];
  /** Findings of the used workbook that belong to no table (information sheet, template version). */
  workbookFindings: Record<Severity, number>;
  /** The used workbook's validation stamp: validated and unchanged since, changed since, or never validated. */
  stamp?: StampStatus;
}

export interface ReconciliationLine {
  source: string;
  rowsRead: number;
  rowsInMaster: number;
  rowsRejected: number;
  emptyTemplateRows: number;
  /** Previous master only: rows of regions that resubmitted, replaced by their new rows. */
  rowsReplaced?: number;
}

export interface Reconciliation {
  files: ReconciliationLine[];
  /** Rows kept from the previous master (read from it, all in the master). */
  previous?: ReconciliationLine;
  total: ReconciliationLine;
}

export interface DuplicateDecision {
  region: Region;
  files: string[];
  used: string;
  /** Swedish: why this one (consolidationText(lang).why renders it in any language). */
  why: string;
  /**
   * "ask": the dates are within DATES_APART_SECONDS of each other, so they are no reason; the first by
   * name is used so the run completes, but the coordinator must choose. "name": no dates to compare.
   */
  by: "choice" | "created" | "fileDate" | "name" | "ask";
  /** The deciding date in Swedish local time ("2024-03-01 11:00"), for "created" and "fileDate". */
  date?: string;
}

export interface CellChange {
  column: string;
  before: string;
  after: string;
}

export interface RowChange {
  region: Region;
  table: TableNumber;
  kind: "added" | "removed" | "changed";
  /** The activity (tables 1–7) or the question ("Fråga 3"). */
  label: string;
  /** Table 8: the question the row answers. */
  question?: QuestionNumber;
  before?: Lineage;
  after?: Lineage;
  cells: CellChange[];
}

export interface RegionChanges {
  region: Region;
  added: number;
  removed: number;
  changed: number;
  rows: RowChange[];
}

export interface ConsolidationResult {
  master: MasterTables;
  rejected: RejectedRow[];
  extraCells: ExtraCell[];
  files: FileReport[];
  board: BoardRow[];
  reconciliation: Reconciliation;
  missingRegions: Region[];
  duplicates: DuplicateDecision[];
  /** Only with a previous master: per region that sent a new workbook. */
  changes?: RegionChanges[];
  taxonomyVersion: string;
  /** The report year most of the workbooks used state (reportYear.ts), else the previous master's; on Sammanställning. */
  reportYear?: number;
  /** The mappings this run used (kept in the master's "Mappningar" sheet). */
  mappings: SheetMapping[];
  spec: WorkbookSpec;
}
