import { type CellValue, columnLetter, type Grid, parseRange, rangeAddress, rectangular } from "../core/grid";
import type { SheetSpec, WorkbookSpec } from "../core/workbookSpec";
import { writePrintLayout } from "./pageLayout";
import { addDataBars } from "./dataBars";
import { jsonBytes, PAYLOAD_BUDGET_BYTES, RequestBudget } from "./payload";
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
 * Rows of a grid in runs whose values (and their number formats, which are smaller) stay within
 * half the request budget each, so values and formats of a run fit one sync together.
 */
export function chunkRows(values: Grid, budget = PAYLOAD_BUDGET_BYTES): { start: number; rows: Grid }[] {
  const chunks: { start: number; rows: Grid }[] = [];
  let start = 0;
  let bytes = 0;
  values.forEach((row, i) => {
    const size = jsonBytes(row) + 1;
    if (i > start && bytes + size > budget / 2) {
      chunks.push({ start, rows: values.slice(start, i) });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (start < values.length) chunks.push({ start, rows: values.slice(start) });
  return chunks;
}

async function writeSheet(sheet: Excel.Worksheet, spec: SheetSpec, budget: RequestBudget, partBytes: number): Promise<void> {
  await budget.spend(0, 2 * (spec.columnWidths.length + (spec.hiddenColumns?.length ?? 0)));
  spec.columnWidths.forEach((width, index) => {
    const column = columnLetter(index + 1);
    sheet.getRange(`${column}:${column}`).format.columnWidth = Math.round(width * POINTS_PER_CHARACTER);
  });
  for (const hidden of spec.hiddenColumns ?? []) {
    const column = columnLetter(hidden);
    sheet.getRange(`${column}:${column}`).columnHidden = true;
  }
  for (const range of spec.textRanges) {
    const formats = fill(range, "@");
    await budget.spend(jsonBytes(formats), 4);
    const target = sheet.getRange(range);
    target.numberFormat = formats;
    target.format.wrapText = true;
    target.format.verticalAlignment = "Top";
  }
  const values = rectangular(spec.values.map((row) => row.map((v) => v ?? "")));
  const width = values[0]?.length ?? 0;
  for (const chunk of width ? chunkRows(values, partBytes) : []) {
    const formats = numberFormatsFor(chunk.rows);
    await budget.spend(jsonBytes(chunk.rows) + jsonBytes(formats), 3);
    const target = sheet.getRange(rangeAddress(chunk.start + 1, 1, chunk.start + chunk.rows.length, width));
    target.numberFormat = formats;
    target.values = chunk.rows;
  }
  await budget.spend(jsonBytes(spec.validations) + jsonBytes(spec.tables) + jsonBytes(spec.charts ?? []), 3 * spec.titleRows.length + 4 + 3 * spec.tables.length + 2 * spec.validations.length + 3 * (spec.charts?.length ?? 0) + 2);
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
  await addDataBars(sheet, spec.dataBars, budget);
  if (spec.frozenRows) sheet.freezePanes.freezeRows(spec.frozenRows);
  if (spec.hidden) sheet.visibility = "Hidden";
  await writePrintLayout(sheet, spec, budget);
}

/**
 * Writes a workbook description into the open workbook in two syncs, whatever its number of
 * rows (plus one per ~4 MB of data, see payload.ts): one to see which sheets exist,
 * one for everything else. A sheet that exists is renamed
 * aside, its replacement written, and the old one deleted last (Excel will not delete a
 * workbook's last visible sheet); pass `replaceExisting` only after the user has agreed.
 */
export interface WriteOptions {
  replaceExisting: boolean;
  /**
   * Called with sheets written so far and the total, after each sheet; the writer then yields to the
   * event loop (and after every sync), so the pane answers a click while a large master is written.
   */
  onProgress?: (done: number, total: number) => void;
  /** A smaller request budget than PAYLOAD_BUDGET_BYTES: more, shorter parts. */
  partBytes?: number;
}

const yieldNow = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function writeWorkbookSpec(run: ExcelRun, spec: WorkbookSpec, options: WriteOptions): Promise<void> {
  const progress = options.onProgress;
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const existing = spec.sheets.map((s) => worksheets.getItemOrNullObject(s.name).load("isNullObject"));
    await context.sync();
    const replaced = existing.filter((sheet) => !sheet.isNullObject);
    if (replaced.length && !options.replaceExisting) {
      const names = spec.sheets.filter((_, i) => !existing[i].isNullObject).map((s) => s.name);
      throw new Error(`Bladen finns redan: ${names.join(", ")}. Välj att ersätta dem eller byt namn på dem först.`);
    }
    const budget = new RequestBudget(context, options.partBytes ?? PAYLOAD_BUDGET_BYTES, progress ? yieldNow : undefined);
    await budget.spend(jsonBytes(spec.sheets.map((s) => s.name)) * 2, 2 * replaced.length + spec.sheets.length + 1);
    replaced.forEach((sheet, i) => (sheet.name = `~ersätts ${i + 1}`));
    const added = spec.sheets.map((sheetSpec) => worksheets.add(sheetSpec.name));
    // The old sheets go before the new ones are filled: their table names must be free again.
    replaced.forEach((sheet) => sheet.delete());
    for (const [i, sheetSpec] of spec.sheets.entries()) {
      await writeSheet(added[i], sheetSpec, budget, options.partBytes ?? PAYLOAD_BUDGET_BYTES);
      if (progress) {
        progress(i + 1, spec.sheets.length);
        await yieldNow();
      }
    }
    const first = spec.sheets.find((s) => !s.hidden);
    if (first) worksheets.getItem(first.name).activate();
    await context.sync();
  });
}
