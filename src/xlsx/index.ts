// src/xlsx for Node (CLI, tests, scripts): the browser-safe part (./browser) plus files on disk and
// the writers (the streaming one is Node only; the full-model one is kept as the reference).
export * from "./browser";
export { loadWorkbook, readWorkbookFile } from "./readFile";
export { writeSpecToBuffer, writeSpecToFile, writeSpecToStream, type WriteReport, type WriteOptions } from "./writeWorkbook";
export { type PrintSetup } from "./pageSetup";
export { workbookFromSpec } from "./writeWorkbookModel";
export { plainValue } from "./exceljsValue";
