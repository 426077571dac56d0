/** The 21 sample workbooks as consolidation inputs, and ways to damage them the way real workbooks are. */
import { type CellValue, isBlankRow, type SheetGrid } from "../../../src/core/grid";
import { REGIONS, type Region } from "../../../src/core/regions";
import { type ConsolidationInput, type ConsolidationResult, MASTER_REPORT_SHEETS } from "../../../src/core/consolidation";
import { isPrefilledOnly } from "../../../src/core/readReport";
import { recogniseWorkbook } from "../../../src/core/recognise";
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

const key = (file: string, sheet: string, row: number) => `${file}\u0000${sheet}\u0000${row}`;

/**
 * Nothing lost, checked from outside: every non-empty data row of every recognised table (and every
 * non-blank row of a sheet whose header was not found) of every readable input is in the master
 * exactly once, by its lineage, or in rejected exactly once with a reason; and nothing else is.
 * Returns the rows expected, for counts.
 */
export function expectNothingLost(inputs: ConsolidationInput[], result: ConsolidationResult): { rows: number; emptyTemplateRows: number } {
  const expected = new Map<string, number>();
  let emptyTemplateRows = 0;
  for (const input of inputs) {
    if ("error" in input) continue;
    const grids = input.grids.filter((g) => !MASTER_REPORT_SHEETS.includes(g.name));
    const recognition = recogniseWorkbook(grids);
    for (const table of recognition.tables) {
      for (const row of table.rows) {
        const onlyRegion = Object.entries(row.values).every(([k, v]) => k === "region" || v === "" || (table.def.kind === "form" && table.shape !== "wide" && (k === "question" || k === "text"))) && !Object.keys(row.extra).length;
        const empty = table.def.kind === "activity" ? isPrefilledOnly(row) : onlyRegion;
        if (empty) emptyTemplateRows++;
        else expected.set(key(input.file, table.sheet, row.sheetRow), 0);
      }
    }
    for (const h of recognition.headerless) {
      grids.find((g) => g.name === h.sheet)!.values.forEach((row, r) => {
        if (!isBlankRow(row)) expected.set(key(input.file, h.sheet, r + 1), 0);
      });
    }
  }
  const seen = (k: string, where: string) => {
    if (!expected.has(k)) throw new Error(`${where}: ${k.replace(/\u0000/g, " / ")} is no data row of an input`);
    expected.set(k, expected.get(k)! + 1);
  };
  for (const rows of Object.values(result.master.activity)) {
    for (const row of rows) if (row.from === "file") seen(key(row.lineage.file, row.lineage.sheet, row.lineage.row), "master");
  }
  for (const entry of result.master.form) {
    if (entry.from !== "file") continue;
    for (const r of entry.lineage.rows ?? [entry.lineage.row]) seen(key(entry.lineage.file, entry.lineage.sheet, r), "master table 8");
  }
  for (const r of result.rejected) {
    if (!r.reason) throw new Error(`rejected without reason: ${r.file} ${r.sheet} ${r.row}`);
    if (r.file !== "(tidigare sammanställning)") seen(key(r.file, r.sheet, r.row), "rejected");
  }
  const wrong = [...expected].filter(([, n]) => n !== 1).map(([k, n]) => `${k.replace(/\u0000/g, " / ")}: ${n}`);
  expect(wrong).toEqual([]);
  const t = result.reconciliation.total;
  expect(t.rowsRead).toBe(t.rowsInMaster + t.rowsRejected + (t.rowsReplaced ?? 0));
  for (const line of result.reconciliation.files) expect(line.rowsRead).toBe(line.rowsInMaster + line.rowsRejected);
  const fromFiles = result.reconciliation.files.reduce((n, l) => n + l.rowsRead, 0);
  expect(fromFiles).toBe(expected.size);
  expect(result.reconciliation.files.reduce((n, l) => n + l.emptyTemplateRows, 0)).toBe(emptyTemplateRows);
  return { rows: expected.size, emptyTemplateRows };
}
