/**
 * Consolidation reads each workbook once (src/core/read) and hands the read to validation: the
 * findings (and so the board's counts) are those validation gives on its own.
 */
import { consolidate, MASTER_REPORT_SHEETS } from "../../../src/core/consolidation";
import { readWorkbook } from "../../../src/core/read";
import { REGIONS } from "../../../src/core/regions";
import { validateWorkbook } from "../../../src/core/validation";
import { fileOf, sampleInputs, sampleWorkbook, setCell, sheet } from "./helpers";

describe("the read handed to validation", () => {
  it("gives the findings validation gives on its own", () => {
    for (const region of REGIONS.slice(0, 6)) {
      const grids = sampleWorkbook(region);
      setCell(grids, "Tabell 1", "E4", "Mål som inte finns");
      expect(validateWorkbook(grids, { file: fileOf(region), read: readWorkbook(grids) })).toEqual(validateWorkbook(grids, { file: fileOf(region) }));
    }
  });

  it("leaves the board's counts as they were, also for a workbook with a sheet named like a master's report sheet", () => {
    const blekinge = sampleWorkbook("Blekinge");
    setCell(blekinge, "Tabell 2", "E4", "Mål som inte finns");
    // A sheet named like a master's report sheet is never taken for a table, by either.
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
      for (const cell of row.tables) {
        const expected = { fel: 0, varning: 0 };
        for (const f of own.findings) if (f.table === cell.table) expected[f.severity]++;
        expect(cell.findings).toEqual(expected);
      }
    }
    expect(sheet(dalarna, MASTER_REPORT_SHEETS[0])).toBeDefined();
  });
});
