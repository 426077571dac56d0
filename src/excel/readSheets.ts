import type { CellValue, SheetGrid } from "../core/grid";
import type { ExcelRun } from "./run";

/*
 * Reading the open workbook in two steps, so operations that need more than the grids
 * (validation marks, the report sheet) can send their own loads in the same two syncs.
 */

/** Queues the load of the sheet list (names and visibility): the first sync of a read. */
export function loadSheetList(context: Excel.RequestContext): Excel.WorksheetCollection {
  return context.workbook.worksheets.load("items/name,items/visibility");
}

/**
 * Queues the load of every sheet's used values (the second sync) and returns the function
 * that turns them into grids once synced. A grid starts at A1 so row and column numbers in
 * findings are the sheet's own.
 */
export function loadUsedValues(sheets: Excel.Worksheet[]): () => SheetGrid[] {
  const used = sheets.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("values,rowIndex,columnIndex,isNullObject");
    return range;
  });
  return () =>
    sheets.map((sheet, i) => {
      const range = used[i];
      const values: CellValue[][] = [];
      if (!range.isNullObject) {
        range.values.forEach((row, r) => {
          values[range.rowIndex + r] = [...new Array<CellValue>(range.columnIndex).fill(null), ...(row as CellValue[])];
        });
      }
      return { name: sheet.name, values: Array.from(values, (row) => row ?? []), hidden: sheet.visibility !== "Visible" };
    });
}

/** Every sheet of the open workbook as grids, in two syncs whatever its size. */
export async function readOpenWorkbook(run: ExcelRun): Promise<SheetGrid[]> {
  return run(async (context) => {
    const sheets = loadSheetList(context);
    await context.sync();
    const grids = loadUsedValues(sheets.items);
    await context.sync();
    return grids();
  });
}
