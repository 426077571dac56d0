/**
 * Consolidation: the regions' workbooks (as grids) into one master, with nothing lost. Plain data in,
 * plain data out (ConsolidationResult, and the master as a WorkbookSpec the writers render).
 * Design notes: README.md in this folder.
 */
export { consolidate, startConsolidation, type Consolidation } from "./consolidate";
export type { FileRead } from "./read";
export type {
  BoardCell, BoardRow, CellChange, CharacterReplacement, ConsolidationInput, ConsolidationOptions, ConsolidationResult, DuplicateDecision, ExtraCell,
  FileNote, FileReport, FileStatus, NoteCode, FormEntry, FormEntryAnswer, Lineage, MasterRow, MasterTables, Reconciliation, ReconciliationLine,
  ReasonParams, RegionChanges, RejectCode, RejectedRow, RowChange,
} from "./types";
export { CHANGES_SHEET, COVERAGE_SHEET, LINEAGE_HEADERS, MASTER_REPORT_SHEETS, PREVIOUS_MASTER, REJECTED_SHEET, SUMMARY_SHEET } from "./names";
export { goalCoverage, COVERAGE_FRAMEWORKS } from "./coverage";
export type { CoverageLine } from "./coverage";
export { REJECTED_HEADERS, STATUS_LABEL } from "./reportSheets";
export { readPrevious, type PreviousMaster } from "./previous";
export { formatRows, parseRows } from "./lineage";
export { isoDate } from "./duplicates";
export { MappingError, mergeMappings, parseMappings, readMappings, type MappingProblem } from "./mappings";
export { actionsOf, type Actions } from "./actions";
export { CONSOLIDATION_MESSAGES, consolidationText, reconciliationText, reminderText, type ConsolidationCatalog, type ConsolidationText } from "./messages";
export { unplacedSheets, type UnplacedSheet } from "./unplaced";
export { feedbackFileName, regionFeedback, type RegionFeedback } from "./feedback";
export { compareDuplicates, type DuplicateCandidate, type DuplicateComparison } from "./compare";
export { masterRowAddress } from "./tableSheets";
export { commonYear, masterReportYear, REPORT_YEAR_LABEL } from "./reportYear";
