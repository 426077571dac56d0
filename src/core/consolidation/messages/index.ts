import type { Language } from "../../validation";
import type { DuplicateDecision, FileNote, FileStatus, ReasonParams, ReconciliationLine, RejectCode } from "../types";
import { en } from "./en";
import { sv } from "./sv";
import type { ConsolidationCatalog } from "./types";

export type { ConsolidationCatalog };

/** Every language consolidation speaks; a test checks each has every code's text. */
export const CONSOLIDATION_MESSAGES: Readonly<Record<Language, ConsolidationCatalog>> = { sv, en };

/** Consolidation's texts in one language: reasons, file notes, duplicate decisions, the reconciliation line. */
export interface ConsolidationText {
  lang: Language;
  reason(code: RejectCode, params: ReasonParams): string;
  /** The code in a few words, for counts by reason. */
  rejectLabel(code: RejectCode): string;
  note(note: FileNote): string;
  why(decision: Pick<DuplicateDecision, "by" | "date">): string;
  reconciliation(line: ReconciliationLine): string;
  status(status: FileStatus): string;
  catalog: ConsolidationCatalog;
}

export function consolidationText(lang: Language = "sv"): ConsolidationText {
  const c = CONSOLIDATION_MESSAGES[lang] ?? sv;
  return {
    lang,
    reason: (code, params) => c.reasons[code](params),
    rejectLabel: (code) => c.rejectLabels[code],
    note: (n) => c.notes[n.code](n.params),
    why: (d) => c.why[d.by]({ date: d.date ?? "" }),
    reconciliation: (line) => c.reconciliation(line),
    status: (status) => c.status[status],
    catalog: c,
  };
}

/** The line "N rader lästa = … i sammanställningen + … avvisade + … ersatta." the CLI, the pane and the master share. */
export function reconciliationText(line: ReconciliationLine, lang: Language = "sv"): string {
  return consolidationText(lang).reconciliation(line);
}

/** A short, polite e-mail (subject and body) to the regions whose report is missing, to paste and send. */
export function reminderText(missingRegions: readonly string[], lang: Language = "sv", reportYear?: number): { subject: string; body: string } {
  return (CONSOLIDATION_MESSAGES[lang] ?? sv).reminder({ regions: [...missingRegions], ...(reportYear ? { year: reportYear } : {}) });
}
