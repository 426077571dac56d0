import { type Grid, cellAddress, parseRange, rangeAddress, trimGrid } from "./grid";
import type { ListValidationSpec, TableSpec, WorkbookSpec } from "./workbookSpec";

/**
 * What a workbook holds, as far as the product cares: sheet order and visibility,
 * cell values, dropdowns, Excel tables and frozen rows. The .xlsx reader and the
 * in-memory workbook both produce one, so two workbooks can be compared sheet for sheet.
 */
export interface SheetSnapshot {
  name: string;
  hidden: boolean;
  values: Grid;
  validations: ListValidationSpec[];
  tables: TableSpec[];
  frozenRows: number;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

/** "$D$6:$D$6" → "D6", "a3:e9" → "A3:E9". */
export function canonicalRange(address: string): string {
  const r = parseRange(address);
  return r.firstRow === r.lastRow && r.firstColumn === r.lastColumn
    ? cellAddress(r.firstRow, r.firstColumn)
    : rangeAddress(r.firstRow, r.firstColumn, r.lastRow, r.lastColumn);
}

function byRange<T extends { range: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.range.localeCompare(b.range));
}

/** Brings a snapshot into one canonical form: trimmed grids, sorted lists, "=" on list sources. */
export function normalizeSnapshot(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: snapshot.sheets.map((sheet) => ({
      name: sheet.name,
      hidden: sheet.hidden,
      values: trimGrid(sheet.values),
      validations: byRange(
        sheet.validations.map((v) => ({
          range: canonicalRange(v.range),
          source: v.source.startsWith("=") ? v.source : `=${v.source}`,
        }))
      ),
      tables: byRange(sheet.tables.map((t) => ({ name: t.name, range: canonicalRange(t.range) }))),
      frozenRows: sheet.frozenRows,
    })),
  };
}

/** The snapshot a correctly written workbook has. */
export function snapshotOfSpec(spec: WorkbookSpec): WorkbookSnapshot {
  return normalizeSnapshot({
    sheets: spec.sheets.map((sheet) => ({
      name: sheet.name,
      hidden: sheet.hidden,
      values: sheet.values,
      validations: sheet.validations,
      tables: sheet.tables,
      frozenRows: sheet.frozenRows,
    })),
  });
}
