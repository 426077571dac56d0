import { type CellValue, type Grid, rangeAddress } from "../grid";
import { WIDE_FORM_COLUMNS } from "../recognise";
import { ACTIVITY_TABLES, type ActivityTableDef, FORM_TABLE, tableHeading } from "../tables";
import { HEADER_ROW } from "../template";
import { sheetSpec, type SheetSpec } from "../workbookSpec";
import { formatRows } from "./lineage";
import { LINEAGE_HEADERS } from "./names";
import type { FormEntry, Lineage, MasterRow, MasterTables } from "./types";

/**
 * The master's table sheets: the template's title and headings (from tables.ts), the rows, and the
 * lineage columns after the table's own, hidden by default. Every cell is a string: input text is
 * never turned into a formula or a number.
 */

const LINEAGE_WIDTHS = [30, 16, 10];
const NOTE = "Sammanställning av regionernas redovisningar. Kolumnerna Källfil, Källblad och Källrad (dolda) visar varifrån varje rad kommer.";

function lineageCells(lineage: Lineage): string[] {
  return [lineage.file, lineage.sheet, formatRows(lineage)];
}

function tableSheet(name: string, heading: string, headers: string[], widths: number[], rows: Grid, excelTableName: string): SheetSpec {
  const width = headers.length + LINEAGE_HEADERS.length;
  const lastRow = HEADER_ROW + rows.length;
  return sheetSpec(name, {
    values: [[heading], [NOTE], [...headers, ...LINEAGE_HEADERS], ...rows],
    columnWidths: [...widths, ...LINEAGE_WIDTHS],
    titleRows: [1],
    headerRow: HEADER_ROW,
    frozenRows: HEADER_ROW,
    textRanges: rows.length ? [rangeAddress(HEADER_ROW + 1, 1, lastRow, width)] : [],
    // An Excel table needs a data row; an empty master table is the heading row alone.
    tables: rows.length ? [{ name: excelTableName, range: rangeAddress(HEADER_ROW, 1, lastRow, width) }] : [],
    hiddenColumns: LINEAGE_HEADERS.map((_, i) => headers.length + i + 1),
  });
}

function activitySheet(def: ActivityTableDef, rows: MasterRow[]): SheetSpec {
  const grid = rows.map((r): CellValue[] => [...def.columns.map((c) => r.values[c.key]), ...lineageCells(r.lineage)]);
  return tableSheet(def.sheetName, tableHeading(def), def.columns.map((c) => c.header), def.columns.map((c) => c.width), grid, def.excelTableName);
}

/** Table 8, one row per region: a column per question, the Ja/Nej of questions 3–5 in their own columns. */
function formSheet(entries: FormEntry[]): SheetSpec {
  const grid = entries.map((entry): CellValue[] => [
    ...WIDE_FORM_COLUMNS.map((c) => {
      if (c.key === "region") return entry.region;
      const yesNo = /^answer(\d)$/.exec(c.key);
      const number = Number(yesNo ? yesNo[1] : c.key.slice(1));
      const answer = entry.answers.find((a) => a.question === number);
      return (yesNo ? answer?.answer : answer?.text) ?? "";
    }),
    ...lineageCells(entry.lineage),
  ]);
  return tableSheet(
    FORM_TABLE.sheetName,
    tableHeading(FORM_TABLE),
    WIDE_FORM_COLUMNS.map((c) => c.header),
    WIDE_FORM_COLUMNS.map((c) => c.width),
    grid,
    FORM_TABLE.excelTableName
  );
}

export function masterTableSheets(master: MasterTables): SheetSpec[] {
  return [...ACTIVITY_TABLES.map((def) => activitySheet(def, master.activity[def.number])), formSheet(master.form)];
}
