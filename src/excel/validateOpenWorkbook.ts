import { type Language, REPORT_SHEET, type ValidationResult, validateWorkbook } from "../core/validation";
import { type CustomRule, loadConditionalFormats, loadCustomRules, planMarks, replaceMarks } from "./marks";
import { RequestBudget } from "./payload";
import { loadSheetList, loadUsedAreas, readUsedValues } from "./readSheets";
import { findReportSheet, queueReport } from "./report";
import type { ExcelRun } from "./run";

export interface ValidateOpenWorkbookOptions {
  language?: Language;
  /** Also write or replace the "Valideringsrapport" sheet, in the same last sync (the ribbon). */
  writeReport?: boolean;
  /** The time in the report's title; now by default. */
  now?: Date;
}

/**
 * Validation of the open workbook, the same for the task pane and the ribbon: read every
 * sheet, validate, replace the marks on the cells (and, when asked, the report sheet). Four
 * syncs for a workbook of up to ~4 MB of values, one more per ~4 MB after that, the loads for
 * the marks riding along with the read:
 *   1. the sheet list;
 *   2. where every sheet's used values are, and its conditional formats' types;
 *   3. the values (as many syncs as the 5 MB response limit needs), the first with the custom
 *      conditional formats' formulas (to tell our marks from the user's);
 *   4. old marks deleted, new marks added, the report sheet written (split when the request
 *      would pass the limit).
 * The report sheet's own values are not read: validation ignores them.
 */
export async function validateOpenWorkbook(run: ExcelRun, options: ValidateOpenWorkbookOptions = {}): Promise<ValidationResult> {
  return run(async (context) => {
    const sheets = loadSheetList(context);
    await context.sync();
    const areas = loadUsedAreas(sheets.items);
    const formats = loadConditionalFormats(sheets.items);
    await context.sync();
    let rules: CustomRule[] = [];
    const grids = await readUsedValues(context, sheets.items, areas, {
      skip: (name) => name === REPORT_SHEET,
      alongWithFirst: () => (rules = loadCustomRules(formats)),
    });
    const result = validateWorkbook(grids, { language: options.language });
    const budget = new RequestBudget(context);
    await replaceMarks(context.workbook.worksheets, rules, planMarks(result.findings, sheets.items.map((s) => s.name)), budget);
    if (options.writeReport) await queueReport(context, result.findings, findReportSheet(sheets.items), options.now ?? new Date(), budget);
    await context.sync();
    return result;
  });
}
