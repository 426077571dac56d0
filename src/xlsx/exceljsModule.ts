import type ExcelJSModule from "exceljs";

/** The exceljs module, loaded on first use: it takes about 180 ms to load, and only writing needs it
 * (the readers are fflate + saxes), so `regionrapport --version`, help and validate start without it. */
let loaded: typeof ExcelJSModule | undefined;
export function exceljs(): typeof ExcelJSModule {
  // A require, not import(): jest runs the sources as CommonJS, where import() needs Node flags.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require("exceljs") as typeof ExcelJSModule);
}
