/**
 * One workbook per reported bug, consolidated and judged by the independent oracle
 * (test/support/nothingLost.ts), never by the recogniser's own count.
 */
import { consolidate } from "../../../src/core/consolidation";
import { retitledTable2 } from "./damage";
import { expectNothingLost, reportOf } from "./helpers";

describe("a table whose sheet name and title no longer say which table it is", () => {
  const inputs = [{ file: "Blekinge.xlsx", grids: retitledTable2("Blekinge") }];
  const result = consolidate(inputs);
  const published = reportOf("Blekinge").tables[2];

  it("loses none of its rows: they are in Avvisat with the reason, the counts reconcile", () => {
    expectNothingLost(inputs, result);
    const rejected = result.rejected.filter((r) => r.sheet === "Blad2");
    // The fixture: every published table 2 row of Blekinge, one rejected row each.
    expect(rejected.map((r) => r.cells[1])).toEqual(published.map((r) => r.activity));
    expect(rejected.every((r) => r.code === "table-unknown" && /anger inte vilken tabell/.test(r.reason))).toBe(true);
    expect(result.master.activity[2].filter((r) => r.region === "Blekinge")).toEqual([]);
  });

  it("says so in the file's messages", () => {
    expect(result.files[0].messages.some((m) => m.includes('Bladet "Blad2"') && m.includes(`${published.length} rader avvisade`))).toBe(true);
  });
});
