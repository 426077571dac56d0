import { cellAddress } from "../core/grid";
import type { ExcelRun } from "./run";

/* One cell at a time: selecting it, reading the selection, writing text into it. One sync each. */

/** A cell the user has selected, 1-based. */
export interface SelectedCell {
  sheet: string;
  row: number;
  column: number;
  /** A1 address of the (first) selected cell. */
  address: string;
}

function missingSheet(error: unknown, sheet: string): unknown {
  return (error as { code?: string }).code === "ItemNotFound" ? new Error(`Bladet "${sheet}" finns inte i arbetsboken.`) : error;
}

/** Activates the sheet and selects the cell. */
export async function selectCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync().catch((error) => Promise.reject(missingSheet(error, sheet)));
  });
}

/** The active cell (ExcelApi 1.7): the first cell of the selection, on the active sheet. */
export async function getSelectedCell(run: ExcelRun): Promise<SelectedCell> {
  return run(async (context) => {
    const cell = context.workbook.getActiveCell().load("rowIndex,columnIndex");
    const worksheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    const row = cell.rowIndex + 1;
    const column = cell.columnIndex + 1;
    return { sheet: worksheet.name, row, column, address: cellAddress(row, column) };
  });
}

/** Writes text into one cell as text: the format "@" goes first, so "=SUMMA(A1)" or "+46…" never becomes a formula. */
export async function setCellText(run: ExcelRun, sheet: string, address: string, text: string): Promise<void> {
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address);
    range.numberFormat = [["@"]];
    range.values = [[text]];
    await context.sync().catch((error) => Promise.reject(missingSheet(error, sheet)));
  });
}
