import type { ReadReportResult, WorkbookRead } from "../read";
import type { Taxonomy } from "../taxonomy";
import type { ValidationContext } from "./context";
import type { ReferenceMemo } from "./references";

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

export type Location = Omit<Finding, "code" | "severity" | "message" | "suggestions" | "file">;

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
}

export interface ValidationResult {
  findings: Finding[];
  counts: Record<Severity, number>;
  /** The report as the reader takes it (null with a problem when no region could be found). */
  report: ReadReportResult["report"];
  problem?: string;
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
