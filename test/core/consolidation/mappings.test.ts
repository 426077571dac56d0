/**
 * A sheet the recogniser cannot place is mapped by the coordinator instead of retyped: the mapping
 * puts its rows in the master, is kept in the master's hidden "Mappningar" sheet, and the next run
 * (a resubmission, say) uses it again. Judged by the nothing-lost oracle and the published rows.
 */
import { consolidate, MappingError, parseMappings } from "../../../src/core/consolidation";
import { retitledTable2, damagedWorkbook } from "./damage";
import { expectNothingLost, gridsOf, reportOf, sheet } from "./helpers";

const published = (table: number) => reportOf("Blekinge").tables[table];

describe("mapping a sheet to a table", () => {
  const inputs = [{ file: "Blekinge.xlsx", grids: retitledTable2("Blekinge") }];

  it("without a mapping, the sheet's rows are in Avvisat, not the master", () => {
    const result = consolidate(inputs);
    expect(result.rejected.filter((r) => r.code === "table-unknown")).toHaveLength(published(2).length);
  });

  it("with one, they are in the master under the table, with their lineage, and the mapping is kept", () => {
    const result = consolidate(inputs, { mappings: [{ file: "Blekinge.xlsx", sheet: "Blad2", table: 2 }] });
    expectNothingLost(inputs, result);
    expect(result.rejected).toEqual([]);
    expect(result.master.activity[2].map((r) => r.values.activity)).toEqual(published(2).map((r) => r.activity));
    expect(result.master.activity[2][0].lineage).toEqual({ file: "Blekinge.xlsx", sheet: "Blad2", row: 4 });
    const kept = result.spec.sheets.find((s) => s.name === "Mappningar")!;
    expect(kept.hidden).toBe(true);
    expect(kept.values).toEqual([["Fil", "Blad", "Tabell", "Rubrikrad", "Kolumner"], ["Blekinge.xlsx", "Blad2", "2", "", ""]]);
  });

  it("is used again from the previous master, so a resubmission needs no new mapping", () => {
    const first = consolidate(inputs, { mappings: [{ file: "Blekinge.xlsx", sheet: "Blad2", table: 2 }] });
    const again = consolidate([{ file: "Blekinge.xlsx", grids: retitledTable2("Blekinge") }], { previous: gridsOf(first) });
    expect(again.rejected).toEqual([]);
    expect(again.master.activity[2].filter((r) => r.region === "Blekinge")).toHaveLength(published(2).length);
    expect(again.mappings).toEqual([{ file: "Blekinge.xlsx", sheet: "Blad2", table: 2 }]);
  });

  it("can say where the header is and which column is which, for a header nobody would recognise", () => {
    // Värmland's table 4 with its header replaced by "Vem, Vad, Hur, Varför, Vart".
    const grids = damagedWorkbook("Värmland");
    const result = consolidate([{ file: "Värmland.xlsx", grids }], {
      mappings: parseMappings([{ sheet: "Tabell 4", table: 4, headerRow: 3, columns: { region: "A", activity: "B", outputs: "C", effects: "D", goals: "E" } }]),
    });
    expect(result.rejected).toEqual([]);
    expect(result.master.activity[4].map((r) => r.values.outputs)).toEqual(reportOf("Värmland").tables[4].map((r) => r.outputs));
    expect(sheet(grids, "Tabell 4").values[2]).toEqual(["Vem", "Vad", "Hur", "Varför", "Vart"]);
  });

  it("refuses a mapping that cannot be right, naming each problem", () => {
    expect(() => parseMappings({})).toThrow(MappingError);
    try {
      parseMappings([{ sheet: "", table: 12, headerRow: 0, columns: { budget: "B", activity: "7" } }]);
      throw new Error("no error");
    } catch (error) {
      expect((error as MappingError).problems.map((p) => p.code)).toEqual(["sheet-missing", "table-unknown", "header-row-invalid", "column-invalid", "column-invalid"]);
    }
  });
});
