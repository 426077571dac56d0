import type { CellValue, SheetGrid } from "../core/grid";
import type { ExcelRun } from "./run";

/**
 * Every sheet of the open workbook as grids, in two syncs whatever its size: one for the
 * sheet list, one for all used ranges. The grid starts at A1 so row and column numbers
 * in findings are the sheet's own.
 */
export async function readOpenWorkbook(run: ExcelRun): Promise<SheetGrid[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name,items/visibility");
    await context.sync();
    const used = sheets.items.map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject(true);
      range.load("values,rowIndex,columnIndex,isNullObject");
      return range;
    });
    await context.sync();
    return sheets.items.map((sheet, i) => {
      const range = used[i];
      const values: CellValue[][] = [];
      if (!range.isNullObject) {
        range.values.forEach((row, r) => {
          values[range.rowIndex + r] = [...new Array<CellValue>(range.columnIndex).fill(null), ...(row as CellValue[])];
        });
      }
      return { name: sheet.name, values: Array.from(values, (row) => row ?? []), hidden: sheet.visibility !== "Visible" };
    });
  });
}
