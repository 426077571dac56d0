import { type CellValue, cellText, type Grid, type SheetGrid } from "../grid";
import { EXCEPTIONS_SHEET } from "../sheets";
import { sheetSpec, type SheetSpec } from "../workbookSpec";
import type { Acceptance, Finding } from "./types";

/**
 * Justified exceptions: a reviewer's "checked, because …" on a warning, recorded in the workbook
 * itself on a very hidden sheet (EXCEPTIONS_SHEET), so the pane, the ribbon and the CLI all see it and
 * it travels with the file. An exception names the finding by what survives consolidation (code,
 * region, the row's source sheet and row, the column, which of several findings in one cell) and
 * holds the fingerprint of the cell's text when it was accepted: the next validation shows the
 * warning as accepted while the text is the same, and open again ("reopened") once it changes.
 * Errors are never accepted, whatever the sheet says.
 *
 * On a master the same key holds, because a master finding's source is the row's lineage: an
 * exception recorded in a region's workbook matches the master's finding on that row once
 * consolidation carries the region's exceptions over (exceptionsForMaster, exceptionsSheetSpec).
 */

export { EXCEPTIONS_SHEET };

export interface FindingException extends Acceptance {
  code: string;
  region: string;
  /** The row's source sheet and row (on a regional workbook: its own sheet and row). */
  sheet: string;
  row?: number;
  column: string;
  /** Which of several findings with this code in one cell (1 for the first). */
  occurrence: number;
  /** Fingerprint of the cell's text when accepted. */
  fingerprint: string;
  /** The file the row came from, for the reader's benefit (not part of the match). */
  file?: string;
}

export const EXCEPTION_COLUMNS = ["Kod", "Region", "Blad", "Rad", "Kolumn", "Nr", "Celltext", "Motivering", "Godkänd av", "Datum", "Källfil"] as const;
const TITLE = "Regionrapport: godkända varningar (skrivs av tillägget; ändra inte för hand). Celltext är ett fingeravtryck av cellens text när varningen godkändes.";
const SEP = "\u001f";

export function exceptionKey(e: Pick<FindingException, "code" | "region" | "sheet" | "row" | "column" | "occurrence">): string {
  return [e.code, e.region, e.sheet, e.row ?? "", e.column, e.occurrence].join(SEP);
}

/** The part of a finding's key that does not say which of several it is. */
function baseKey(f: Finding): string {
  return [f.code, f.region ?? "", f.sourceSheet ?? f.sheet ?? "", f.sourceRow ?? f.row ?? "", f.column ?? ""].join(SEP);
}

/**
 * Gives every finding its key (in place): several findings with one code in one cell are told apart
 * by their order, which is the order of the text they quote, so it is the same in a region's
 * workbook and in the master.
 */
export function assignKeys(findings: Finding[]): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const base = baseKey(f);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    f.key = `${base}${SEP}${occurrence}`;
  }
}

/** The exception that accepts a warning as it stands now. Errors cannot be accepted. */
export function exceptionFor(finding: Finding, acceptance: Acceptance): FindingException {
  if (finding.severity !== "varning") throw new Error(`Bara varningar kan godkännas, inte fel (${finding.code}).`);
  if (!finding.key || finding.fingerprint === undefined) throw new Error("Fyndet saknar nyckel: validera arbetsboken först.");
  const parts = finding.key.split(SEP);
  return {
    code: finding.code,
    region: finding.region ?? "",
    sheet: finding.sourceSheet ?? finding.sheet ?? "",
    ...(finding.sourceRow ?? finding.row ? { row: finding.sourceRow ?? finding.row } : {}),
    column: finding.column ?? "",
    occurrence: Number(parts[parts.length - 1]) || 1,
    fingerprint: finding.fingerprint,
    reason: acceptance.reason.trim(),
    by: acceptance.by.trim(),
    at: acceptance.at,
    ...(finding.sourceFile ? { file: finding.sourceFile } : {}),
  };
}

/**
 * Marks accepted and reopened warnings (in place) and returns how many are accepted. A later
 * exception for the same finding replaces an earlier one.
 */
export function applyExceptions(findings: Finding[], exceptions: readonly FindingException[]): number {
  const byKey = new Map(exceptions.map((e) => [exceptionKey(e), e]));
  let accepted = 0;
  for (const f of findings) {
    delete f.accepted;
    delete f.reopened;
    if (f.severity !== "varning" || !f.key) continue;
    const e = byKey.get(f.key);
    if (!e) continue;
    const acceptance: Acceptance = { reason: e.reason, by: e.by, at: e.at };
    if (e.fingerprint === f.fingerprint) {
      f.accepted = acceptance;
      accepted++;
    } else f.reopened = acceptance;
  }
  return accepted;
}

/** Adds or replaces (same finding) an exception, keeping the others in their order. */
export function withException(exceptions: readonly FindingException[], added: FindingException): FindingException[] {
  const key = exceptionKey(added);
  return [...exceptions.filter((e) => exceptionKey(e) !== key), added];
}

/** The exceptions recorded in a workbook's grids (the very hidden sheet); [] when there are none. */
export function readExceptions(grids: readonly SheetGrid[]): FindingException[] {
  const sheet = grids.find((g) => g.name.toLowerCase() === EXCEPTIONS_SHEET.toLowerCase());
  if (!sheet) return [];
  const headerIndex = sheet.values.findIndex((row, i) => i < 5 && cellText(row[0]) === EXCEPTION_COLUMNS[0]);
  if (headerIndex < 0) return [];
  const header = sheet.values[headerIndex].map((v) => cellText(v));
  const col = (name: (typeof EXCEPTION_COLUMNS)[number]) => header.indexOf(name);
  const out: FindingException[] = [];
  for (const row of sheet.values.slice(headerIndex + 1)) {
    const get = (name: (typeof EXCEPTION_COLUMNS)[number]) => (col(name) >= 0 ? cellText(row[col(name)]) : "");
    const code = get("Kod");
    const fingerprint = get("Celltext");
    if (!code || !fingerprint) continue;
    const rowNumber = Number(get("Rad"));
    const file = get("Källfil");
    out.push({
      code,
      region: get("Region"),
      sheet: get("Blad"),
      ...(Number.isInteger(rowNumber) && rowNumber > 0 ? { row: rowNumber } : {}),
      column: get("Kolumn"),
      occurrence: Number(get("Nr")) || 1,
      fingerprint,
      reason: get("Motivering"),
      by: get("Godkänd av"),
      at: get("Datum"),
      ...(file ? { file } : {}),
    });
  }
  return out;
}

/** The exceptions sheet's values: a note, the header, one row per exception; every cell text. */
export function exceptionsGrid(exceptions: readonly FindingException[]): Grid {
  const rows = exceptions.map((e): CellValue[] => [e.code, e.region, e.sheet, e.row !== undefined ? String(e.row) : "", e.column, String(e.occurrence), e.fingerprint, e.reason, e.by, e.at, e.file ?? ""]);
  return [[TITLE], [...EXCEPTION_COLUMNS], ...rows];
}

/**
 * Consolidation's hook: the exceptions a master carries, from each region's source (the workbook
 * used for it in this run, or the previous master for a region that did not resubmit). Only a
 * region's own exceptions come along (an exception names its region; one without gets the
 * workbook's), so a region's rows and their exceptions always come from the same place.
 */
export function exceptionsForMaster(sources: readonly { region: string; file?: string; exceptions: readonly FindingException[] }[]): FindingException[] {
  const out: FindingException[] = [];
  for (const source of sources) {
    for (const e of source.exceptions) {
      const region = e.region || source.region;
      if (region !== source.region) continue;
      out.push({ ...e, region, ...(e.file || source.file ? { file: e.file || source.file } : {}) });
    }
  }
  return out;
}

/** The exceptions sheet as the writers render it (hidden; every cell text). */
export function exceptionsSheetSpec(exceptions: readonly FindingException[]): SheetSpec {
  const values = exceptionsGrid(exceptions);
  return sheetSpec(EXCEPTIONS_SHEET, {
    hidden: true,
    values,
    columnWidths: [24, 16, 16, 6, 16, 4, 16, 60, 20, 26, 30],
    headerRow: 2,
    textRanges: [`A2:K${values.length}`],
  });
}
