import { type ExcelRun, validateOpenWorkbook } from "../excel";
import type { ValidationResult } from "../core/validation";

/**
 * The ribbon's "Validera": the task pane's validation (same code, in Swedish), then the
 * "Valideringsrapport" sheet written or replaced and shown, so a reviewer gets the findings
 * without opening the pane. Four syncs in all, whatever the workbook's size.
 */
export async function validateFromRibbon(run: ExcelRun, now = new Date()): Promise<ValidationResult> {
  return validateOpenWorkbook(run, { language: "sv", writeReport: true, now });
}
