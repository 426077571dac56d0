export { loadWorkbookBytes, plainValue, WorkbookReadError, type LoadedWorkbook } from "./readWorkbook";
export { loadWorkbook } from "./readFile";
export { workbookFromSpec, writeSpecToBuffer, writeSpecToFile } from "./writeWorkbook";
export { consolidationInput } from "./consolidationInput";
