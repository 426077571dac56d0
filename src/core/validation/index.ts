/**
 * Validation of report workbooks: plain TypeScript over grids, shared by the task pane, the ribbon
 * command and the CLI. Rules live one per file in rules/ (catalog: rules/index.ts); messages one
 * file per language in messages/.
 */
export type { Acceptance, Finding, Issue, Language, Location, MessageParams, Rule, Severity, ValidationOptions, ValidationResult } from "./types";
export type { ValidationContext } from "./context";
export { validateWorkbook, validateWorkbooks, countFindings, sortFindings, defaultTaxonomy } from "./validate";
export { GOAL_SHEET } from "../goalCell";
export type { WorkbookInput, WorkbooksResult } from "./validate";
export { RULES, onlyCrossReference } from "./rules";
export { CODE_TITLES, codeTitle, MESSAGES, formatMessage } from "./messages";
export type { Messages } from "./messages";
export { cellHeading, findingsToGrid, FILE_COLUMN, REPORT_COLUMNS, REPORT_SHEET, reportHeader, SOURCE_COLUMNS } from "./reportSheet";
export type { ReportGridOptions } from "./reportSheet";
export { KNOWN_TEMPLATE_VERSIONS, isKnownTemplateVersion } from "./templateVersions";
export { ruleCodes } from "./catalog";
export { isMasterWorkbook } from "./master";
export { referenceMemo } from "./references";
export type { ReferenceMemo } from "./references";
export { rulesVersion, currentRulesVersion, RULES_REVISION } from "./catalog";
export {
  applyExceptions, exceptionFor, exceptionKey, exceptionsForMaster, exceptionsGrid, exceptionsSheetSpec, EXCEPTION_COLUMNS, EXCEPTIONS_SHEET, readExceptions, withException,
} from "./exceptions";
export type { FindingException } from "./exceptions";
export { isoLocal, makeStamp, readSettings, readStamp, STAMP_SHEET, stampGrid, stampStatus, workbookFingerprint } from "./stamp";
export type { StampState, StampStatus, ValidationStamp, WorkbookSettings } from "./stamp";
