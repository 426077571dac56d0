/** The Mål cell as the goal picker edits it: taking references out, and finding the row under a selection. */
import { goalLayout, goalRowAt, removeGoalText } from "../../src/core/goalCell";
import { recogniseReferences } from "../../src/core/taxonomy";
import { loadTaxonomy } from "../../src/core/taxonomy";
import { sampleRow, workbook } from "./validation/helpers";

const taxonomy = loadTaxonomy();
const spansOf = (text: string, region: string, ids: string[]) => recogniseReferences(text, taxonomy, { region }).filter((r) => r.entryId && ids.includes(r.entryId));

describe("removeGoalText", () => {
  // Blekinge 1:22 in the seed.
  const blekinge = sampleRow(1, 22).goals;

  it("drops a line that is only the reference, keeping the rest as written", () => {
    const refs = recogniseReferences(blekinge, taxonomy, { region: "Blekinge" }).filter((r) => /Stärkt attraktivitet/.test(r.text));
    expect(refs).toHaveLength(1);
    expect(removeGoalText(blekinge, refs)).toBe(blekinge.replace("Stärkt attraktivitet särskilt för unga.\n", ""));
  });

  it("cuts a reference out of a longer line and tidies the separators", () => {
    const text = "Agenda 2030: 3 Hälsa och välbefinnande, 7 Hållbar energi för alla";
    const out = removeGoalText(text, spansOf(text, "Blekinge", ["agenda2030:3"]));
    expect(out).toBe("Agenda 2030: 7 Hållbar energi för alla");
  });

  it("removes canonical lines the picker wrote, one or several", () => {
    const text = "Mål i RUS: något\nAgenda 2030: 13 Bekämpa klimatförändringarna\nRegionalfonden: 1.1 Stärka forskning och innovation";
    expect(removeGoalText(text, spansOf(text, "Blekinge", ["agenda2030:13", "so:1.1"]))).toBe("Mål i RUS: något");
  });
});

describe("goalRowAt", () => {
  it("finds the row's table, Mål cell and region from the row's values and the workbook's layout", () => {
    const grids = workbook("Kalmar", { 2: [sampleRow(3, 12044)] });
    const layout = goalLayout(grids);
    expect(layout.region).toBe("Kalmar");
    const values = grids.find((g) => g.name === "Tabell 2")!.values[3];
    expect(goalRowAt(layout, "Tabell 2", 4, values)).toMatchObject({ table: 2, goalsAddress: "E4", region: "Kalmar", goalsText: "RUS: Stärkt konkurrenskraft ERUF: 1.4 Utveckla färdigheter för smart specialisering" });
    expect(goalRowAt(layout, "Tabell 2", 2, values)).toBeNull();
    expect(goalRowAt(layout, "Information", 4, values)).toBeNull();
  });

  it("takes the nearest header above when a sheet holds two tables", () => {
    const header = ["Region", "Namn på insats och kort beskrivning", "Resultat i form av uppnådda prestationer under året", "Om möjligt resultat i form av uppnådda effekter under året", "Mål"];
    const grids = [
      { name: "Information", values: [["Region", "Kalmar"], ["År", 2023]] },
      { name: "Tabeller", values: [["Tabell 1. Likvärdiga möjligheter till boende, arbete och välfärd i hela landet"], header, ["Kalmar", "A", "B", "C", "Agenda 2030: 7"], [], ["Tabell 2. Kompetensförsörjning och kompetensutveckling i hela landet"], header, ["Kalmar", "D", "E", "F", "Agenda 2030: 4"]] },
    ];
    const layout = goalLayout(grids);
    expect(goalRowAt(layout, "Tabeller", 3, grids[1].values[2])?.table).toBe(1);
    expect(goalRowAt(layout, "Tabeller", 7, grids[1].values[6])?.table).toBe(2);
  });
});
