import { type CellValue, columnLetter, type Grid, parseRange, rangeAddress, rectangular } from "../core/grid";
import type { SheetSpec, WorkbookSpec } from "../core/workbookSpec";
import { type ExcelRun, POINTS_PER_CHARACTER } from "./run";

/** Names of the given sheets that already exist in the open workbook (one sync). */
export async function existingSheetNames(run: ExcelRun, names: string[]): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    return names.filter((name) => present.has(name.toLowerCase()));
  });
}

/** "@" for every text cell, so Excel keeps "=SUMMA(A1)" or "+46…" as the text it is. */
export function numberFormatsFor(values: Grid): string[][] {
  return values.map((row) => row.map((value: CellValue) => (typeof value === "string" ? "@" : "General")));
}

function fill(range: string, value: string): string[][] {
  const r = parseRange(range);
  return Array.from({ length: r.lastRow - r.firstRow + 1 }, () => new Array<string>(r.lastColumn - r.firstColumn + 1).fill(value));
}

/**
 * Excel on the web refuses a request over 5 MB. Values go out in chunks that keep each sync
 * under this many bytes of JSON, so the number of syncs grows with the data's size in
 * megabytes, never with its number of rows.
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** Queues operations and syncs only when the next one would take the request over budget. */
class RequestBudget {
  private spent = 0;
  constructor(private context: Excel.RequestContext) {}
  async spend(bytes: number): Promise<void> {
    if (this.spent > 0 && this.spent + bytes > REQUEST_BUDGET_BYTES) {
      await this.context.sync();
      this.spent = 0;
    }
    this.spent += bytes;
  }
}

/** Rows of a grid in runs whose values and number formats stay within half the budget each. */
function chunkRows(values: Grid): { start: number; rows: Grid }[] {
  const chunks: { start: number; rows: Grid }[] = [];
  let start = 0;
  let bytes = 0;
  values.forEach((row, i) => {
    const size = JSON.stringify(row).length * 2;
    if (i > start && bytes + size > REQUEST_BUDGET_BYTES / 2) {
      chunks.push({ start, rows: values.slice(start, i) });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (start < values.length) chunks.push({ start, rows: values.slice(start) });
  return chunks;
}

async function writeSheet(sheet: Excel.Worksheet, spec: SheetSpec, budget: RequestBudget): Promise<void> {
  spec.columnWidths.forEach((width, index) => {
    const column = columnLetter(index + 1);
    sheet.getRange(`${column}:${column}`).format.columnWidth = Math.round(width * POINTS_PER_CHARACTER);
  });
  for (const hidden of spec.hiddenColumns ?? []) {
    const column = columnLetter(hidden);
    sheet.getRange(`${column}:${column}`).columnHidden = true;
  }
  for (const range of spec.textRanges) {
    const target = sheet.getRange(range);
    const r = parseRange(range);
    await budget.spend((r.lastRow - r.firstRow + 1) * (r.lastColumn - r.firstColumn + 1) * 6);
    target.numberFormat = fill(range, "@");
    target.format.wrapText = true;
    target.format.verticalAlignment = "Top";
  }
  const values = rectangular(spec.values.map((row) => row.map((v) => v ?? "")));
  const width = values[0]?.length ?? 0;
  for (const chunk of width ? chunkRows(values) : []) {
    await budget.spend(JSON.stringify(chunk.rows).length * 2);
    const target = sheet.getRange(rangeAddress(chunk.start + 1, 1, chunk.start + chunk.rows.length, width));
    target.numberFormat = numberFormatsFor(chunk.rows);
    target.values = chunk.rows;
  }
  const titleWidth = Math.max(1, spec.columnWidths.length, width);
  for (const row of spec.titleRows) {
    const title = sheet.getRange(rangeAddress(row, 1, row, titleWidth));
    title.format.font.bold = true;
    title.format.font.size = 14;
  }
  if (spec.headerRow) {
    const header = sheet.getRange(rangeAddress(spec.headerRow, 1, spec.headerRow, Math.max(1, spec.values[spec.headerRow - 1]?.length ?? 1)));
    header.format.font.bold = true;
    header.format.wrapText = true;
    header.format.fill.color = "#DDEBF7";
  }
  for (const table of spec.tables) {
    const added = sheet.tables.add(`${table.range}`, true);
    added.name = table.name;
    added.style = "TableStyleLight9";
  }
  for (const validation of spec.validations) {
    sheet.getRange(validation.range).dataValidation.rule = { list: { inCellDropDown: true, source: validation.source } };
  }
  for (const chart of spec.charts ?? []) {
    const added = sheet.charts.add("BarClustered", sheet.getRange(chart.dataRange), "Columns");
    added.title.text = chart.title;
  }
  if (spec.frozenRows) sheet.freezePanes.freezeRows(spec.frozenRows);
  if (spec.hidden) sheet.visibility = "Hidden";
}

/**
 * Writes a workbook description into the open workbook in two syncs, whatever its number of
 * rows (plus one per 4 MB of data, see REQUEST_BUDGET_BYTES): one to see which sheets exist,
 * one for everything else. A sheet that exists is renamed
 * aside, its replacement written, and the old one deleted last (Excel will not delete a
 * workbook's last visible sheet); pass `replaceExisting` only after the user has agreed.
 */
export async function writeWorkbookSpec(run: ExcelRun, spec: WorkbookSpec, options: { replaceExisting: boolean }): Promise<void> {
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const existing = spec.sheets.map((s) => worksheets.getItemOrNullObject(s.name).load("isNullObject"));
    await context.sync();
    const replaced = existing.filter((sheet) => !sheet.isNullObject);
    if (replaced.length && !options.replaceExisting) {
      const names = spec.sheets.filter((_, i) => !existing[i].isNullObject).map((s) => s.name);
      throw new Error(`Bladen finns redan: ${names.join(", ")}. Välj att ersätta dem eller byt namn på dem först.`);
    }
    replaced.forEach((sheet, i) => (sheet.name = `~ersätts ${i + 1}`));
    const added = spec.sheets.map((sheetSpec) => worksheets.add(sheetSpec.name));
    // The old sheets go before the new ones are filled: their table names must be free again.
    replaced.forEach((sheet) => sheet.delete());
    const budget = new RequestBudget(context);
    for (const [i, sheetSpec] of spec.sheets.entries()) await writeSheet(added[i], sheetSpec, budget);
    const first = spec.sheets.find((s) => !s.hidden);
    if (first) worksheets.getItem(first.name).activate();
    await context.sync();
  });
}
