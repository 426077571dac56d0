/**
 * Consolidation recognises each workbook once and hands the recognition to validation: the findings
 * (and so the board's counts) are those validation gives on its own.
 */
import { consolidate, MASTER_REPORT_SHEETS } from "../../../src/core/consolidation";
import { REGIONS } from "../../../src/core/regions";
import { recogniseWorkbook } from "../../../src/core/recognise";
import { validateWorkbook } from "../../../src/core/validation";
import { fileOf, sampleInputs, sampleWorkbook, setCell, sheet } from "./helpers";

describe("the recognition handed to validation", () => {
  it("gives the findings validation gives on its own", () => {
    for (const region of REGIONS.slice(0, 6)) {
      const grids = sampleWorkbook(region);
      setCell(grids, "Tabell 1", "E4", "Mål som inte finns");
      const recognition = recogniseWorkbook(grids);
      expect(validateWorkbook(grids, { file: fileOf(region), recognised: { grids, recognition } })).toEqual(validateWorkbook(grids, { file: fileOf(region) }));
    }
  });

  it("is used only for the very sheets validation reads", () => {
    const grids = sampleWorkbook("Blekinge");
    // A recognition of other grids (here: none of the tables) is not taken for this workbook's.
    const other = recogniseWorkbook(grids.slice(0, 1));
    expect(validateWorkbook(grids, { recognised: { grids: grids.slice(0, 1), recognition: other } })).toEqual(validateWorkbook(grids));
    // Same sheets in new objects: not the same grids, recognised anew.
    const copies = grids.map((g) => ({ ...g }));
    expect(validateWorkbook(grids, { recognised: { grids: copies, recognition: other } })).toEqual(validateWorkbook(grids));
  });

  it("leaves the board's counts as they were, also for a workbook with a sheet named like a master's report sheet", () => {
    const blekinge = sampleWorkbook("Blekinge");
    setCell(blekinge, "Tabell 2", "E4", "Mål som inte finns");
    // Consolidation skips this sheet; validation of a region's workbook reads it (so recognises anew).
    const dalarna = sampleWorkbook("Dalarna");
    dalarna.push({ name: MASTER_REPORT_SHEETS[0], values: [["Tabell 3"], ["x"]] });
    const inputs = [{ file: fileOf("Blekinge"), grids: blekinge }, { file: fileOf("Dalarna"), grids: dalarna }, ...sampleInputs(["Gotland"])];
    const result = consolidate(inputs);
    for (const input of inputs) {
      if ("error" in input) continue;
      const own = validateWorkbook(input.grids, { file: input.file });
      const file = result.files.find((f) => f.file === input.file)!;
      expect(file.findings).toEqual(own.counts);
      const row = result.board.find((b) => b.file === input.file)!;
      for (const table of row.tables) {
        const n = row.tables.indexOf(table) + 1;
        const expected = { fel: 0, varning: 0 };
        for (const f of own.findings) if (f.table === n) expected[f.severity]++;
        expect(table.findings).toEqual(expected);
      }
    }
    expect(sheet(dalarna, MASTER_REPORT_SHEETS[0])).toBeDefined();
  });
});
