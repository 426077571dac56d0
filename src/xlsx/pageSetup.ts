import type ExcelJS from "exceljs";
import { columnLetter, parseRange } from "../core/grid";
import type { SheetSpec } from "../core/workbookSpec";

/** exceljs's paper size code for A4 (the sheet's pageSetup.paperSize, as in the file format). */
const PAPER_A4 = 9;

/**
 * A sheet's print layout (SheetSpec.pageSetup, wrapRanges, rowHeights) on an exceljs worksheet
 * whose cells are written. Its own function so the writer calls it with one line, whatever writes
 * the cells. A wrapped cell gets a style object of its own: the writer's cells share theirs.
 */
export function applyPrintLayout(sheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  const setup = spec.pageSetup;
  if (setup) {
    sheet.pageSetup = {
      ...sheet.pageSetup,
      orientation: setup.orientation,
      paperSize: PAPER_A4,
      fitToPage: true,
      fitToWidth: setup.fitToPagesWide,
      // 0: as many pages tall as the rows need.
      fitToHeight: 0,
      margins: setup.margins,
      ...(setup.titleRows ? { printTitlesRow: `${setup.titleRows.first}:${setup.titleRows.last}` } : {}),
      ...(setup.titleColumns ? { printTitlesColumn: `${columnLetter(setup.titleColumns.first)}:${columnLetter(setup.titleColumns.last)}` } : {}),
    };
    const footer = `&L${setup.footer.left}&R${setup.footer.right}`;
    sheet.headerFooter = { ...sheet.headerFooter, oddFooter: footer };
  }
  for (const range of spec.wrapRanges ?? []) {
    const r = parseRange(range);
    for (let row = r.firstRow; row <= r.lastRow; row++) {
      for (let column = r.firstColumn; column <= r.lastColumn; column++) {
        const cell = sheet.getCell(row, column);
        cell.style = { ...cell.style, alignment: { ...cell.style.alignment, wrapText: true, vertical: "top" } };
      }
    }
  }
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) sheet.getRow(Number(row)).height = height;
}
