import { rangeAddress } from "../grid";
import { type Language, validateWorkbook } from "../validation";
import { sheetSpec, type SheetSpec } from "../workbookSpec";
import { consolidationText } from "./messages";
import type { ConsolidationInput, ConsolidationResult } from "./types";

/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;

export interface RegionFeedback {
  region: string;
  /** The workbook the feedback is about. */
  file: string;
  /** A sheet for the master (the pane's choice) or a workbook of its own (the pane's other choice, the CLI). */
  sheet: SheetSpec;
  findings: number;
  rejected: number;
}

/**
 * Återkoppling: for each region whose workbook in use has open findings or rejected rows, a sheet that
 * lists each with file, sheet, cell, kind, message and how to fix it, in the language asked for, ready
 * to send back. The workbooks are validated again here for the findings' messages in that language.
 * The pane (in its worker) and `regionrapport feedback` both make their sheets and files with this.
 */
export function regionFeedback(result: Pick<ConsolidationResult, "board" | "rejected">, inputs: readonly ConsolidationInput[], language: Language = "sv"): RegionFeedback[] {
  const ct = consolidationText(language);
  const words = ct.catalog.feedback;
  return result.board.flatMap((row) => {
    if (row.source !== "file" || !row.file) return [];
    const input = inputs.find((i) => i.file === row.file);
    if (!input || !("grids" in input)) return [];
    const findings = validateWorkbook(input.grids, { file: input.file, language }).findings.filter((f) => !f.accepted);
    const rejected = result.rejected.filter((r) => r.file === row.file && r.code !== "superseded");
    if (!findings.length && !rejected.length) return [];
    const lines: string[][] = [
      ...findings.map((f) => [input.file, f.sheet ?? "", f.cell ?? (f.row ? `${f.row}` : ""), f.severity === "fel" ? words.kinds.fel : words.kinds.varning, f.message, (f.suggestions ?? []).join("; ")]),
      ...rejected.map((r) => [r.file, r.sheet, `A${r.row}`, words.kinds.rejected, ct.reason(r.code, r.params), words.rejectedFix]),
    ];
    const columns = words.headers.length;
    const values = [[words.title(row.region)], [words.intro(input.file)], [...words.headers], ...lines];
    const sheet = sheetSpec(words.sheetName(row.region).slice(0, MAX_SHEET_NAME), {
      values,
      columnWidths: [22, 16, 8, 12, 70, 40].slice(0, columns),
      titleRows: [1],
      headerRow: 3,
      frozenRows: 3,
      textRanges: [rangeAddress(4, 1, 3 + lines.length, columns)],
    });
    return [{ region: row.region, file: input.file, sheet, findings: findings.length, rejected: rejected.length }];
  });
}

/** A file name for a region's feedback workbook: its title, without characters file systems refuse. */
export function feedbackFileName(feedback: Pick<RegionFeedback, "region">, language: Language = "sv"): string {
  return `${consolidationText(language).catalog.feedback.title(feedback.region).replace(/[\\/:*?"<>|]/g, "-")}.xlsx`;
}
