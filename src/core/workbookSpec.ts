import type { Grid } from "./grid";

/**
 * A workbook the product writes, described as plain data. The .xlsx writer and the
 * Office.js writer both render this one description, so a template made in Excel and
 * one made by the CLI are the same workbook.
 */
export interface ListValidationSpec {
  /** A1 range on the sheet that gets the dropdown, e.g. "A4:A203". */
  range: string;
  /** List source as a formula over another range, e.g. "=Listor!$A$2:$A$22". */
  source: string;
}

export interface TableSpec {
  /** Excel table (ListObject) name: letters, digits and _ only. */
  name: string;
  /** A1 range including the header row. */
  range: string;
}

export interface SheetSpec {
  name: string;
  hidden: boolean;
  /** Cell values from A1. Text is always written as text, never as a formula. */
  values: Grid;
  /** Width per column in characters, from column A. */
  columnWidths: number[];
  /** 1-based rows shown as titles (bold, larger). */
  titleRows: number[];
  /** 1-based row holding column headings (bold, wrapped), 0 for none. */
  headerRow: number;
  /** Rows above this line stay visible when scrolling (0 for none). */
  frozenRows: number;
  /** Ranges whose cells wrap text and are formatted as text (so "=x" stays text). */
  textRanges: string[];
  tables: TableSpec[];
  validations: ListValidationSpec[];
  /** 1-based columns hidden by default (the master's lineage columns): never dropped, only out of sight. */
  hiddenColumns?: number[];
  /** Charts over ranges of this sheet (the master's goal coverage). */
  charts?: ChartSpec[];
  /** How the sheet prints (src/core/printLayout.ts sets it for every visible sheet). */
  print?: PrintSetup;
  /** Row heights in points by 1-based row, for rows whose wrapped text needs more than one line. */
  rowHeights?: Record<number, number>;
  /** Data bars over ranges of numbers (the master's goal coverage): a picture of the counts in the .xlsx file too. */
  dataBars?: DataBarSpec[];
}

/** A sheet's print settings, as both writers set them (Office.js: ExcelApi 1.9). Absent: Excel's defaults. */
export interface PrintSetup {
  orientation?: "portrait" | "landscape";
  paperSize?: "A4" | "A3";
  /** Fit the printed columns to this many pages wide (1: every column on one page), as many tall as needed. */
  fitToWidth?: number;
  /** Rows repeated at the top of every printed page, e.g. "3:3" (the heading row). */
  titleRows?: string;
  /** Columns repeated at the left of every printed page, e.g. "A:B", for a sheet more than one page wide. */
  titleColumns?: string;
  /** Margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Footer texts with Excel's codes (&A the sheet's name, &P the page, &N the pages). */
  footer?: { left?: string; center?: string; right?: string };
}

export interface DataBarSpec {
  /** A1 range of one column or block of numbers; each range is scaled on its own (0 to its largest value). */
  range: string;
  /** Bar colour, "#RRGGBB". */
  color: string;
}

export interface ChartSpec {
  type: "bar";
  title: string;
  /** A1 range on this sheet: the first column holds the categories, the others the series. */
  dataRange: string;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
}

export function sheetSpec(name: string, fields: Partial<Omit<SheetSpec, "name">>): SheetSpec {
  return {
    name,
    hidden: false,
    values: [],
    columnWidths: [],
    titleRows: [],
    headerRow: 0,
    frozenRows: 0,
    textRanges: [],
    tables: [],
    validations: [],
    ...fields,
  };
}
