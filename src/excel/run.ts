/**
 * Excel.run, passed in rather than reached for globally, so the same adapter code drives
 * real Excel, the in-memory workbook of the preview, and the tests.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

/** Excel measures column widths in points; the core in characters of the default font. */
export const POINTS_PER_CHARACTER = 5.6;
