export { loadWorkbook, plainValue, WorkbookReadError, type LoadedWorkbook } from "./readWorkbook";
export { workbookFromSpec, writeSpecToBuffer, writeSpecToFile } from "./writeWorkbook";
export { consolidationInput } from "./consolidationInput";
