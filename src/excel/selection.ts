import { cellAddress, type CellValue } from "../core/grid";
import type { ExcelRun } from "./run";

/*
 * Following the user's selection: the selected cell with its row's values, read in one sync, and the
 * workbook's selection event (Workbook.onSelectionChanged, ExcelApi 1.2; Range.getUsedRangeOrNullObject,
 * ExcelApi 1.4; Workbook.getActiveCell, ExcelApi 1.7 – all within the manifest's floor, 1.8).
 */

/** The active cell and the values of its row, from column A to the row's last used cell. */
export interface SelectedRow {
  sheet: string;
  /** 1-based. */
  row: number;
  column: number;
  /** A1 address of the active cell. */
  address: string;
  /** The row's cell values from column A; [] for an empty row. */
  values: CellValue[];
}

/** The active cell and its row (1 sync: the row's used cells only, never the whole row). */
export async function readSelectedRow(run: ExcelRun): Promise<SelectedRow> {
  return run(async (context) => {
    const cell = context.workbook.getActiveCell().load("rowIndex,columnIndex");
    const worksheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    const used = context.workbook.getActiveCell().getEntireRow().getUsedRangeOrNullObject(true).load("isNullObject,values,columnIndex");
    await context.sync();
    const row = cell.rowIndex + 1;
    const column = cell.columnIndex + 1;
    const values: CellValue[] = used.isNullObject ? [] : [...Array<CellValue>(used.columnIndex).fill(null), ...(used.values[0] as CellValue[])];
    return { sheet: worksheet.name, row, column, address: cellAddress(row, column), values };
  });
}

/**
 * Calls `onRow` with the selected row after every change of selection: one sync per change. When the
 * selection moves again before a read is back, only the latest read is delivered, so the pane never
 * shows an older row after a newer one. Registering takes 1 sync; so does the returned stop().
 */
export async function onSelectionChanged(run: ExcelRun, onRow: (row: SelectedRow) => void, onError: (error: unknown) => void = () => undefined): Promise<() => Promise<void>> {
  let latest = 0;
  let stopped = false;
  const handler = async () => {
    if (stopped) return;
    const ticket = ++latest;
    try {
      const row = await readSelectedRow(run);
      if (!stopped && ticket === latest) onRow(row);
    } catch (error) {
      if (!stopped && ticket === latest) onError(error);
    }
  };
  const registration = await run(async (context) => {
    const result = context.workbook.onSelectionChanged.add(handler);
    await context.sync();
    return result;
  });
  return async () => {
    if (stopped) return;
    stopped = true;
    // Removed in the context it was added in, as Office.js requires.
    registration.remove();
    await registration.context.sync();
  };
}
