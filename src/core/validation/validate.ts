import { findGoalSheet } from "../goalCell";
import { columnNumber, type SheetGrid } from "../grid";
import { readWorkbook, reportOf } from "../read";
import { extendTaxonomy, loadTaxonomy, type Taxonomy, TaxonomyExtensionError } from "../taxonomy";
import { currentRulesVersion, rulesVersion } from "./catalog";
import { buildContext, type ValidationContext } from "./context";
import { applyExceptions, assignKeys, readExceptions } from "./exceptions";
import { formatMessage } from "./messages";
import { locator } from "./provenance";
import { RULES } from "./rules";
import { readSettings, readStamp, workbookFingerprint } from "./stamp";
import type { Finding, Severity, ValidationOptions, ValidationResult } from "./types";

let bundled: Taxonomy | undefined;
/** One bundled taxonomy per process: the recogniser compiles its patterns once per taxonomy object. */
export function defaultTaxonomy(): Taxonomy {
  return (bundled ??= loadTaxonomy());
}

/** The given taxonomy extended by the workbook's "Mål" sheet, or why the sheet could not be used. */
function workbookTaxonomy(grids: SheetGrid[], base: Taxonomy): { taxonomy: Taxonomy; goalSheet?: ValidationContext["goalSheet"] } {
  const sheet = findGoalSheet(grids);
  if (!sheet || sheet.values.every((row) => row.every((v) => v === null || v === ""))) return { taxonomy: base };
  try {
    return { taxonomy: extendTaxonomy(base, sheet.values) };
  } catch (e) {
    if (e instanceof TaxonomyExtensionError) return { taxonomy: base, goalSheet: { name: sheet.name, issues: e.issues } };
    throw e;
  }
}

/**
 * Validates one workbook, given as its sheets' grids. Every rule of the catalog runs; findings come
 * back sorted by sheet (in workbook order), row and column, with messages in the language asked for,
 * each with its region and source (provenance.ts) and key; warnings the workbook's exceptions accept
 * are marked accepted and not counted (exceptions.ts). The result also carries what a stamp records
 * (stamp.ts): the fingerprint of the cell contents and the rules' and taxonomy's versions.
 */
export function validateWorkbook(grids: SheetGrid[], options: ValidationOptions = {}): ValidationResult {
  // The caller's read of these very grids (consolidation), else our own: the workbook is read once.
  const read = options.read ?? readWorkbook(grids, { master: options.master });
  const sheets = read.grids;
  const { taxonomy, goalSheet } = workbookTaxonomy(sheets, options.taxonomy ?? defaultTaxonomy());
  const ctx = buildContext(read, taxonomy, goalSheet, options.references);
  const locate = locator(ctx);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    for (const issue of rule.check(ctx)) {
      const severity = rule.codes[issue.code];
      // A code a rule does not declare is a programming error: fail loudly, in tests first.
      if (!severity) throw new Error(`Regeln ${rule.id} gav koden ${issue.code}, som den inte deklarerar.`);
      const { region: _region, ...at } = issue.at;
      const finding: Finding = { code: issue.code, severity, message: formatMessage(issue.code, issue.params, options.language), ...clean(at) };
      if (options.file !== undefined) finding.file = options.file;
      if (issue.suggestions?.length) finding.suggestions = issue.suggestions;
      if (options.keepParams && issue.params) finding.params = issue.params;
      Object.assign(finding, locate.provenance(issue.at, options.file));
      findings.push(finding);
    }
  }
  const sorted = sortFindings(findings, sheets.map((g) => g.name));
  assignKeys(sorted);
  const exceptions = options.exceptions ? [...options.exceptions] : readExceptions(grids);
  const accepted = applyExceptions(sorted, exceptions);
  const { report, problem } = reportOf(read);
  let fingerprint: string | undefined;
  return {
    findings: sorted,
    counts: countFindings(sorted),
    accepted,
    report,
    ...(problem ? { problem } : {}),
    exceptions,
    // Hashing every cell is a tenth of validation's time and only a stamp needs it: computed on first read.
    get fingerprint() {
      return (fingerprint ??= workbookFingerprint(grids));
    },
    rulesVersion: options.rules ? rulesVersion(options.rules) : currentRulesVersion(),
    taxonomyVersion: taxonomy.version,
    settings: readSettings(grids, read.master),
    previousStamp: readStamp(grids),
  };
}

export interface WorkbookInput {
  file: string;
  grids: SheetGrid[];
}

export interface WorkbooksResult {
  results: (ValidationResult & { file: string })[];
  /** All findings, file by file in the order given. */
  findings: Finding[];
  counts: Record<Severity, number>;
  accepted: number;
}

/** Several workbooks in one report (the CLI, the coordinator's batch); each finding names its file. */
export function validateWorkbooks(inputs: WorkbookInput[], options: Omit<ValidationOptions, "file"> = {}): WorkbooksResult {
  const results = inputs.map((input) => ({ file: input.file, ...validateWorkbook(input.grids, { ...options, file: input.file }) }));
  const findings = results.flatMap((r) => r.findings);
  return { results, findings, counts: countFindings(findings), accepted: results.reduce((n, r) => n + r.accepted, 0) };
}

/** Open findings by severity: accepted warnings are not counted. */
export function countFindings(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { fel: 0, varning: 0 };
  for (const f of findings) if (!f.accepted) counts[f.severity]++;
  return counts;
}

/** Sheet in workbook order (workbook-level findings first), then row, then column; stable otherwise. */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[] = []): Finding[] {
  // Keys worked out once per finding: a large workbook has thousands, and a sort compares each many times.
  const rankOf = new Map(sheetOrder.map((name, i) => [name, i]));
  const keyed = findings.map((f, i) => ({
    f,
    i,
    sheet: f.sheet === undefined ? -1 : rankOf.get(f.sheet) ?? sheetOrder.length,
    column: f.cell ? columnNumber(/^[A-Z]+/i.exec(f.cell)?.[0] ?? "") : 0,
  }));
  return keyed
    .sort(
      (a, b) =>
        a.sheet - b.sheet ||
        (a.sheet === sheetOrder.length ? (a.f.sheet ?? "").localeCompare(b.f.sheet ?? "", "sv") : 0) ||
        (a.f.row ?? 0) - (b.f.row ?? 0) ||
        a.column - b.column ||
        a.i - b.i
    )
    .map(({ f }) => f);
}

/** Drops undefined fields, so findings compare and print as plain data. */
function clean<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
