import type ExcelJS from "exceljs";
import type { PrintSetup, SheetSpec } from "../core/workbookSpec";

/**
 * How a sheet prints (SheetSpec.print and rowHeights, set by src/core/printLayout.ts) in exceljs's
 * terms, for both writers: the worksheet's page setup and footer, and each row's height.
 */
export type { PrintSetup };

const PAPER: Record<NonNullable<PrintSetup["paperSize"]>, number> = { A4: 9, A3: 8 };

/** The exceljs page setup of a sheet spec, or undefined for Excel's defaults. */
export function pageSetupOf(sheet: SheetSpec): Partial<ExcelJS.PageSetup> | undefined {
  const print = sheet.print;
  if (!print) return undefined;
  const setup: Partial<ExcelJS.PageSetup> = {};
  if (print.orientation) setup.orientation = print.orientation;
  if (print.fitToWidth !== undefined) {
    setup.fitToPage = true;
    setup.fitToWidth = print.fitToWidth;
    // 0: as many pages tall as the rows need.
    setup.fitToHeight = 0;
  }
  if (print.titleRows) setup.printTitlesRow = print.titleRows;
  if (print.titleColumns) setup.printTitlesColumn = print.titleColumns;
  if (print.paperSize) setup.paperSize = PAPER[print.paperSize] as ExcelJS.PaperSize;
  if (print.margins) setup.margins = { ...print.margins };
  return setup;
}

/** The footer as exceljs writes it (&L, &C, &R sections), or undefined for none. */
export function headerFooterOf(sheet: SheetSpec): Partial<ExcelJS.HeaderFooter> | undefined {
  const footer = sheet.print?.footer;
  if (!footer) return undefined;
  const text = `${footer.left ? `&L${footer.left}` : ""}${footer.center ? `&C${footer.center}` : ""}${footer.right ? `&R${footer.right}` : ""}`;
  return text ? { oddFooter: text } : undefined;
}

/** A row's height in points when the spec sets one (Excel's own otherwise). */
export function rowHeightOf(sheet: SheetSpec, row: number): number | undefined {
  return sheet.rowHeights?.[row];
}
