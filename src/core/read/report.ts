import type { SheetGrid } from "../grid";
import { perActivityTable } from "../tables";
import type { RegionReport } from "../report";
import { readWorkbook } from "./workbook";
import type { WorkbookRead } from "./types";

export interface ReadReportResult {
  report: RegionReport | null;
  /** Why no report could be made, in Swedish. */
  problem?: string;
}

/** One region's report as the reader takes it: the rows and answers that would reach the master. */
export function reportOf(read: WorkbookRead): ReadReportResult {
  if (!read.region) return { report: null, problem: "Arbetsboken anger ingen av de 21 regionerna." };
  const tables = perActivityTable<RegionReport["tables"][number]>(() => []);
  for (const row of read.rows) tables[row.table.def.number].push(row.values);
  return {
    report: {
      region: read.region,
      year: read.year ?? NaN,
      contact: read.info?.fields.contact || undefined,
      tables,
      table8: read.answers.map((a) => ({ question: a.question, answer: a.yesNo || null, text: a.text })),
    },
  };
}

/** readWorkbook, then reportOf: for callers that want the report alone. */
export function readReport(grids: SheetGrid[]): ReadReportResult {
  return reportOf(readWorkbook(grids));
}
