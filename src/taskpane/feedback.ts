import type { ConsolidationInput, ConsolidationResult } from "../core/consolidation";
import { rangeAddress } from "../core/grid";
import { validateWorkbook } from "../core/validation";
import { sheetSpec, type SheetSpec } from "../core/workbookSpec";

/**
 * Återkoppling: for each region whose workbook in use has findings or rejected rows, a sheet listing each
 * with its sheet, cell, message and how to fix it, ready to send back. Runs in the worker (it validates
 * the workbooks again for the findings' messages, in the pane's language).
 */
export interface FeedbackTexts {
  sheetName: (region: string) => string;
  title: (region: string, file: string) => string;
  headers: readonly [string, string, string, string, string];
  error: string;
  warning: string;
  rejected: string;
  fixRejected: string;
}

const MAX_SHEET_NAME = 31;

export function feedbackSheets(result: Pick<ConsolidationResult, "board" | "rejected">, inputs: readonly ConsolidationInput[], texts: FeedbackTexts, language: "sv" | "en"): SheetSpec[] {
  return result.board.flatMap((row) => {
    if (row.source !== "file" || !row.file) return [];
    const input = inputs.find((i) => i.file === row.file);
    if (!input || !("grids" in input)) return [];
    const findings = validateWorkbook(input.grids, { file: input.file, language }).findings.filter((f) => !f.accepted);
    const rejected = result.rejected.filter((r) => r.file === row.file && r.code !== "superseded");
    if (!findings.length && !rejected.length) return [];
    const lines: string[][] = [
      ...findings.map((f) => [f.sheet ?? "", f.cell ?? (f.row ? `${f.row}` : ""), f.severity === "fel" ? texts.error : texts.warning, f.message, (f.suggestions ?? []).join("; ")]),
      ...rejected.map((r) => [r.sheet, `A${r.row}`, texts.rejected, r.reason, texts.fixRejected]),
    ];
    const name = texts.sheetName(row.region).slice(0, MAX_SHEET_NAME);
    const values = [[texts.title(row.region, row.file)], [], [...texts.headers], ...lines];
    return [
      sheetSpec(name, {
        values,
        columnWidths: [18, 8, 10, 70, 40],
        titleRows: [1],
        headerRow: 3,
        frozenRows: 3,
        textRanges: [rangeAddress(4, 1, 3 + lines.length, 5)],
      }),
    ];
  });
}
