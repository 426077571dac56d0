/**
 * Validation of report workbooks: plain TypeScript over grids, shared by the task pane, the ribbon
 * command and the CLI. Rules live one per file in rules/ (catalog: rules/index.ts); messages one
 * file per language in messages/.
 */
export type { Finding, Issue, Language, Location, MessageParams, Rule, Severity, ValidationOptions, ValidationResult } from "./types";
export type { ValidationContext } from "./context";
export { validateWorkbook, validateWorkbooks, countFindings, sortFindings } from "./validate";
export { GOAL_SHEET } from "../goalCell";
export type { WorkbookInput, WorkbooksResult } from "./validate";
export { RULES } from "./rules";
export { MESSAGES, formatMessage } from "./messages";
export type { Messages } from "./messages";
export { findingsToGrid, REPORT_SHEET, REPORT_COLUMNS, FILE_COLUMN } from "./reportSheet";
export type { ReportGridOptions } from "./reportSheet";
export { KNOWN_TEMPLATE_VERSIONS, isKnownTemplateVersion } from "./templateVersions";
export { ruleCodes } from "./catalog";
export { isMasterWorkbook } from "./master";
export { referenceMemo } from "./references";
export type { ReferenceMemo } from "./references";
