import type { SheetGrid } from "../core/grid";
import { type Language, makeStamp, REPORT_SHEET, STAMP_SHEET, stampGrid, type ValidationOptions, type ValidationResult, type ValidationStamp, validateWorkbook } from "../core/validation";
import { type CustomRule, loadConditionalFormats, loadCustomRules, type PlacedMark, planMarks, replaceMarks } from "./marks";
import { RequestBudget } from "./payload";
import { findSheet, queueDataSheet } from "./productSheets";
import { loadUsedAreas, readUsedValues } from "./readSheets";
import { findReportSheet, queueReport } from "./report";
import type { ExcelRun } from "./run";

export interface ValidateOpenWorkbookOptions {
  language?: Language;
  /** Also write or replace the "Valideringsrapport" sheet, in the same last sync (the ribbon). */
  writeReport?: boolean;
  /** Write the validation stamp (default): rules and taxonomy versions, date, counts, fingerprint. */
  stamp?: boolean;
  /** The time in the report's title and the stamp; now by default. */
  now?: Date;
  /** Load the new marks' ids, so validation as you type can update them (default); the ribbon does not need them. */
  markIds?: boolean;
  /** Recognised goal references to reuse (validation as you type keeps one per session). */
  references?: ValidationOptions["references"];
}

/** What a validation of the open workbook gives besides the result: what validation as you type continues from. */
export interface ValidatedWorkbook extends ValidationResult {
  /** The grids validated (the report sheet's values left out). */
  grids: SheetGrid[];
  /** The marks placed, with their conditional formats' ids. */
  marks: PlacedMark[];
  /** Worksheet id → name, as the sheet list said (events name their sheet by id). */
  sheetIds: Map<string, string>;
  /** The stamp written (null when not asked for). */
  stamp: ValidationStamp | null;
}

/**
 * Validation of the open workbook, the same for the task pane and the ribbon: read every
 * sheet, validate, replace the marks on the cells, write the stamp (and, when asked, the report
 * sheet). Four syncs for a workbook of up to ~4 MB of values, one more per ~4 MB after that, the
 * loads for the marks riding along with the read:
 *   1. the sheet list;
 *   2. where every sheet's used values are, and its conditional formats' types;
 *   3. the values (as many syncs as the 5 MB response limit needs), the first with the custom
 *      conditional formats' formulas (to tell our marks from the user's);
 *   4. old marks deleted, new marks added (their ids loaded), the stamp sheet and the report sheet
 *      written (split when the request would pass the limit).
 * The report sheet's own values are not read: validation ignores them.
 */
export async function validateOpenWorkbook(run: ExcelRun, options: ValidateOpenWorkbookOptions = {}): Promise<ValidatedWorkbook> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/id,items/name,items/visibility");
    await context.sync();
    const areas = loadUsedAreas(sheets.items);
    const formats = loadConditionalFormats(sheets.items);
    await context.sync();
    let rules: CustomRule[] = [];
    const grids = await readUsedValues(context, sheets.items, areas, {
      skip: (name) => name === REPORT_SHEET,
      alongWithFirst: () => (rules = loadCustomRules(formats)),
    });
    const result = validateWorkbook(grids, { language: options.language, references: options.references });
    const budget = new RequestBudget(context);
    const now = options.now ?? new Date();
    const { added } = await replaceMarks(context.workbook.worksheets, rules, planMarks(result.findings, sheets.items.map((s) => s.name)), budget, options.markIds ?? true);
    const stamp = options.stamp ?? true ? makeStamp(result, now) : null;
    const stampValues = stamp ? stampGrid(stamp, result.settings) : null;
    if (stampValues) await queueDataSheet(context, STAMP_SHEET, stampValues, findSheet(sheets.items, STAMP_SHEET), budget);
    if (options.writeReport) await queueReport(context, result.findings, findReportSheet(sheets.items), now, budget, options.language);
    await context.sync();
    // The session goes on from the workbook as it is now: with the stamp just written.
    if (stampValues) {
      const existing = grids.find((g) => g.name.toLowerCase() === STAMP_SHEET.toLowerCase());
      if (existing) existing.values = stampValues;
      else grids.push({ name: STAMP_SHEET, values: stampValues, hidden: true });
    }
    return { ...result, grids, marks: added.placed(), sheetIds: new Map(sheets.items.map((s) => [s.id, s.name])), stamp };
  });
}
