import type { INFO_LABELS } from "../template";
import type { ColumnDef, TableDef, TableNumber } from "../tables";

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
  shape: TableShape;
  /** 1-based row number of the header row. */
  headerRow: number;
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

export interface Recognition {
  info: WorkbookInfo | null;
  tables: RecognisedTable[];
  /** Sheets that look like a report table (by name or title) but whose header row was not found. */
  headerless: { sheet: string; table: TableNumber }[];
  /**
   * Sheets with a table's header row that say neither by name nor by title which table they hold
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
}
