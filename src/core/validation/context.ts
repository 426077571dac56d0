import { cellAddress, cellText, type SheetGrid } from "../grid";
import { isNoActivitiesText, type TableRead, type WorkbookRead } from "../read";
import { normalizeText, type Recognition, type RecognisedRow, type RecognisedTable } from "../recognise";
import { normalizeRegion, type Region } from "../regions";
import type { ExtensionIssue, Reference, Taxonomy } from "../taxonomy";
import { columnName } from "../tables";
import { INFO_LABELS } from "../template";
import { type ReferenceMemo, referenceMemo } from "./references";
import type { Location } from "./types";

/**
 * What every rule sees: the workbook as the reader read it (src/core/read: which copy counts, which
 * rows are data, which question a row answers, which region), the taxonomy, and helpers that turn a
 * table, row and field into a finding's position. Built once per workbook; rules only read it.
 */
export interface ValidationContext {
  grids: SheetGrid[];
  read: WorkbookRead;
  recognition: Recognition;
  /** The taxonomy the goal rules use: the one given, extended by the workbook's "Mål" sheet. */
  taxonomy: Taxonomy;
  /** The workbook's "Mål" sheet, when it has one that could not be read. */
  goalSheet?: { name: string; issues: ExtensionIssue[] };
  /** A consolidated master: no information sheet, every region's rows, lineage columns. */
  master: boolean;
  /** The region named on the information sheet, when it names one of the 21. */
  infoRegion: Region | null;
  /** Tables whose rows are checked: every visible copy, and the copy the report is read from. */
  checkedTables: RecognisedTable[];
  /** The reader's view of a recognised table (its data rows, table 8's answers and problems). */
  tableRead(table: RecognisedTable): TableRead;
  /** Rows of a table that carry data (the template's empty starting row does not): the reader's. */
  dataRows(table: RecognisedTable): RecognisedRow[];
  /** The references in a row's Mål cell, recognised for the row's own region (computed once). */
  referencesOf(table: RecognisedTable, row: RecognisedRow): Reference[];
  /** The references in any text, recognised for a region (computed once per region and text). */
  referencesIn(text: string, region: Region | null): Reference[];
  /** The region a row is checked against: its own Region cell, else the workbook's (the reader's decision). */
  regionOf(row: RecognisedRow): Region | null;
  /** Position of a field's cell in a row, or of the row's first cell when field is omitted. */
  at(table: RecognisedTable, row: RecognisedRow | number, field?: string): Location;
  /** Position of a label's value on the information sheet ("Mallversion" → B7). */
  infoAt(field: keyof typeof INFO_LABELS): Location;
}

/** A row's activity as normalised, kept with the text it was made from (a row is not expected to change, but may). */
const activities = new WeakMap<RecognisedRow, { text: string; normalized: string }>();

/**
 * normalizeText of a row's Aktivitet cell, worked out once per row: several rules ask for every row
 * (whether it is the template's placeholder, the duplicates rule's first key).
 */
export function normalizedActivity(row: RecognisedRow): string {
  const text = row.values.activity ?? "";
  const known = activities.get(row);
  if (known && known.text === text) return known.normalized;
  const normalized = normalizeText(text);
  activities.set(row, { text, normalized });
  return normalized;
}

export function isPlaceholder(row: RecognisedRow): boolean {
  return isNoActivitiesText(row.values.activity ?? "", () => normalizedActivity(row));
}

/** "Mål\nVilket eller vilka …" → "Mål": what a person calls the column. */
export function headerName(table: RecognisedTable, field: string): string | undefined {
  const column = table.defined.find((c) => c.key === field);
  return column ? columnName(column) : undefined;
}

export function buildContext(read: WorkbookRead, taxonomy: Taxonomy, goalSheet?: ValidationContext["goalSheet"], memo?: ReferenceMemo): ValidationContext {
  const { recognition, grids } = read;
  const infoRegion = normalizeRegion(recognition.info?.fields.region ?? "");
  const readOf = new Map(read.tables.map((t) => [t.table, t]));
  const checkedTables = read.tables.filter((t) => !t.table.hidden || t.primary).map((t) => t.table);
  // Recognised once per region and text: a memo handed over for this very taxonomy, else one of our own.
  const references = memo && memo.taxonomy === taxonomy ? memo : referenceMemo(taxonomy);

  const at = (table: RecognisedTable, row: RecognisedRow | number, field?: string): Location => {
    const sheetRow = typeof row === "number" ? row : row.sheetRow;
    // A table always has a column (a vertical table 8: the one its questions stand in); A, should one have none.
    const firstColumn = Object.keys(table.columns).length ? Math.min(...Object.values(table.columns)) : 0;
    const index = field !== undefined && field in table.columns ? table.columns[field] : firstColumn;
    // A row-level finding names the column of the cell it points at, so every finding has one.
    const named = field ?? Object.keys(table.columns).find((key) => table.columns[key] === firstColumn);
    return {
      sheet: table.sheet,
      table: table.def.number,
      row: sheetRow,
      cell: cellAddress(sheetRow, index + 1),
      column: named ? headerName(table, named) : undefined,
    };
  };

  const infoAt = (field: keyof typeof INFO_LABELS): Location => {
    const sheet = recognition.info?.sheet;
    const grid = grids.find((g) => g.name === sheet);
    if (!sheet || !grid) return {};
    const label = normalizeText(INFO_LABELS[field]);
    const r = grid.values.findIndex((row) => normalizeText(cellText(row[0])) === label);
    return r < 0 ? { sheet } : { sheet, row: r + 1, cell: cellAddress(r + 1, 2), column: INFO_LABELS[field] };
  };

  const tableRead = (table: RecognisedTable): TableRead => {
    const found = readOf.get(table);
    if (!found) throw new Error(`Tabellen på bladet ${table.sheet} är inte läst av läsaren.`);
    return found;
  };

  return {
    grids,
    read,
    recognition,
    taxonomy,
    goalSheet,
    master: read.master,
    infoRegion,
    checkedTables,
    tableRead,
    dataRows: (table) => tableRead(table).dataRows,
    referencesOf: (_table, row) => references.of(row.values.goals ?? "", read.regionOf(row)),
    referencesIn: (text, region) => references.of(text, region),
    regionOf: read.regionOf,
    at,
    infoAt,
  };
}
