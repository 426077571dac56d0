/**
 * The strict in-memory Excel: the test double of every adapter test and the workbook behind the
 * preview (npm run preview). It keeps Office.js's batching rules and Excel on the web's limits;
 * see memoryExcel.ts.
 */
export { MemoryContext, MemoryWorkbook, type SyncRecord } from "./memoryExcel";
export type { CellModel, ConditionalFormatModel, HyperlinkModel, SheetModel } from "./memoryExcel";
export { RangeProxy } from "./memoryRange";
export { WorksheetProxy } from "./memorySheets";
export { InvalidArgumentError, ItemAlreadyExistsError, ItemNotFoundError, OFFICE_MESSAGES, PropertyNotLoadedError, RichApiError } from "./errors";
export { type CellInput, dateSerial, interpretInput } from "./cellInput";
export { jsonBytes, OPERATION_BYTES, PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT, RESULT_BYTES, utf8Bytes } from "./payload";
