/**
 * Adding a column or a table is one edit in the table definitions (src/core/tables/definitions.ts):
 * this test makes that edit in a test-only definition (a sixth column "Budget (tkr)" in tables 1–7,
 * a ninth table) and checks that template → fill → validate → consolidate → master carries the new
 * values, with nothing else changed. The pipeline's modules are loaded afresh over the edited
 * definitions, so every list and lookup they use must come from them.
 */
import type * as Definitions from "../../src/core/tables/definitions";
import type * as Consolidation from "../../src/core/consolidation";
import type * as Recognise from "../../src/core/recognise";
import type * as Tables from "../../src/core/tables";
import type * as Template from "../../src/core/template";
import type * as Validation from "../../src/core/validation";
import { expectNothingLost } from "../support/nothingLost";

const BUDGET = "Budget (tkr)";
const NINTH = "Testtabell för nya insatser";

function editedDefinitions(): typeof Definitions {
  const actual = jest.requireActual<typeof Definitions>("../../src/core/tables/definitions");
  const budget = actual.column("budget", BUDGET, 12, { synonyms: ["Budget"] });
  const columns = [...actual.ACTIVITY_COLUMN_LIST, budget];
  const tables = actual.TABLE_LIST.map((t) => (t.kind === "activity" ? { ...t, columns } : t));
  const ninth = { ...actual.activityTable(9, NINTH, []), columns };
  return { ...actual, ACTIVITY_COLUMN_LIST: columns, ACTIVITY_COLUMNS: columns, TABLE_LIST: [...tables, ninth] } as unknown as typeof Definitions;
}

interface Modules {
  tables: typeof Tables;
  template: typeof Template;
  validation: typeof Validation;
  consolidation: typeof Consolidation;
  recognise: typeof Recognise;
}

function loadWithEditedDefinitions(): Modules {
  let modules: Modules | undefined;
  jest.isolateModules(() => {
    jest.doMock("../../src/core/tables/definitions", editedDefinitions);
    modules = {
      tables: require("../../src/core/tables"),
      template: require("../../src/core/template"),
      validation: require("../../src/core/validation"),
      consolidation: require("../../src/core/consolidation"),
      recognise: require("../../src/core/recognise"),
    };
  });
  return modules!;
}

const m = loadWithEditedDefinitions();
const row = (activity: string, budget: string) => ({ region: "Kalmar", activity, outputs: "Prestation", effects: "För tidigt att säga", goals: "Agenda 2030: 9 Hållbar industri, innovationer och infrastruktur", budget });

function filledWorkbook(budget: string) {
  const spec = m.template.buildTemplate({
    region: "Kalmar",
    year: 2023,
    created: "2024-01-15",
    rows: { 1: [row("Insats A", budget)], 9: [row("Insats i nionde tabellen", "250")] },
    table8: [1, 2, 3, 4, 5, 6].map((q) => ({ question: q as 1, answer: q >= 3 && q <= 5 ? "Ja" : null, text: `Svar ${q}` })),
  });
  return spec.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]), hidden: s.hidden }));
}

describe("a sixth column and a ninth table, added in the definitions only", () => {
  it("are looked up by number, and every list of tables follows", () => {
    expect(m.tables.TABLES.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(m.tables.tableDef(8).kind).toBe("form");
    expect(m.tables.tableDef(9 as 8).title).toBe(NINTH);
    expect(m.recognise.identifyTable({ name: "Tabell 8", values: [] })?.number).toBe(8);
    expect(m.recognise.identifyTable({ name: "x", values: [["Tabell 9. " + NINTH]] })?.number).toBe(9);
  });

  it("reach the template: the column's heading on every activity sheet, a sheet for the new table", () => {
    const grids = filledWorkbook("1500");
    expect(grids.map((g) => g.name)).toContain("Tabell 9");
    expect(grids.find((g) => g.name === "Tabell 1")!.values[2]).toContain(BUDGET);
    expect(grids.find((g) => g.name === "Tabell 1")!.values[3]).toContain("1500");
  });

  it("are validated like the others: no finding about the new column or table", () => {
    const result = m.validation.validateWorkbook(filledWorkbook("1500"), { file: "kalmar.xlsx" });
    // Tables 2–7 are left empty on purpose (TABLE_EMPTY); tables 1 and 9 are complete.
    const about = result.findings.filter((f) => f.table === 1 || f.table === 9 || f.column === BUDGET || /^(COLUMN_|TABLE_MISSING|TABLE_UNPLACED|TABLE_DUPLICATE|HEADER_)/.test(f.code));
    expect(about).toEqual([]);
    expect(result.findings.filter((f) => f.code === "TABLE_EMPTY").map((f) => f.table)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it("reach the master: the budget of every row, the ninth table's rows, the board's ninth column", () => {
    const inputs = [{ file: "kalmar.xlsx", grids: filledWorkbook("1500") }];
    const result = m.consolidation.consolidate(inputs);
    expectNothingLost(inputs, result);
    expect(result.master.activity[1].map((r) => (r.values as Record<string, string>).budget)).toEqual(["1500"]);
    expect(result.master.activity[9].map((r) => r.values.activity)).toEqual(["Insats i nionde tabellen"]);
    const sheet = result.spec.sheets.find((s) => s.name === "Tabell 1")!;
    expect(sheet.values[2]).toContain(BUDGET);
    expect(sheet.values[3]).toContain("1500");
    expect(result.spec.sheets.map((s) => s.name)).toContain("Tabell 9");
    expect(result.board[0].tables.map((c) => c.table)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.board.find((b) => b.region === "Kalmar")!.tables[8]).toMatchObject({ table: 9, rows: 1 });
    expect(result.rejected).toEqual([]);
  });

  it("are read back from the master and compared on resubmission", () => {
    const first = m.consolidation.consolidate([{ file: "kalmar.xlsx", grids: filledWorkbook("1500") }]);
    const previous = first.spec.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]), hidden: s.hidden }));
    const second = m.consolidation.consolidate([{ file: "kalmar v2.xlsx", grids: filledWorkbook("1750") }], { previous });
    const changed = second.changes![0].rows.filter((r) => r.kind === "changed");
    expect(changed.map((r) => [r.table, r.cells])).toEqual([[1, [{ column: BUDGET, before: "1500", after: "1750" }]]]);
  });
});
