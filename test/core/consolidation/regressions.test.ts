/**
 * One workbook per reported bug, consolidated and judged by the independent oracle
 * (test/support/nothingLost.ts), never by the recogniser's own count.
 */
import { consolidate } from "../../../src/core/consolidation";
import { retitledTable2 } from "./damage";
import { expectNothingLost, reportOf, sampleWorkbook, sheet } from "./helpers";

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

describe("an activity written once in a merged cell over two rows, each with its own outputs", () => {
  // Blekinge's table 1: the first activity (B4) merged over B4:B5, a new row 5 with more outputs.
  const grids = sampleWorkbook("Blekinge");
  const t1 = sheet(grids, "Tabell 1");
  t1.values.splice(4, 0, ["Blekinge", null, "Fler prestationer under hösten", "", "Mål 1"]);
  t1.merges = ["B4:B5"];
  const inputs = [{ file: "Blekinge.xlsx", grids }];
  const result = consolidate(inputs);
  const activity = reportOf("Blekinge").tables[1][0].activity;

  it("gives the row under the merge the merged activity, and loses nothing", () => {
    expectNothingLost(inputs, result);
    const rows = result.master.activity[1].filter((r) => r.lineage.row === 4 || r.lineage.row === 5);
    expect(rows.map((r) => [r.values.activity, r.values.outputs])).toEqual([
      [activity, reportOf("Blekinge").tables[1][0].outputs],
      [activity, "Fler prestationer under hösten"],
    ]);
    // The input's own grid is left as it was.
    expect(t1.values[4][1]).toBeNull();
  });
});
