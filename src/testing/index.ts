/**
 * The strict in-memory Excel: the test double of every adapter test and the workbook behind the
 * preview (npm run preview). It keeps Office.js's batching rules and Excel on the web's limits;
 * see memoryExcel.ts.
 */
export { MemoryContext, MemoryWorkbook, RangeProxy, WorksheetProxy } from "./memoryExcel";
export type { CellModel, ConditionalFormatModel, HyperlinkModel, SheetModel } from "./memoryExcel";
export { InvalidArgumentError, ItemNotFoundError, PropertyNotLoadedError } from "./memoryModel";
