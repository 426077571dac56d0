import { type CellValue, type Grid, rangeAddress } from "../grid";
import { LINEAGE_HEADERS } from "../sheets";
import { type ActivityTableDef, FORM_TABLE, QUESTIONS, TABLES, tableHeading } from "../tables";
import { formRow, HEADER_ROW } from "../template";
import { sheetSpec, type SheetSpec } from "../workbookSpec";
import { formatRows } from "./lineage";
import type { FormEntry, Lineage, MasterRow, MasterTables } from "./types";

/**
 * The master's table sheets: the template's title and headings (from tables.ts), the rows, and the
 * lineage columns after the table's own, hidden by default. Every cell is a string: input text is
 * never turned into a formula or a number.
 */

const LINEAGE_WIDTHS = [30, 16, 10];
const NOTE = "Sammanställning av regionernas redovisningar. Kolumnerna Källfil, Källblad och Källrad (dolda) visar varifrån varje rad kommer.";

/** Where the master's table sheets put their `index`th row (0-based, regions in publication order): its first cell. */
export function masterRowAddress(index: number): string {
  return `A${HEADER_ROW + 1 + index}`;
}

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

/** Table 8 as the template has it: one row per answer (Region, Fråga nr, Fråga, Ja/Nej, Svar), each with its lineage. */
function formSheet(entries: FormEntry[]): SheetSpec {
  const grid = entries.flatMap((entry) =>
    entry.answers.map((a): CellValue[] => {
      const question = QUESTIONS.find((q) => q.number === a.question)!;
      // Numbers as text too: the master's cells are all strings.
      return [...formRow({ region: entry.region, question: String(a.question), text: question.text, answer: a.answer, response: a.text }), ...lineageCells(a.lineage)];
    })
  );
  const def = FORM_TABLE;
  return tableSheet(def.sheetName, tableHeading(def), def.columns.map((c) => c.header), def.columns.map((c) => c.width), grid, def.excelTableName);
}

/** A sheet per table, in report order. */
export function masterTableSheets(master: MasterTables): SheetSpec[] {
  return TABLES.map((def) => (def.kind === "activity" ? activitySheet(def, master.activity[def.number]) : formSheet(master.form)));
}
