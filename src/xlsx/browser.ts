/**
 * The browser-safe face of src/xlsx: workbook bytes in, grids out, no file system and no exceljs
 * (the reader is fflate + saxes), so the chunk the pane loads lazily (`await import("../xlsx/browser")`)
 * is small. Node code (CLI, tests, scripts) takes ./index, which adds files on disk and the writers.
 */
export {
  loadWorkbookBytes,
  readWorkbookBytes,
  WorkbookReadError,
  type CharacterReplacement,
  type LoadedWorkbook,
  type NonTextCell,
  type ReadSheet,
  type WorkbookReadErrorKind,
} from "./readWorkbook";
export { describeLimit, LIMITS, type LimitName } from "./limits";
export { type ReadLang, type ReadReason } from "./readErrorTexts";
export { REPLACEMENT_MARKER } from "./text";
export { consolidationInput, unreadableInput } from "./consolidationInput";
