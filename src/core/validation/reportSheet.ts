import type { CellValue, Grid } from "../grid";
import { REPORT_SHEET } from "../sheets";
import type { Acceptance, Finding, Language, Severity } from "./types";

/** The sheet the ribbon command writes or replaces, and the CLI can write to a file. */
export { REPORT_SHEET };

/** The report's first columns, in Swedish (as before); the columns after them say whom a finding concerns. */
export const REPORT_COLUMNS = ["Allvarlighet", "Kod", "Blad", "Cell", "Tabell", "Rad", "Kolumn", "Meddelande"] as const;
export const SOURCE_COLUMNS = ["Region", "Källfil", "Källblad", "Källrad", "Godkänd"] as const;
export const FILE_COLUMN = "Fil";

interface Headings {
  columns: readonly string[];
  file: string;
  severity: Record<Severity, string>;
  accepted: (a: Acceptance) => string;
  reopened: (a: Acceptance) => string;
}

const HEADINGS: Record<Language, Headings> = {
  sv: {
    columns: [...REPORT_COLUMNS, ...SOURCE_COLUMNS],
    file: FILE_COLUMN,
    severity: { fel: "Fel", varning: "Varning" },
    accepted: (a) => `Godkänd ${a.at.slice(0, 10)}${a.by ? ` av ${a.by}` : ""}: ${a.reason}`,
    reopened: (a) => `Öppen igen: cellen har ändrats sedan den godkändes ${a.at.slice(0, 10)}${a.by ? ` av ${a.by}` : ""} (${a.reason})`,
  },
  en: {
    columns: ["Severity", "Code", "Sheet", "Cell", "Table", "Row", "Column", "Message", "Region", "Source file", "Source sheet", "Source row", "Accepted"],
    file: "File",
    severity: { fel: "Error", varning: "Warning" },
    accepted: (a) => `Accepted ${a.at.slice(0, 10)}${a.by ? ` by ${a.by}` : ""}: ${a.reason}`,
    reopened: (a) => `Open again: the cell has changed since it was accepted ${a.at.slice(0, 10)}${a.by ? ` by ${a.by}` : ""} (${a.reason})`,
  },
};

export interface ReportGridOptions {
  /** Add the Fil column first; by default only when the findings come from more than one file. */
  withFile?: boolean;
  /** Headings and severities in this language (the messages are already in theirs); Swedish by default. */
  language?: Language;
}

/** The report's header row: the Cell column is where the writer puts the links. */
export function reportHeader(options: ReportGridOptions & { withFile: boolean }): string[] {
  const h = HEADINGS[options.language ?? "sv"];
  return options.withFile ? [h.file, ...h.columns] : [...h.columns];
}

/** The Cell column's heading in a language. */
export function cellHeading(language: Language = "sv"): string {
  return HEADINGS[language].columns[REPORT_COLUMNS.indexOf("Cell")];
}

/**
 * Findings as the rows of a "Valideringsrapport" sheet: one header row, then one row per finding in
 * the order given, accepted warnings included (with who accepted them, when and why). Cell text is
 * carried as text; the writer makes the Cell column a link.
 */
export function findingsToGrid(findings: readonly Finding[], options: ReportGridOptions = {}): Grid {
  const h = HEADINGS[options.language ?? "sv"];
  const withFile = options.withFile ?? new Set(findings.map((f) => f.file)).size > 1;
  const header: CellValue[] = reportHeader({ ...options, withFile });
  const rows = findings.map((f): CellValue[] => {
    const elsewhere = (f.sourceFile !== undefined && f.sourceFile !== f.file) || f.sourceSheet !== f.sheet || f.sourceRow !== f.row;
    const status = f.accepted ? h.accepted(f.accepted) : f.reopened ? h.reopened(f.reopened) : "";
    const row: CellValue[] = [
      h.severity[f.severity], f.code, f.sheet ?? "", f.cell ?? "", f.table ?? "", f.row ?? "", f.column ?? "", f.message,
      // The source only where it is somewhere else (a master's rows come from the regions' files).
      f.region ?? "", elsewhere ? f.sourceFile ?? "" : "", elsewhere ? f.sourceSheet ?? "" : "", elsewhere ? f.sourceRow ?? "" : "", status,
    ];
    return withFile ? [f.file ?? "", ...row] : row;
  });
  return [header, ...rows];
}
