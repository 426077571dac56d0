import type { Language, ValidationResult } from "../core/validation";
import { type ExcelRun, validateOpenWorkbook } from "../excel";

/**
 * The ribbon's "Validera": the task pane's validation (same code, in the display language), then
 * the "Valideringsrapport" sheet written or replaced and shown, and the stamp written, so a reviewer
 * gets the findings without opening the pane. Four syncs in all for up to ~4 MB of values.
 */
export async function validateFromRibbon(run: ExcelRun, now = new Date(), language: Language = "sv"): Promise<ValidationResult> {
  return validateOpenWorkbook(run, { language, writeReport: true, now, markIds: false });
}
