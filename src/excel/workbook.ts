import type { SheetGrid } from "../core/grid";
import type { Finding, Language, ValidationResult } from "../core/validation";
import type { WorkbookSpec } from "../core/workbookSpec";
import { getSelectedCell, type SelectedCell, selectCell, setCellText } from "./cells";
import { markFindings } from "./marks";
import { readOpenWorkbook } from "./readSheets";
import { onSelectionChanged, readSelectedRow, type SelectedRow } from "./selection";
import { writeValidationReport } from "./report";
import type { ExcelRun } from "./run";
import { validateOpenWorkbook } from "./validateOpenWorkbook";
import { existingSheetNames, writeWorkbookSpec } from "./writeSpec";

export type { SelectedCell, SelectedRow };

/**
 * What the task pane may do to the open workbook; components get this, never Excel.run.
 * Syncs grow with the megabytes a method moves (Excel on the web refuses a request or response
 * over 5 MB, so each sync carries at most ~4 MB), never with the number of rows.
 */
export interface OpenWorkbook {
  existingSheetNames(names: string[]): Promise<string[]>;
  writeSpec(spec: WorkbookSpec, options: { replaceExisting: boolean }): Promise<void>;
  /** Every sheet's used values from A1, hidden sheets included (3 syncs, one more per ~4 MB of values). */
  readSheets(): Promise<SheetGrid[]>;
  /** Reads, validates and marks the findings' cells, as the ribbon does (4 syncs, more per ~4 MB of values or marks). */
  validate(language?: Language): Promise<ValidationResult>;
  /** Marks the cells of the findings (replacing the marks of the previous run; the user's own formatting stays; 4 syncs, more for a great many marks). */
  markFindings(findings: readonly Finding[]): Promise<void>;
  /** Activates the sheet and selects the cell (1 sync). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes or replaces the "Valideringsrapport" sheet: every finding with a link to its cell (2 syncs, more per ~4 MB of findings). */
  writeValidationReport(findings: readonly Finding[]): Promise<void>;
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

export function openWorkbook(run: ExcelRun): OpenWorkbook {
  return {
    existingSheetNames: (names) => existingSheetNames(run, names),
    writeSpec: (spec, options) => writeWorkbookSpec(run, spec, options),
    readSheets: () => readOpenWorkbook(run),
    validate: (language) => validateOpenWorkbook(run, { language }),
    markFindings: (findings) => markFindings(run, findings),
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    writeValidationReport: (findings) => writeValidationReport(run, findings),
    getSelectedCell: () => getSelectedCell(run),
    readSelectedRow: () => readSelectedRow(run),
    onSelectionChanged: (onRow, onError) => onSelectionChanged(run, onRow, onError),
    setCellText: (sheet, address, text) => setCellText(run, sheet, address, text),
  };
}
