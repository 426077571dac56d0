import { type Language, type ValidationResult, validateWorkbook } from "../core/validation";
import { loadConditionalFormats, loadCustomRules, planMarks, replaceMarks } from "./marks";
import { loadSheetList, loadUsedValues } from "./readSheets";
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
 * syncs whatever the workbook's size, the loads for the marks riding along with the read:
 *   1. the sheet list;
 *   2. every sheet's used values and its conditional formats' types;
 *   3. the custom conditional formats' formulas (to tell our marks from the user's);
 *   4. old marks deleted, new marks added, the report sheet written.
 */
export async function validateOpenWorkbook(run: ExcelRun, options: ValidateOpenWorkbookOptions = {}): Promise<ValidationResult> {
  return run(async (context) => {
    const sheets = loadSheetList(context);
    await context.sync();
    const grids = loadUsedValues(sheets.items);
    const formats = loadConditionalFormats(sheets.items);
    await context.sync();
    const result = validateWorkbook(grids(), { language: options.language });
    const rules = loadCustomRules(formats);
    await context.sync();
    replaceMarks(context.workbook.worksheets, rules, planMarks(result.findings, sheets.items.map((s) => s.name)));
    if (options.writeReport) queueReport(context, result.findings, findReportSheet(sheets.items), options.now ?? new Date());
    await context.sync();
    return result;
  });
}
