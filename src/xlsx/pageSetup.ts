import type ExcelJS from "exceljs";
import type { SheetSpec } from "../core/workbookSpec";

/**
 * How a sheet prints. The publication issue will add these to SheetSpec; until then a spec may
 * carry them as `print` and the writer renders them, so adding the field to the core is the only
 * change needed.
 */
export interface PrintSetup {
  orientation?: "portrait" | "landscape";
  /** Fit the printed columns to this many pages wide (1: every column on one page). */
  fitToWidth?: number;
  /** Rows repeated at the top of every printed page, e.g. "1:3" (the title and header rows). */
  titleRows?: string;
  paperSize?: "A4" | "A3";
}

const PAPER: Record<NonNullable<PrintSetup["paperSize"]>, number> = { A4: 9, A3: 8 };

/** The exceljs page setup of a sheet spec, or undefined for Excel's defaults. */
export function pageSetupOf(sheet: SheetSpec): Partial<ExcelJS.PageSetup> | undefined {
  const print = (sheet as SheetSpec & { print?: PrintSetup }).print;
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
  if (print.paperSize) setup.paperSize = PAPER[print.paperSize] as ExcelJS.PaperSize;
  return setup;
}
