import { type Grid, rangeAddress, rectangular } from "../core/grid";
import { EXCEPTIONS_SHEET, exceptionsGrid, type FindingException, STAMP_SHEET, stampGrid, type ValidationStamp, type WorkbookSettings } from "../core/validation";
import { jsonBytes, RequestBudget } from "./payload";
import type { ExcelRun } from "./run";

/*
 * The product's own data in the open workbook: the accepted warnings and the validation stamp with
 * the workbook's settings, each on a very hidden sheet (Worksheet.visibility "VeryHidden", ExcelApi
 * 1.1: not listed under Unhide, so it is not edited by accident) that the .xlsx reader, and so the
 * CLI and consolidation, read like any other sheet. Every cell is text.
 */

/** Among loaded sheets (Excel's names ignore case). */
export function findSheet(sheets: readonly Excel.Worksheet[], name: string): Excel.Worksheet | undefined {
  return sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** Queues writing a data sheet's values, replacing what it held; `existing` is the sheet if the list loaded earlier has it. */
export async function queueDataSheet(context: Excel.RequestContext, name: string, grid: Grid, existing: Excel.Worksheet | undefined, budget: RequestBudget): Promise<void> {
  const values = rectangular(grid).map((row) => row.map((v) => (v === null ? "" : String(v))));
  const width = values[0]?.length ?? 0;
  const formats = values.map((row) => row.map(() => "@"));
  await budget.spend(jsonBytes(name) + jsonBytes(values) + jsonBytes(formats), 6);
  const sheet = existing ?? context.workbook.worksheets.add(name);
  if (existing) existing.getRange().clear();
  sheet.visibility = "VeryHidden";
  if (!width) return;
  const range = sheet.getRange(rangeAddress(1, 1, values.length, width));
  range.numberFormat = formats;
  range.values = values;
}

/** Writes one data sheet on its own: two syncs (is it there, then the values). */
async function writeDataSheet(run: ExcelRun, name: string, grid: Grid): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name).load("isNullObject,name");
    await context.sync();
    await queueDataSheet(context, name, grid, sheet.isNullObject ? undefined : sheet, new RequestBudget(context));
    await context.sync();
  });
}

/** The accepted warnings, all of them, replacing the sheet's rows: two syncs. */
export function writeExceptions(run: ExcelRun, exceptions: readonly FindingException[]): Promise<void> {
  return writeDataSheet(run, EXCEPTIONS_SHEET, exceptionsGrid(exceptions));
}

/** The stamp (kept as it was) and the settings: two syncs. */
export function writeStampSheet(run: ExcelRun, stamp: ValidationStamp | null, settings: WorkbookSettings): Promise<void> {
  return writeDataSheet(run, STAMP_SHEET, stampGrid(stamp, settings));
}
