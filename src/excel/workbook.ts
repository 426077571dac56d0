import type { SheetGrid } from "../core/grid";
import {
  type Acceptance, applyExceptions, countFindings, EXCEPTIONS_SHEET, exceptionFor, exceptionsGrid, type Finding, type FindingException, type Language,
  readStamp, STAMP_SHEET, stampGrid, type ValidationResult, withException,
} from "../core/validation";
import type { WorkbookSpec } from "../core/workbookSpec";
import { getSelectedCell, type SelectedCell, selectCell, setCellText } from "./cells";
import { type ChangedCells, LiveValidation, type StaleReason } from "./liveValidation";
import { markFindings, removeMarks, updateMarks } from "./marks";
import { writeExceptions, writeStampSheet } from "./productSheets";
import { readOpenWorkbook } from "./readSheets";
import { onSelectionChanged, readSelectedRow, type SelectedRow } from "./selection";
import { writeValidationReport } from "./report";
import type { ExcelRun } from "./run";
import { validateOpenWorkbook } from "./validateOpenWorkbook";
import { existingSheetNames, writeWorkbookSpec, type WriteOptions } from "./writeSpec";

export type { ChangedCells, SelectedCell, SelectedRow, StaleReason };

/** What validation as you type tells the pane. */
export interface LiveHandlers {
  update(result: ValidationResult, changed: ChangedCells[]): void;
  /** The change could not be followed from what was read: run a full validation. */
  stale(reason: StaleReason): void;
  error(error: unknown): void;
}

/**
 * What the task pane may do to the open workbook; components get this, never Excel.run.
 * Syncs grow with the megabytes a method moves (Excel on the web refuses a request or response
 * over 5 MB, so each sync carries at most ~4 MB), never with the number of rows.
 */
export interface OpenWorkbook {
  existingSheetNames(names: string[]): Promise<string[]>;
  /** onProgress/partBytes: in parts, yielding between them (writeSpec.ts). */
  writeSpec(spec: WorkbookSpec, options: WriteOptions): Promise<void>;
  /** Every sheet's used values from A1, hidden sheets included (3 syncs, one more per ~4 MB of values). */
  readSheets(): Promise<SheetGrid[]>;
  /**
   * Reads, validates, marks the findings' cells and writes the validation stamp, as the ribbon does
   * (4 syncs, more per ~4 MB of values or marks). Validation as you type continues from this run.
   */
  validate(language?: Language): Promise<ValidationResult>;
  /** Marks the cells of the findings (replacing the marks of the previous run; the user's own formatting stays; 4 syncs, more for a great many marks). */
  markFindings(findings: readonly Finding[]): Promise<void>;
  /** Removes the product's marks, and only those, wherever they are (4 syncs); how many were removed. */
  removeMarks(): Promise<number>;
  /**
   * Accepts warnings with one reason: the exceptions are written into the workbook (2 syncs) and the
   * last result comes back with the warnings accepted and their marks gone (1 sync more when they
   * had any). Needs a validation first; an error cannot be accepted.
   */
  acceptFindings(findings: readonly Finding[], acceptance: Acceptance): Promise<ValidationResult>;
  /** Turns validation as you type on or off for this workbook (kept on the stamp sheet; 2 syncs) and starts or stops following changes. */
  setLiveValidation(enabled: boolean, handlers?: LiveHandlers): Promise<void>;
  /** Follows changes after the last validation (1 sync the first time per sheet); a no-op before one. */
  watchChanges(handlers: LiveHandlers): Promise<void>;
  stopWatching(): void;
  /** Activates the sheet and selects the cell (1 sync). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes or replaces the "Valideringsrapport" sheet: every finding with a link to its cell (2 syncs, more per ~4 MB of findings). */
  writeValidationReport(findings: readonly Finding[], language?: Language): Promise<void>;
  /** The active cell (1 sync). */
  getSelectedCell(): Promise<SelectedCell>;
  /** The active cell and its row's values (1 sync). */
  readSelectedRow(): Promise<SelectedRow>;
  /**
   * Follows the selection: `onRow` gets the selected row after each change (1 sync per change, the
   * latest only). Resolves, once registered (1 sync), to a function that stops following (1 sync).
   */
  onSelectionChanged(onRow: (row: SelectedRow) => void, onError?: (error: unknown) => void): Promise<() => Promise<void>>;
  /** Writes text into one cell, as text (never a formula; 1 sync). */
  setCellText(sheet: string, address: string, text: string): Promise<void>;
}

/** The result as the pane sees it: without the grids and marks the session keeps. */
function plainResult<T extends ValidationResult>(validated: T): ValidationResult {
  const { grids: _g, marks: _m, sheetIds: _s, stamp: _t, ...result } = validated as T & { grids?: unknown; marks?: unknown; sheetIds?: unknown; stamp?: unknown };
  return result;
}

function replaceGrid(grids: SheetGrid[], name: string, values: SheetGrid["values"]): void {
  const existing = grids.find((g) => g.name.toLowerCase() === name.toLowerCase());
  if (existing) existing.values = values;
  else grids.push({ name, values, hidden: true });
}

export function openWorkbook(run: ExcelRun): OpenWorkbook {
  const live = new LiveValidation(run);
  // The last full validation and what has happened since (accepted warnings, changes typed).
  let last: { result: ValidationResult; grids: SheetGrid[]; marks: import("./marks").PlacedMark[]; sheetIds: Map<string, string>; language: Language } | null = null;

  const follow = (handlers: LiveHandlers) =>
    live.start({
      update(result, changed) {
        if (last) last.result = result;
        handlers.update(plainResult(result), changed);
      },
      stale: handlers.stale,
      error: handlers.error,
    });

  const workbook: OpenWorkbook = {
    existingSheetNames: (names) => existingSheetNames(run, names),
    writeSpec: (spec, options) => writeWorkbookSpec(run, spec, options),
    readSheets: () => readOpenWorkbook(run),
    async validate(language = "sv") {
      await live.settled();
      const validated = await validateOpenWorkbook(run, { language, references: live.references });
      last = { result: plainResult(validated), grids: validated.grids, marks: validated.marks, sheetIds: validated.sheetIds, language };
      live.setSession(last);
      return last.result;
    },
    async markFindings(findings) {
      const placed = await markFindings(run, findings);
      if (last) last.marks = placed;
    },
    async removeMarks() {
      const removed = await removeMarks(run);
      if (last) last.marks = [];
      return removed;
    },
    async acceptFindings(accepted, acceptance) {
      if (!last) throw new Error("Validera arbetsboken först.");
      const session = last;
      // Every exception is made before anything is written: an error among them stops it all.
      const added = accepted.map((finding) => exceptionFor(finding, acceptance));
      const exceptions: FindingException[] = added.reduce((list, e) => withException(list, e), session.result.exceptions);
      await writeExceptions(run, exceptions);
      replaceGrid(session.grids, EXCEPTIONS_SHEET, exceptionsGrid(exceptions));
      const findings = session.result.findings.map((f) => ({ ...f }));
      const count = applyExceptions(findings, exceptions);
      session.result = { ...session.result, findings, exceptions, accepted: count, counts: countFindings(findings) };
      const { marks } = await updateMarks(run, session.marks, findings, [...session.sheetIds.values()]);
      session.marks = marks;
      return session.result;
    },
    async setLiveValidation(enabled, handlers) {
      const settings = { liveValidation: enabled };
      const stamp = last ? readStamp(last.grids) : null;
      await writeStampSheet(run, stamp, settings);
      if (last) {
        replaceGrid(last.grids, STAMP_SHEET, stampGrid(stamp, settings));
        last.result = { ...last.result, settings };
      }
      if (!enabled) live.stop();
      else if (handlers) await follow(handlers);
    },
    async watchChanges(handlers) {
      if (last) await follow(handlers);
    },
    stopWatching: () => live.stop(),
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    writeValidationReport: (findings, language) => writeValidationReport(run, findings, new Date(), language),
    getSelectedCell: () => getSelectedCell(run),
    readSelectedRow: () => readSelectedRow(run),
    onSelectionChanged: (onRow, onError) => onSelectionChanged(run, onRow, onError),
    setCellText: (sheet, address, text) => setCellText(run, sheet, address, text),
  };
  return workbook;
}
