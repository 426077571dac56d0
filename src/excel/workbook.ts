import type { WorkbookSpec } from "../core/workbookSpec";
import type { ExcelRun } from "./run";
import { existingSheetNames, writeWorkbookSpec } from "./writeSpec";

/** What the task pane may do to the open workbook; components get this, never Excel.run. */
export interface OpenWorkbook {
  existingSheetNames(names: string[]): Promise<string[]>;
  writeSpec(spec: WorkbookSpec, options: { replaceExisting: boolean }): Promise<void>;
}

export function openWorkbook(run: ExcelRun): OpenWorkbook {
  return {
    existingSheetNames: (names) => existingSheetNames(run, names),
    writeSpec: (spec, options) => writeWorkbookSpec(run, spec, options),
  };
}
