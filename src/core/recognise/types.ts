import type { INFO_LABELS } from "../template";
import type { ColumnDef, TableDef, TableNumber } from "../tables";

export interface RecognisedRow {
  /** 1-based row number in the sheet (a vertical table 8: the question's row). */
  sheetRow: number;
  /** Cell text per field of the table; "" where the column is missing or empty. */
  values: Record<string, string>;
  /** Non-empty cells in columns the table does not define, by header text. */
  extra: Record<string, string>;
  /** Every sheet row the row was read from, when more than its own (a vertical table 8's answer lines). */
  rows?: number[];
}

/**
 * "rows": the template's layout (tables 1–7, and table 8 with one row per question, by number or text).
 * "wide": table 8 with one row per region and a column per question (WIDE_FORM_COLUMNS).
 * "vertical": table 8 as the compilation prints it, a question's text and its answer in the rows below.
 */
export type TableShape = "rows" | "wide" | "vertical";

/** How the table's number was found: a title row above its header, the sheet's name, or the coordinator's mapping. */
export type IdentifiedBy = "title" | "name" | "mapping";

export interface RecognisedTable {
  def: TableDef;
  sheet: string;
  hidden: boolean;
  shape: TableShape;
  identifiedBy: IdentifiedBy;
  /** 1-based row number of the header row (its last row when the header spans two). */
  headerRow: number;
  /** 1-based row of the title that named the table, when a title did. */
  titleRow?: number;
  /** Text of the rows above the header (the title, instructions): where a region may name itself. */
  preamble: string[];
  /** 0-based column index per field found in the header. */
  columns: Record<string, number>;
  /** The columns the shape defines (the table's own, or WIDE_FORM_COLUMNS). */
  defined: readonly ColumnDef[];
  missingColumns: ColumnDef[];
  rows: RecognisedRow[];
}

export interface WorkbookInfo {
  sheet: string;
  fields: Partial<Record<keyof typeof INFO_LABELS, string>>;
}

/** The coordinator's word for a sheet the recogniser could not place: which table, and (optionally) where its header is and which column is which. */
export interface SheetMapping {
  /** The workbook's file name as consolidation names it; absent: any workbook with this sheet. */
  file?: string;
  sheet: string;
  table: number;
  /** 1-based header row; absent: found as usual. */
  headerRow?: number;
  /** Field → column letter ("activity": "B"); absent: found from the header. */
  columns?: Record<string, string>;
}

export interface Recognition {
  info: WorkbookInfo | null;
  tables: RecognisedTable[];
  /** Sheets that look like a report table (by name or title) but whose header row was not found. */
  headerless: { sheet: string; table: TableNumber }[];
  /**
   * Tables with a header row whose sheet says neither by name nor by title which table they hold
   * (tables 1–7 share one header). Their rows are not guessed at: the reader rejects them, and the
   * coordinator can map the sheet to a table.
   */
  unplaced: UnplacedTable[];
}

export interface UnplacedTable {
  sheet: string;
  hidden: boolean;
  /** Which layout the header row has: that of tables 1–7, or table 8's. */
  kind: "activity" | "form";
  /** 1-based row number of the header row. */
  headerRow: number;
  /** 1-based last row of the block (the row before the next table's title or header). */
  lastRow: number;
}
