import type { SheetSpec } from "../core/workbookSpec";
import { jsonBytes, type RequestBudget } from "./payload";

/** Inches to the points Office.js measures margins in. */
const POINTS_PER_INCH = 72;

/**
 * Worksheet.pageLayout is ExcelApi 1.9; the add-in asks for 1.8, so it sets the print layout only
 * where Excel says it can. Outside Office (the preview, the tests) there is only the in-memory
 * workbook, which has it.
 */
export function pageLayoutSupported(): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", "1.9");
}

/** Consecutive rows of the same height, as one range each: a call per run, not per row. */
function heightRuns(heights: Record<number, number>): { first: number; last: number; height: number }[] {
  const runs: { first: number; last: number; height: number }[] = [];
  for (const [row, height] of Object.entries(heights).map(([r, h]) => [Number(r), h] as const).sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last && last.last === row - 1 && last.height === height) last.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs;
}

/**
 * A sheet's print layout (SheetSpec.print and rowHeights; the text that wraps is in textRanges),
 * queued on the sheet. Row heights are ExcelApi 1.1 and always set; the page layout only with `pageLayout`.
 */
export async function writePrintLayout(sheet: Excel.Worksheet, spec: SheetSpec, budget: RequestBudget, pageLayout = pageLayoutSupported()): Promise<void> {
  for (const run of heightRuns(spec.rowHeights ?? {})) {
    await budget.spend(0, 1);
    sheet.getRange(`${run.first}:${run.last}`).format.rowHeight = run.height;
  }
  const print = spec.print;
  if (!print || !pageLayout) return;
  await budget.spend(jsonBytes(print), 13);
  const layout = sheet.pageLayout;
  if (print.orientation) layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  if (print.paperSize) layout.paperSize = print.paperSize;
  // Pages wide only: Excel then prints as many pages tall as the rows need.
  if (print.fitToWidth !== undefined) layout.zoom = { horizontalFitToPages: print.fitToWidth };
  const m = print.margins;
  if (m) {
    layout.leftMargin = m.left * POINTS_PER_INCH;
    layout.rightMargin = m.right * POINTS_PER_INCH;
    layout.topMargin = m.top * POINTS_PER_INCH;
    layout.bottomMargin = m.bottom * POINTS_PER_INCH;
    layout.headerMargin = m.header * POINTS_PER_INCH;
    layout.footerMargin = m.footer * POINTS_PER_INCH;
  }
  const absolute = (range: string) => range.replace(/(^|:)([A-Z]+|\d+)/gi, "$1$$$2");
  if (print.titleRows) layout.setPrintTitleRows(absolute(print.titleRows));
  if (print.titleColumns) layout.setPrintTitleColumns(absolute(print.titleColumns));
  const footer = layout.headersFooters.defaultForAllPages;
  if (print.footer?.left) footer.leftFooter = print.footer.left;
  if (print.footer?.center) footer.centerFooter = print.footer.center;
  if (print.footer?.right) footer.rightFooter = print.footer.right;
}
