import { type CellValue, cellText, type Grid, type SheetGrid } from "../grid";
import { textHasher } from "../hash";
import { readableSheets } from "../read";
import { STAMP_SHEET } from "../sheets";
import { currentRulesVersion } from "./catalog";
import type { Severity } from "./types";

/**
 * The validation stamp: what validating writes into the workbook (on a very hidden sheet, STAMP_SHEET)
 * so anyone can tell later that it was validated, with which rules and taxonomy, when, with what
 * outcome, and whether its content has changed since (the fingerprint). The same sheet keeps the
 * workbook's own settings (validation as you type).
 *
 * The fingerprint covers the cell text of every sheet the reader reads (the tables, the information
 * sheet, the Mål sheet, a user's other sheets), hidden ones included, in workbook order. It leaves
 * out the product's own sheets (this one, the exceptions, Valideringsrapport, a master's report
 * sheets) and formatting (marks are formats), so writing the stamp or the marks does not change it.
 * Cells count by their text as a person reads it (cellText), and trailing blank rows and columns do
 * not count, so the open workbook in Excel and the same workbook read from its .xlsx file agree.
 * One known difference: a date typed into a General cell is a serial number in Excel and a date in
 * the file, so such a workbook reads as changed after a round trip.
 */

export { STAMP_SHEET };

export interface WorkbookSettings {
  /** Re-validate an edited row as the user types (the pane's "Validera medan du skriver"). */
  liveValidation: boolean;
}

export interface ValidationStamp {
  rulesVersion: string;
  taxonomyVersion: string;
  /** ISO 8601, local time with offset. */
  validatedAt: string;
  counts: Record<Severity, number> & { accepted: number };
  fingerprint: string;
}

export type StampState = "never" | "unchanged" | "changed";

export interface StampStatus {
  /** never validated / validated and unchanged since / changed since validation. */
  state: StampState;
  stamp: ValidationStamp | null;
  /** Unchanged and validated without errors: what a coordinator wants to see. */
  clean: boolean;
  /** The stamp's rules are this product's rules (false: validated with other rules). */
  currentRules: boolean;
}

const LABELS = {
  product: "Regionrapport",
  rulesVersion: "Regelversion",
  taxonomyVersion: "Taxonomiversion",
  validatedAt: "Validerad",
  errors: "Fel",
  warnings: "Varningar",
  accepted: "Godkända varningar",
  fingerprint: "Fingeravtryck",
  liveValidation: "Validera medan du skriver",
} as const;
const TITLE = "Regionrapport: valideringsstämpel och inställningar (skrivs av tillägget; ändra inte för hand).";
const YES = "Ja";
const NO = "Nej";

/** The text a cell contributes to the fingerprint. */
function cellKey(value: CellValue | undefined): string {
  return cellText(value).replace(/\r\n?/g, "\n");
}

/** Fingerprint of the report's cell contents: every sheet the reader reads, by name and cell text. */
export function workbookFingerprint(grids: readonly SheetGrid[]): string {
  const hasher = textHasher();
  for (const sheet of readableSheets(grids)) {
    const rows = sheet.values.map((row) => {
      const cells = (row ?? []).map(cellKey);
      while (cells.length && !cells[cells.length - 1]) cells.pop();
      return cells;
    });
    while (rows.length && !rows[rows.length - 1].length) rows.pop();
    hasher.add(`\u0002${sheet.name}\u0003`);
    for (const cells of rows) hasher.add(`${cells.join("\u0001")}\u0004`);
  }
  return hasher.digest();
}

/** A local ISO time with offset: "2026-11-26T14:03:00+01:00". */
export function isoLocal(date: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, "0");
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

export function makeStamp(result: { rulesVersion: string; taxonomyVersion: string; fingerprint: string; counts: Record<Severity, number>; accepted: number }, now: Date): ValidationStamp {
  return {
    rulesVersion: result.rulesVersion,
    taxonomyVersion: result.taxonomyVersion,
    validatedAt: isoLocal(now),
    counts: { fel: result.counts.fel, varning: result.counts.varning, accepted: result.accepted },
    fingerprint: result.fingerprint,
  };
}

/** The stamp sheet's values: a note, then label | value rows; every cell text. */
export function stampGrid(stamp: ValidationStamp | null, settings: WorkbookSettings): Grid {
  const rows: [string, string][] = [];
  if (stamp) {
    rows.push(
      [LABELS.rulesVersion, stamp.rulesVersion],
      [LABELS.taxonomyVersion, stamp.taxonomyVersion],
      [LABELS.validatedAt, stamp.validatedAt],
      [LABELS.errors, String(stamp.counts.fel)],
      [LABELS.warnings, String(stamp.counts.varning)],
      [LABELS.accepted, String(stamp.counts.accepted)],
      [LABELS.fingerprint, stamp.fingerprint]
    );
  }
  rows.push([LABELS.liveValidation, settings.liveValidation ? YES : NO]);
  return [[TITLE, ""], ...rows];
}

function stampSheet(grids: readonly SheetGrid[]): Map<string, string> | null {
  const sheet = grids.find((g) => g.name.toLowerCase() === STAMP_SHEET.toLowerCase());
  if (!sheet) return null;
  return new Map(sheet.values.map((row) => [cellText(row?.[0]), cellText(row?.[1])] as [string, string]).filter(([label]) => label));
}

/** The stamp a workbook carries, or null (none, or one this product cannot read). */
export function readStamp(grids: readonly SheetGrid[]): ValidationStamp | null {
  const values = stampSheet(grids);
  const fingerprint = values?.get(LABELS.fingerprint);
  if (!values || !fingerprint) return null;
  const count = (label: string) => Number(values.get(label) ?? "0") || 0;
  return {
    rulesVersion: values.get(LABELS.rulesVersion) ?? "",
    taxonomyVersion: values.get(LABELS.taxonomyVersion) ?? "",
    validatedAt: values.get(LABELS.validatedAt) ?? "",
    counts: { fel: count(LABELS.errors), varning: count(LABELS.warnings), accepted: count(LABELS.accepted) },
    fingerprint,
  };
}

/**
 * The workbook's settings: as its stamp sheet says, else the defaults, which are validation as you
 * type for a regional workbook (one made from the template) and not for a master (large, and
 * checked by reviewers in one run).
 */
export function readSettings(grids: readonly SheetGrid[], master: boolean): WorkbookSettings {
  const live = stampSheet(grids)?.get(LABELS.liveValidation);
  return { liveValidation: live === YES ? true : live === NO ? false : !master };
}

/**
 * For the coordinator and the board: validated and unchanged since, changed since validation, or
 * never validated. Reads nothing but the grids, so it works on the open workbook and on a file.
 */
export function stampStatus(grids: readonly SheetGrid[], rulesVersion: string = currentRulesVersion()): StampStatus {
  const stamp = readStamp(grids);
  if (!stamp) return { state: "never", stamp: null, clean: false, currentRules: false };
  const unchanged = stamp.fingerprint === workbookFingerprint(grids);
  return { state: unchanged ? "unchanged" : "changed", stamp, clean: unchanged && stamp.counts.fel === 0, currentRules: stamp.rulesVersion === rulesVersion };
}
