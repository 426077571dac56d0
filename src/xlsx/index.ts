// src/xlsx for Node (CLI, tests, scripts): the browser-safe part (./browser) plus files on disk.
export * from "./browser";
export { loadWorkbook } from "./readFile";
export { writeSpecToFile } from "./writeWorkbook";
