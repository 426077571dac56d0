import type ExcelJSModule from "exceljs";

/** The exceljs module, loaded on first use: it takes about 180 ms to load, and only writing needs it
 * (the readers are fflate + saxes), so `regionrapport --version`, help and validate start without it. */
let loaded: typeof ExcelJSModule | undefined;
export function exceljs(): typeof ExcelJSModule {
  // A require, not import(): jest runs the sources as CommonJS, where import() needs Node flags.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require("exceljs") as typeof ExcelJSModule);
}

/** What writing a file needs of exceljs: its streaming writer and the value types of its cells. */
export interface StreamingExceljs {
  WorkbookWriter: typeof ExcelJSModule.stream.xlsx.WorkbookWriter;
  ValueType: typeof ExcelJSModule.ValueType;
}

let streaming: StreamingExceljs | undefined;
/**
 * exceljs's streaming writer alone, from its own files: the package's entry also loads the readers
 * (unzipper, the object model), which the CLI never uses, and cost 0.2 s of every write's start-up.
 */
export function exceljsStreaming(): StreamingExceljs {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return (streaming ??= loaded
    ? { WorkbookWriter: loaded.stream.xlsx.WorkbookWriter, ValueType: loaded.ValueType }
    : {
        WorkbookWriter: require("exceljs/lib/stream/xlsx/workbook-writer") as StreamingExceljs["WorkbookWriter"],
        ValueType: (require("exceljs/lib/doc/enums") as { ValueType: StreamingExceljs["ValueType"] }).ValueType,
      });
  /* eslint-enable @typescript-eslint/no-require-imports */
}
