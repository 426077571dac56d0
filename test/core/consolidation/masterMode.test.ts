/**
 * Validation's master mode: the master is validated by the same rules, without the ones that only
 * make sense for one region's workbook, and without taking its lineage columns for stray text.
 */
import { consolidate } from "../../../src/core/consolidation";
import { validateWorkbook } from "../../../src/core/validation";
import { isMasterWorkbook } from "../../../src/core/validation/master";
import { NO_ACTIVITIES_TEXT } from "../../../src/core/tables";
import { gridsOf, sampleInputs, sampleWorkbook, setCell, sheet } from "./helpers";

const master = gridsOf(consolidate(sampleInputs(["Blekinge", "Kalmar", "Skåne"]), { validate: false }));
const codes = (grids: Parameters<typeof validateWorkbook>[0]) => validateWorkbook(grids, { file: "m.xlsx" }).findings.map((f) => f.code);

describe("validation in master mode", () => {
  it("knows a master by its lineage columns, not by a sheet's name", () => {
    expect(isMasterWorkbook(master)).toBe(true);
    expect(isMasterWorkbook(sampleWorkbook("Blekinge"))).toBe(false);
    expect(isMasterWorkbook([...sampleWorkbook("Blekinge"), { name: "Sammanställning", values: [["Egna anteckningar"]] }])).toBe(false);
  });

  it("asks a master for no information sheet and reads none of its report sheets as a table", () => {
    const found = codes(master);
    expect(found.filter((c) => /^(INFO_|TEMPLATE_VERSION|TABLE_|HEADER_|COLUMN_)/.test(c))).toEqual([]);
  });

  it("still asks a regional workbook for its information sheet", () => {
    expect(codes(sampleWorkbook("Blekinge").filter((g) => g.name !== "Information"))).toContain("INFO_SHEET_MISSING");
  });

  it("weighs a region's 'inga insatser' row against that region's rows only", () => {
    const grids = master.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
    expect(codes(grids)).not.toContain("PLACEHOLDER_WITH_ROWS");
    const t1 = sheet(grids, "Tabell 1");
    t1.values.push(["Kalmar", NO_ACTIVITIES_TEXT, "", "", "", "x.xlsx", "Tabell 1", "9"]);
    expect(codes(grids).filter((c) => c === "PLACEHOLDER_WITH_ROWS")).toHaveLength(1);
  });

  it("still reports rows of no region, and real stray columns", () => {
    const grids = master.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
    setCell(grids, "Tabell 2", "A4", "Atlantis");
    setCell(grids, "Tabell 2", "I3", "Kommentar");
    setCell(grids, "Tabell 2", "I4", "anteckning");
    const found = codes(grids);
    expect(found).toContain("REGION_UNKNOWN");
    expect(found.filter((c) => c === "COLUMN_UNKNOWN")).toHaveLength(1);
  });
});
