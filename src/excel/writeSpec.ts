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

function writeSheet(sheet: Excel.Worksheet, spec: SheetSpec): void {
  spec.columnWidths.forEach((width, index) => {
    const column = columnLetter(index + 1);
    sheet.getRange(`${column}:${column}`).format.columnWidth = Math.round(width * POINTS_PER_CHARACTER);
  });
  for (const range of spec.textRanges) {
    const target = sheet.getRange(range);
    target.numberFormat = fill(range, "@");
    target.format.wrapText = true;
    target.format.verticalAlignment = "Top";
  }
  const values = rectangular(spec.values.map((row) => row.map((v) => v ?? "")));
  if (values.length && values[0].length) {
    const all = sheet.getRange(rangeAddress(1, 1, values.length, values[0].length));
    all.numberFormat = numberFormatsFor(values);
    all.values = values;
  }
  const width = Math.max(1, spec.columnWidths.length, ...spec.values.map((row) => row.length));
  for (const row of spec.titleRows) {
    const title = sheet.getRange(rangeAddress(row, 1, row, width));
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
  if (spec.frozenRows) sheet.freezePanes.freezeRows(spec.frozenRows);
  if (spec.hidden) sheet.visibility = "Hidden";
}

/**
 * Writes a workbook description into the open workbook in two syncs, whatever its size:
 * one to see which sheets exist, one for everything else. A sheet that exists is renamed
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
    spec.sheets.forEach((sheetSpec, i) => writeSheet(added[i], sheetSpec));
    const first = spec.sheets.find((s) => !s.hidden);
    if (first) worksheets.getItem(first.name).activate();
    await context.sync();
  });
}
