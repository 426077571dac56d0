/**
 * A region that resubmits replaces exactly its own rows; the others keep theirs from the previous
 * master, lineage included; "Ändringar" lists the difference cell by cell.
 */
import { consolidate, type ConsolidationInput } from "../../../src/core/consolidation";
import { REGIONS } from "../../../src/core/regions";
import { ACTIVITY_TABLES } from "../../../src/core/tables";
import { gridsOf, reportOf, sampleInputs, sampleWorkbook, setCell, sheet } from "./helpers";

const first = consolidate(sampleInputs(), { validate: false });
const previous = gridsOf(first);

/** Blekinge's workbook, resubmitted: one cell changed, a row removed, a row added, a Ja/Nej changed. */
function resubmitted(): ConsolidationInput {
  const grids = sampleWorkbook("Blekinge");
  setCell(grids, "Tabell 1", "C5", "Nya prestationer 2023");
  sheet(grids, "Tabell 2").values.splice(4, 1); // the second row of table 2 (sheet row 5)
  sheet(grids, "Tabell 3").values.push(["Blekinge", "=Ny insats", "Prestation", "För tidigt att säga", "Agenda 2030: 9 Hållbar industri, innovationer och infrastruktur"]);
  setCell(grids, "Tabell 8", "D6", "Nej");
  return { file: "Blekinge v2.xlsx", grids };
}

describe("resubmission with a previous master", () => {
  const second = consolidate([resubmitted()], { previous, validate: false });
  const blekinge = reportOf("Blekinge");

  it("keeps every other region's rows and lineage exactly as in the previous master", () => {
    for (const { number: table } of ACTIVITY_TABLES) {
      const before = first.master.activity[table].filter((r) => r.region !== "Blekinge");
      const after = second.master.activity[table].filter((r) => r.region !== "Blekinge");
      expect(after.map((r) => ({ values: r.values, lineage: r.lineage }))).toEqual(before.map((r) => ({ values: r.values, lineage: r.lineage })));
      expect(after.every((r) => r.from === "previous")).toBe(true);
    }
    const forms = (r: typeof first) => r.master.form.filter((e) => e.region !== "Blekinge").map((e) => ({ region: e.region, answers: e.answers }));
    expect(forms(second)).toEqual(forms(first));
    expect(second.board.filter((b) => b.source === "previous")).toHaveLength(20);
    expect(second.missingRegions).toEqual([]);
  });

  it("replaces exactly Blekinge's rows with the new workbook's", () => {
    const rows = (t: 1 | 2 | 3) => second.master.activity[t].filter((r) => r.region === "Blekinge");
    expect(rows(1)).toHaveLength(blekinge.tables[1].length);
    expect(rows(1)[1].values.outputs).toBe("Nya prestationer 2023");
    expect(rows(2)).toHaveLength(blekinge.tables[2].length - 1);
    expect(rows(3)).toHaveLength(blekinge.tables[3].length + 1);
    expect(rows(1).every((r) => r.lineage.file === "Blekinge v2.xlsx")).toBe(true);
    expect(second.master.activity[1][0].region).toBe("Blekinge");
  });

  it("lists the changes cell by cell", () => {
    expect(second.changes).toHaveLength(1);
    const changes = second.changes![0];
    expect(changes).toMatchObject({ region: "Blekinge", added: 1, removed: 1, changed: 2 });
    const removed = blekinge.tables[2][1];
    expect(changes.rows).toEqual([
      {
        region: "Blekinge", table: 1, kind: "changed", label: blekinge.tables[1][1].activity,
        before: { file: "Blekinge.xlsx", sheet: "Tabell 1", row: 5 }, after: { file: "Blekinge v2.xlsx", sheet: "Tabell 1", row: 5 },
        cells: [{ column: "Resultat i form av uppnådda prestationer under året", before: blekinge.tables[1][1].outputs, after: "Nya prestationer 2023" }],
      },
      expect.objectContaining({ table: 2, kind: "removed", label: removed.activity, before: { file: "Blekinge.xlsx", sheet: "Tabell 2", row: 5 } }),
      expect.objectContaining({ table: 3, kind: "added", label: "=Ny insats", after: { file: "Blekinge v2.xlsx", sheet: "Tabell 3", row: 4 + blekinge.tables[3].length } }),
      {
        region: "Blekinge", table: 8, question: 3, kind: "changed", label: "Fråga 3",
        before: { file: "Blekinge.xlsx", sheet: "Tabell 8", row: 6 }, after: { file: "Blekinge v2.xlsx", sheet: "Tabell 8", row: 6 },
        cells: [{ column: "Ja/Nej", before: blekinge.table8.find((a) => a.question === 3)!.answer ?? "", after: "Nej" }],
      },
    ]);
    const removedRow = changes.rows[1];
    expect(removedRow.cells.map((c) => c.column)).toContain("Namn på insats och kort beskrivning");
    expect(removedRow.cells.every((c) => c.after === "")).toBe(true);
  });

  it("writes the Ändringar sheet, with text carried as text", () => {
    const sheet = second.spec.sheets.find((s) => s.name === "Ändringar")!;
    expect(sheet.values).toContainEqual(["Blekinge", 1, 1, 2]);
    expect(sheet.values.some((r) => r[3] === "=Ny insats" && r[2] === "Tillagd")).toBe(true);
    expect(sheet.values).toContainEqual(["Blekinge", 8, "Ändrad", "Fråga 3", "Ja/Nej", blekinge.table8.find((a) => a.question === 3)!.answer ?? "", "Nej", "Blekinge.xlsx, Tabell 8, rad 6", "Blekinge v2.xlsx, Tabell 8, rad 6"]);
  });

  it("reconciles the previous master's rows: kept, replaced", () => {
    // The seed: 534 rows and 21 × 6 answers; Blekinge's 27 rows and 6 answers are replaced by its 27 + 6 new ones.
    const blekingeRows = Object.values(blekinge.tables).reduce((n, t) => n + t.length, 0);
    expect(blekingeRows).toBe(27);
    expect(second.reconciliation.previous).toEqual({
      source: "(tidigare sammanställning)", rowsRead: 534 + 126, rowsInMaster: 534 + 126 - 33, rowsRejected: 0, emptyTemplateRows: 0, rowsReplaced: 33,
    });
    expect(second.reconciliation.total.rowsInMaster).toBe(534 + 126 - 33 + 27 + 6);
  });

  it("gives the same master when run again, and no changes when the same workbooks come again", () => {
    expect(consolidate([resubmitted()], { previous, validate: false }).spec).toEqual(second.spec);
    const again = consolidate(sampleInputs(), { previous, validate: false });
    expect(again.changes!.every((c) => c.rows.length === 0)).toBe(true);
    expect(again.changes).toHaveLength(21);
    const strip = (r: typeof first) => r.spec.sheets.filter((s) => s.name.startsWith("Tabell"));
    expect(strip(again)).toEqual(strip(first));
  });

  it("keeps a region's rows from the previous master through a second resubmission round", () => {
    const third = consolidate([{ file: "Kalmar.xlsx", grids: sampleWorkbook("Kalmar") }], { previous: gridsOf(second), validate: false });
    const blekinge1 = third.master.activity[1].filter((r) => r.region === "Blekinge");
    expect(blekinge1.every((r) => r.lineage.file === "Blekinge v2.xlsx" && r.from === "previous")).toBe(true);
    expect(third.master.form.find((e) => e.region === "Blekinge")!.answers.find((a) => a.question === 3)!.answer).toBe("Nej");
    expect(third.master.form.find((e) => e.region === "Blekinge")!.answers.map((a) => a.lineage)).toEqual(
      [4, 5, 6, 7, 8, 9].map((row) => ({ file: "Blekinge v2.xlsx", sheet: "Tabell 8", row }))
    );
    expect(REGIONS.every((r) => third.board.find((b) => b.region === r)!.received)).toBe(true);
  });
});
