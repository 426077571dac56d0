import type { DataBarSpec } from "../core/workbookSpec";
import { jsonBytes, type RequestBudget } from "./payload";

/**
 * A sheet's data bars (SheetSpec.dataBars) as Excel conditional formats (ExcelApi 1.6): from the
 * range's lowest to its highest value, gradient bars in the spec's colour. Four operations and the
 * colour per bar, counted against the request budget like every other write. String values rather than
 * Excel's enums, so the in-memory workbook runs the same code.
 */
export async function addDataBars(sheet: Excel.Worksheet, bars: readonly DataBarSpec[] | undefined, budget: RequestBudget): Promise<void> {
  if (!bars?.length) return;
  await budget.spend(jsonBytes(bars), 6 * bars.length);
  for (const bar of bars) {
    const format = sheet.getRange(bar.range).conditionalFormats.add("DataBar");
    format.dataBar.lowerBoundRule = { type: "LowestValue" };
    format.dataBar.upperBoundRule = { type: "HighestValue" };
    format.dataBar.positiveFormat.fillColor = bar.color;
    format.dataBar.positiveFormat.gradientFill = true;
  }
}
