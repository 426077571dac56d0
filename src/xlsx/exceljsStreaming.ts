import type ExcelJSModule from "exceljs";

/**
 * exceljs's streaming writer for Node (writeWorkbook.ts), apart from exceljsModule.ts: a bundler
 * follows every require() of a file, and these name exceljs's Node sources (archiver, zlib), which the
 * browser chunk that takes exceljsModule.ts (the model writer, through exceljs's browser build) must not.
 */

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
  // The same files the package's entry loads (Node's module cache makes them one), so mixing is safe.
  return (streaming ??= {
    WorkbookWriter: require("exceljs/lib/stream/xlsx/workbook-writer") as StreamingExceljs["WorkbookWriter"],
    ValueType: (require("exceljs/lib/doc/enums") as { ValueType: StreamingExceljs["ValueType"] }).ValueType,
  });
  /* eslint-enable @typescript-eslint/no-require-imports */
}
