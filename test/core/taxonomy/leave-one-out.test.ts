import * as fs from "fs";
import * as path from "path";
import { hasSourceDocument, leaveOneOut, loadTaxonomy, recogniseReferences, type Taxonomy, type TaxonomyEntry } from "../../../src/core/taxonomy";

const entry = (e: Partial<TaxonomyEntry> & Pick<TaxonomyEntry, "id" | "name">): TaxonomyEntry =>
  ({ framework: "rus", regions: ["Blekinge"], confidence: "inferred", sources: ["S-seed"], ...e }) as TaxonomyEntry;

describe("leaveOneOut", () => {
  const strategyGoal = entry({
    id: "g1", name: "Ur strategin", variants: ["bara rad 1", "rad 1 och 2"], sources: ["S-rus-x", "S-seed"], confidence: "verified",
    learned: { "bara rad 1": ["1:10"], "rad 1 och 2": ["1:10", "2:20"] },
  });
  const reportGoal = entry({ id: "g2", name: "Bara i rapporten", learned: { "Bara i rapporten": ["1:10"] } });
  const numberOnly = entry({ id: "g3", name: "Delmål 8", code: "8", learned: { "Delmål 8": [] } });
  const plain = entry({ id: "g4", name: "Ingen inlärd formulering", sources: ["S-rus-x"], confidence: "verified" });
  const taxonomy: Taxonomy = { version: "t", entries: [strategyGoal, reportGoal, numberOnly, plain], sources: {} };

  it("drops a report wording for the only row it occurs in, and keeps the source's wordings", () => {
    const g1 = leaveOneOut(taxonomy, "1:10").entries.find((e) => e.id === "g1")!;
    expect(g1.name).toBe("Ur strategin");
    expect(g1.matchName).toBeUndefined();
    expect(g1.variants).toEqual(["rad 1 och 2"]);
    expect(leaveOneOut(taxonomy, "2:20").entries.find((e) => e.id === "g1")!.variants).toEqual(["bara rad 1", "rad 1 och 2"]);
  });

  it("drops an entry known only from the report when no other row taught it", () => {
    expect(leaveOneOut(taxonomy, "1:10").entries.map((e) => e.id)).toEqual(["g1", "g4"]);
    expect(leaveOneOut(taxonomy, "2:20").entries.map((e) => e.id)).toEqual(["g1", "g2", "g4"]);
  });

  it("never relies on a report entry that occurs in no row (cited by number only)", () => {
    for (const row of ["1:10", "2:20", "3:30"]) expect(leaveOneOut(taxonomy, row).entries.some((e) => e.id === "g3")).toBe(false);
  });

  it("returns the taxonomy itself when the row taught nothing", () => {
    const t: Taxonomy = { ...taxonomy, entries: [strategyGoal, plain] };
    expect(leaveOneOut(t, "9:99")).toBe(t);
    expect(leaveOneOut(t, "1:10")).not.toBe(t);
  });

  it("counts only documents other than the 2023 compilation as a source", () => {
    expect([strategyGoal, reportGoal, plain].map(hasSourceDocument)).toEqual([true, false, true]);
  });
});

describe("leaveOneOut on the bundled taxonomy and the 2023 rows", () => {
  const sample = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../data/sample-2023.json"), "utf8")) as {
    tables: Record<string, { region: string; goals: string; seedLine: number }[]>;
  };
  const row = (table: string, seedLine: number) => sample.tables[table].find((r) => r.seedLine === seedLine)!;
  const taxonomy = loadTaxonomy();
  const ids = (text: string, t: Taxonomy, region: string) => recogniseReferences(text, t, { region }).map((r) => r.entryId);

  it("no longer recognises a row whose only goal is one no strategy source gives and no other row cites", () => {
    // Västerbotten T1, seed line 3243: "Utveckla kultur och kulturarv" – the region's RUS page lists inriktningar, not this.
    const r = row("1", 3243);
    expect(r.goals).toBe("Utveckla kultur och kulturarv");
    expect(ids(r.goals, taxonomy, r.region)).toEqual(["rus:vasterbotten:02"]);
    expect(ids(r.goals, leaveOneOut(taxonomy, "1:3243"), r.region)).toEqual([]);
  });

  it("still recognises a goal the strategy itself gives, whatever row it comes from", () => {
    // Skåne's six visionsmål are on Region Skåne's follow-up page; every Skåne row citing one keeps it.
    const skane = Object.entries(sample.tables).flatMap(([t, rows]) => rows.filter((r) => r.region === "Skåne").map((r) => ({ ...r, key: `${t}:${r.seedLine}` })));
    const cited = skane.filter((r) => /Skåne ska vara globalt attraktivt/.test(r.goals));
    expect(cited.length).toBeGreaterThan(0);
    for (const r of cited) expect(ids(r.goals, leaveOneOut(taxonomy, r.key), "Skåne")).toContain("rus:skane:05");
  });
});
