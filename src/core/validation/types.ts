import type { ReadReportResult, WorkbookRead } from "../read";
import type { Taxonomy } from "../taxonomy";
import type { ValidationContext } from "./context";
import type { FindingException } from "./exceptions";
import type { ReferenceMemo } from "./references";
import type { ValidationStamp, WorkbookSettings } from "./stamp";

/**
 * Validation as plain data, after Frictionless: a rule says which codes it can emit, a finding
 * carries its code, severity, position and a message made from the code in the chosen language.
 */

export type Severity = "fel" | "varning";
export type Language = "sv" | "en";

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  file?: string;
  sheet?: string;
  /** A1 address on the sheet, e.g. "E7". */
  cell?: string;
  table?: number;
  /** 1-based sheet row. */
  row?: number;
  /** The column header's first line, as published: "Mål", "Region". */
  column?: string;
  /** Corrections to offer, best first (closest RUS goals, the right Agenda 2030 name …). */
  suggestions?: string[];
  /** What the message was made from, the same in every language; only with ValidationOptions.keepParams. */
  params?: MessageParams;
  /**
   * The region the finding concerns: the row's own region (on a master every row has its own), else
   * the workbook's. Absent only where no region can be told (a master's workbook-level findings).
   */
  region?: string;
  /**
   * Where the finding's row came from: on a master the row's lineage (Källfil, Källblad, Källrad);
   * on a regional workbook the workbook itself (the file when validated from one), sheet and row.
   */
  sourceFile?: string;
  sourceSheet?: string;
  /** 1-based row on the source sheet (the first, when a master row merged several). */
  sourceRow?: number;
  /**
   * Identifies the finding from one run to the next and from a region's workbook into the master:
   * code, region, source sheet and row, column, and which of several such findings in one cell.
   */
  key?: string;
  /** Fingerprint of the finding's cell text when validated; an exception records it. */
  fingerprint?: string;
  /** A warning the reviewer accepted, with the reason: shown as accepted, not counted as a warning. */
  accepted?: Acceptance;
  /** The warning was accepted, but its cell's text has changed since: it is open again. */
  reopened?: Acceptance;
}

/** A reviewer's "checked, because …" on a warning: who (as typed, or as Office tells) and when (ISO). */
export interface Acceptance {
  reason: string;
  by: string;
  at: string;
}

/** Values a message template is filled with; every language gets the same ones. */
export type MessageParams = Record<string, string | number | undefined>;

/** What a rule reports: the message is made later, in the language asked for. */
export interface Issue {
  code: string;
  params?: MessageParams;
  at: Location;
  suggestions?: string[];
}

/** Where a rule says a finding is; `region` only where the rule knows it better than the row (a region's missing answer on a master). */
export type Location = Pick<Finding, "sheet" | "cell" | "table" | "row" | "column" | "region">;

export interface ValidationOptions {
  /** File name the findings are reported against (several workbooks in one report). */
  file?: string;
  /** Defaults to the taxonomy bundled with the product, extended by the workbook's "Mål" sheet. */
  taxonomy?: Taxonomy;
  language?: Language;
  /** Validate as a consolidated master (all regions, lineage columns); detected when not given. */
  master?: boolean;
  /** The rule catalog to run; tests replace it, the product never does. */
  rules?: readonly Rule[];
  /** The reader's read of exactly these grids, when the caller has one (consolidation): not read again. */
  read?: WorkbookRead;
  /**
   * Mål cells' references already recognised by the caller (consolidation, which counts goal
   * coverage from the same cells), shared so no cell is recognised twice. Used only when the
   * workbook is checked against exactly `references.taxonomy` (no "Mål" sheet extends it);
   * otherwise validation recognises its own. Results are the same either way.
   */
  references?: ReferenceMemo;
  /** The accepted warnings to apply; by default those recorded in the workbook (its exceptions sheet). */
  exceptions?: readonly FindingException[];
  /** Keep each finding's message parameters (Finding.params): for scripts that need what a message says, not its words. */
  keepParams?: boolean;
}

export interface ValidationResult {
  findings: Finding[];
  /** Open findings by severity: accepted warnings are not counted (see `accepted`). */
  counts: Record<Severity, number>;
  /** Warnings accepted by an exception whose cell has not changed since. */
  accepted: number;
  /** The report as the reader takes it (null with a problem when no region could be found). */
  report: ReadReportResult["report"];
  problem?: string;
  /** The exceptions the workbook records (stale ones included: they are kept, and match again if the text comes back). */
  exceptions: FindingException[];
  /** Fingerprint of the report's cell contents (every sheet the reader reads), as a stamp records it. */
  fingerprint: string;
  rulesVersion: string;
  taxonomyVersion: string;
  /** The workbook's own settings (validation as you type). */
  settings: WorkbookSettings;
  /** The stamp the workbook carried before this run, if any. */
  previousStamp: ValidationStamp | null;
}

export interface Rule {
  /** Stable, kebab-case: "required-fields". */
  id: string;
  /** One line, Swedish: what the rule checks (shown in documentation and the pane's help). */
  description: string;
  /** Every code the rule can emit, with its severity. A code belongs to exactly one rule. */
  codes: Readonly<Record<string, Severity>>;
  check(ctx: ValidationContext): Issue[];
}
