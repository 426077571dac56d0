/**
 * The browser-safe face of src/xlsx: workbook bytes in, grids and bytes out, no file system.
 * The task pane loads it lazily (`await import("../xlsx/browser")`) so exceljs is not in the pane's
 * first bundle; Node code (CLI, tests, scripts) takes ./index, which adds reading and writing files.
 */
export { loadWorkbookBytes, plainValue, WorkbookReadError, type LoadedWorkbook } from "./readWorkbook";
export { workbookFromSpec, writeSpecToBuffer } from "./writeWorkbook";
export { consolidationInput } from "./consolidationInput";
