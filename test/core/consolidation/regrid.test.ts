/**
 * An input that can read its grids again (the CLI's, from the file's bytes) is read without keeping
 * them: only a superseded file's rows, which go to Avvisat with their cells, are read again.
 */
import type { CellValue, SheetGrid } from "../../../src/core/grid";
import { type ConsolidationInput, startConsolidation } from "../../../src/core/consolidation";
import { sampleWorkbook } from "./helpers";

const copy = (grids: SheetGrid[]): SheetGrid[] => grids.map((g) => ({ ...g, values: g.values.map((row) => [...row]) }));

/** The row's texts as the sheet has them, trailing blanks cut: what Avvisat should show. */
function sheetRow(grids: SheetGrid[], sheet: string, row: number): string[] {
  const cells = (grids.find((g) => g.name === sheet)!.values[row - 1] ?? []).map((v: CellValue) => (v === null ? "" : String(v)));
  while (cells.length && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

describe("inputs that read their grids again", () => {
  const original = sampleWorkbook("Örebro");
  const calls = { used: 0, superseded: 0 };
  const inputs: ConsolidationInput[] = [
    { file: "Örebro.xlsx", grids: copy(original), regrid: () => (calls.used++, copy(original)) },
    { file: "Örebro kopia.xlsx", grids: copy(original), regrid: () => (calls.superseded++, copy(original)) },
  ];
  const run = startConsolidation({ choices: { Örebro: "Örebro.xlsx" }, validate: false });
  const reads = inputs.map((input) => run.read(input));
  // What the reads were given is gone: whatever Avvisat shows was read again.
  for (const input of inputs) if ("grids" in input) for (const grid of input.grids) grid.values = [];
  const result = run.finish(reads);
  const superseded = result.rejected.filter((r) => r.code === "superseded");

  test("the superseded file is read again once, the used one never", () => {
    expect(superseded.length).toBeGreaterThan(20);
    expect(superseded.every((r) => r.file === "Örebro kopia.xlsx")).toBe(true);
    expect(calls).toEqual({ used: 0, superseded: 1 });
  });

  test("every superseded row has the cells its sheet row has", () => {
    for (const r of superseded) {
      expect(r.cells.length).toBeGreaterThan(1);
      expect(r.cells).toEqual(sheetRow(original, r.sheet, r.row));
    }
  });

  test("the master has the used file's rows, as without reading again", () => {
    const plain = startConsolidation({ choices: { Örebro: "Örebro.xlsx" }, validate: false });
    const expected = plain.finish([{ file: "Örebro.xlsx", grids: copy(original) }, { file: "Örebro kopia.xlsx", grids: copy(original) }].map((i) => plain.read(i)));
    expect(result.master).toEqual(expected.master);
    expect(result.rejected).toEqual(expected.rejected);
  });
});
