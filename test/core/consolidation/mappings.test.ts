/**
 * A sheet the recogniser cannot place is mapped by the coordinator instead of retyped: the mapping
 * puts its rows in the master, is kept in the master's hidden "Mappningar" sheet, and the next run
 * (a resubmission, say) uses it again. Judged by the nothing-lost oracle and the published rows.
 */
import { actionsOf, consolidate, MappingError, parseMappings, unplacedSheets } from "../../../src/core/consolidation";
import { columnLetter } from "../../../src/core/grid";
import { enoughColumns, guessColumns } from "../../../src/core/recognise";
import { tableDef } from "../../../src/core/tables";
import { retitledTable2, damagedWorkbook } from "./damage";
import { expectNothingLost, gridsOf, reportOf, sampleWorkbook, sheet } from "./helpers";

const published = (table: number, region: Parameters<typeof reportOf>[0] = "Blekinge") => reportOf(region).tables[table];

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

describe("a sheet whose headings are cut short without a full stop (Reg, Akt, Prest, Eff)", () => {
  // Fixture: Kalmar's table 3 from the seed, its header row (sheet row 3) written "Reg | Akt | Prest | Eff | Mål".
  const ABBREVIATED = ["Reg", "Akt", "Prest", "Eff", "Mål"];
  const grids = () => {
    const g = sampleWorkbook("Kalmar");
    sheet(g, "Tabell 3").values[2] = [...ABBREVIATED];
    return g;
  };
  const inputs = [{ file: "Kalmar.xlsx", grids: grids() }];
  const rows = published(3, "Kalmar");

  it("is offered for mapping as a header not found, with its header row among the rows shown, and listed as an action", () => {
    const result = consolidate(inputs);
    const [unplaced] = unplacedSheets(result);
    expect(unplaced).toMatchObject({ file: "Kalmar.xlsx", sheet: "Tabell 3", problem: "header-not-found", table: 3 });
    expect(unplaced.firstRows.find((r) => r.row === 3)?.cells).toEqual(ABBREVIATED);
    expect(actionsOf(result).unplaced).toEqual([{ file: "Kalmar.xlsx", sheet: "Tabell 3", problem: "header-not-found", table: 3 }]);
    expect(result.master.activity[3]).toHaveLength(0);
  });

  it("gets each column guessed from its abbreviation, and with the guess as the mapping every row is in the master", () => {
    const columns = guessColumns(ABBREVIATED, tableDef(3).columns);
    // By the fixture: the columns are in the template's order, A to E.
    expect(columns).toEqual({ region: 0, activity: 1, outputs: 2, effects: 3, goals: 4 });
    const letters = Object.fromEntries(Object.entries(columns).map(([field, i]) => [field, columnLetter(i + 1)]));
    const result = consolidate(inputs, { mappings: [{ file: "Kalmar.xlsx", sheet: "Tabell 3", headerRow: 3, table: 3, columns: letters }] });
    // The oracle finds data rows by the template's exact headings, so it is given the workbook as it was before
    // its headings were cut: the same cells in every data row.
    expectNothingLost([{ file: "Kalmar.xlsx", grids: sampleWorkbook("Kalmar") }], result);
    expect(result.rejected).toEqual([]);
    expect(result.master.activity[3].map((r) => [r.values.activity, r.values.outputs, r.values.effects, r.values.goals])).toEqual(
      rows.map((r) => [r.activity, r.outputs, r.effects, r.goals])
    );
    expect(unplacedSheets(result)).toEqual([]);
  });

  it("guesses nothing from cells that abbreviate no heading, and needs three columns, two of content, to be read", () => {
    expect(guessColumns(["Nr", "Kalmar", "xy.", "Övr."], tableDef(3).columns)).toEqual({});
    expect(enoughColumns(tableDef(3), { region: 0, activity: 1 })).toBe(false);
    expect(enoughColumns(tableDef(3), { region: 0, activity: 1, outputs: 2 })).toBe(true);
    expect(enoughColumns(tableDef(8), { text: 0, response: 1 })).toBe(true);
  });
});

describe("a headerless sheet in a workbook that says its region nowhere else", () => {
  // Fixture: rapport.xlsx, no information sheet, no region in its name or title; one sheet "Tabell 2"
  // whose header nobody would recognise (row 2), and two rows naming Gotland (rows 3–4).
  const grids = [
    {
      name: "Tabell 2",
      values: [["Tabell 2. Kompetensförsörjning"], ["Vem", "Vad", "Hur", "Varför", "Vart"], ["Gotland", "Insats A", "Gjort", "Bra", "RUS 1"], ["Gotland", "Insats B", "Gjort", "Bra", "RUS 2"]],
    },
  ];
  const inputs = [{ file: "rapport.xlsx", grids }];

  it("is offered for mapping (the header is what keeps the rows, and so the region, from being read)", () => {
    const result = consolidate(inputs);
    expect(result.rejected.map((r) => [r.row, r.code])).toEqual([1, 2, 3, 4].map((row) => [row, "header-not-found"]));
    expect(unplacedSheets(result).map((s) => [s.sheet, s.problem, s.table])).toEqual([["Tabell 2", "header-not-found", 2]]);
  });

  it("once mapped, its rows are read and tell the region", () => {
    const result = consolidate(inputs, { mappings: [{ file: "rapport.xlsx", sheet: "Tabell 2", table: 2, headerRow: 2, columns: { region: "A", activity: "B", outputs: "C", effects: "D", goals: "E" } }] });
    expect(result.files[0]).toMatchObject({ status: "used", region: "Gotland" });
    expect(result.master.activity[2].map((r) => r.values.activity)).toEqual(["Insats A", "Insats B"]);
  });
});
