export { loadWorkbookBytes, readWorkbookBytes, WorkbookReadError, type LoadedWorkbook, type ReadSheet, type NonTextCell, type CharacterReplacement, type WorkbookReadErrorKind } from "./readWorkbook";
export { loadWorkbook } from "./readFile";
export { LIMITS, describeLimit, type LimitName } from "./limits";
export { REPLACEMENT_MARKER } from "./text";
export { writeSpecToBuffer, writeSpecToFile, writeSpecToStream, type WriteReport, type WriteOptions } from "./writeWorkbook";
export { type PrintSetup } from "./pageSetup";
export { workbookFromSpec } from "./writeWorkbookModel";
export { plainValue } from "./exceljsValue";
export { consolidationInput } from "./consolidationInput";
