import type { DuplicateDecision, FileStatus, NoteCode, ReasonParams, ReconciliationLine, RejectCode } from "../types";

/** One message per code, a function of its parameters (each language orders words its own way). */
type Render = (p: ReasonParams) => string;

/** Everything consolidation says to the coordinator, in one language; same codes and parameters in every language. */
export interface ConsolidationCatalog {
  /** Why a row is not in the master (RejectedRow.code / params). */
  reasons: Readonly<Record<RejectCode, Render>>;
  /** Each reject code in a few words, for counts by reason (the CLI's summary); the full reason per row is reasons. */
  rejectLabels: Readonly<Record<RejectCode, string>>;
  /** What happened to a file (FileReport.notes). */
  notes: Readonly<Record<NoteCode, Render>>;
  /** Why a duplicate decision went the way it did (params: date, the date that decided). */
  why: Readonly<Record<DuplicateDecision["by"], Render>>;
  /** What kind of file could not be read (ConsolidationInput.errorKind); "" for an unknown kind. */
  unreadableKinds: Readonly<Record<string, string>>;
  /** "586 rader lästa = 555 i sammanställningen + 8 avvisade + 23 ersatta." */
  reconciliation: (line: ReconciliationLine) => string;
  status: Readonly<Record<FileStatus, string>>;
  /** A text to paste into an e-mail to the regions whose report is missing. */
  reminder: (p: { regions: string[]; year?: number }) => { subject: string; body: string };
  /** The feedback workbook's words (feedback.ts). */
  feedback: {
    /** At most 31 characters with any region's short name: a sheet of the master per region. */
    sheetName: (region: string) => string;
    title: (region: string) => string;
    intro: (files: string) => string;
    headers: readonly string[];
    kinds: { fel: string; varning: string; rejected: string };
    rejectedFix: string;
    none: string;
  };
}
