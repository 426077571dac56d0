import type { CellValue, Grid } from "../grid";
import { REPORT_SHEET } from "../sheets";
import type { Finding, Severity } from "./types";

/** The sheet the ribbon command writes or replaces, and the CLI can write to a file. */
export { REPORT_SHEET };

export const REPORT_COLUMNS = ["Allvarlighet", "Kod", "Blad", "Cell", "Tabell", "Rad", "Kolumn", "Meddelande"] as const;
export const FILE_COLUMN = "Fil";

const SEVERITY_LABEL: Record<Severity, string> = { fel: "Fel", varning: "Varning" };

export interface ReportGridOptions {
  /** Add the Fil column first; by default only when the findings come from more than one file. */
  withFile?: boolean;
}

/**
 * Findings as the rows of a "Valideringsrapport" sheet: one header row, then one row per finding in
 * the order given. Cell text is carried as text; the writer makes the Cell column a link.
 */
export function findingsToGrid(findings: readonly Finding[], options: ReportGridOptions = {}): Grid {
  const withFile = options.withFile ?? new Set(findings.map((f) => f.file)).size > 1;
  const header: CellValue[] = withFile ? [FILE_COLUMN, ...REPORT_COLUMNS] : [...REPORT_COLUMNS];
  const rows = findings.map((f): CellValue[] => {
    const row: CellValue[] = [SEVERITY_LABEL[f.severity], f.code, f.sheet ?? "", f.cell ?? "", f.table ?? "", f.row ?? "", f.column ?? "", f.message];
    return withFile ? [f.file ?? "", ...row] : row;
  });
  return [header, ...rows];
}
