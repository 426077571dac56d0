import { cellText, type SheetGrid } from "../grid";
import { SUMMARY_SHEET } from "../sheets";
import { parseReportYear } from "../template";

/**
 * The report year (redovisningsåret) the regions' workbooks state on their information sheets, carried
 * into the master's Sammanställning so that the publication, and the next run, know it without asking.
 */

/** The label of the year's row near the top of Sammanställning. */
export const REPORT_YEAR_LABEL = "Redovisningsår";

/** The year most of the workbooks state; on a tie the later one. None when none states one. */
export function commonYear(years: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | undefined;
  for (const [year, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  return best;
}

/** The report year a master's Sammanställning records, if it records one. */
export function masterReportYear(grids: readonly SheetGrid[]): number | undefined {
  const summary = grids.find((g) => g.name === SUMMARY_SHEET);
  // It stands in the first rows, before the first section.
  const row = summary?.values.slice(0, 10).find((r) => cellText(r[0]) === REPORT_YEAR_LABEL);
  return row ? (parseReportYear(cellText(row[1])) ?? undefined) : undefined;
}
