/** The 21 sample workbooks as consolidation inputs, and ways to damage them the way real workbooks are. */
import type { CellValue, SheetGrid } from "../../../src/core/grid";
import { REGIONS, type Region } from "../../../src/core/regions";
import type { ConsolidationInput, ConsolidationResult } from "../../../src/core/consolidation";
import { reportOf, sampleWorkbook, setCell, sheet, workbook } from "../validation/helpers";

export { reportOf, sampleWorkbook, setCell, sheet, workbook };

export const fileOf = (region: Region) => `${region}.xlsx`;

export function sampleInputs(regions: readonly Region[] = REGIONS): ConsolidationInput[] {
  return regions.map((region) => ({ file: fileOf(region), grids: sampleWorkbook(region) }));
}

/** Grids as a reader would give them back from a written master. */
export function gridsOf(result: ConsolidationResult): SheetGrid[] {
  return result.spec.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => [...row]), hidden: s.hidden }));
}

export function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

export { expectNothingLost } from "../../support/nothingLost";
