import {
  extendTaxonomy, loadTaxonomy, parseExtensionJson, recogniseReferences, rusGoalsOf, TaxonomyExtensionError, type Grid,
} from "../../../src/core/taxonomy";

const base = loadTaxonomy();

function issuesOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(TaxonomyExtensionError);
    return (e as TaxonomyExtensionError).issues.map((i) => `${i.row}|${i.column}|${i.message}`);
  }
  throw new Error("expected a TaxonomyExtensionError");
}

describe("extendTaxonomy from a Mål sheet", () => {
  const grid: Grid = [
    ["Mål i RUS 2024", null, null, null],
    [],
    ["Namn", "Region", "Typ", "Kod", "Ersätter"],
    ["Unga väljer Blekinge", "Region Blekinge", "Mål", null, "Stärkt attraktivitet, särskilt för unga"],
    ["Fler i arbete i hela länet", "Blekinge", "Prioritering", 21, null],
    [null, null, null, null, null],
    ["Målområde 1: En attraktiv region", "Västernorrland", "Målområde", "1", null],
  ];

  it("renames in place, keeps the old name as a variant and adds new goals", () => {
    const t = extendTaxonomy(base, grid);
    const renamed = t.entries.find((e) => e.id === "rus:blekinge:01")!;
    expect(renamed).toMatchObject({ name: "Unga väljer Blekinge", confidence: "user" });
    expect(renamed.variants).toContain("Stärkt attraktivitet särskilt för unga");
    expect(t.entries.find((e) => e.id === "rus:blekinge:21")).toMatchObject({ name: "Fler i arbete i hela länet", level: "prioritering", code: "21" });
    // A code the region already has renames that goal.
    expect(t.entries.find((e) => e.id === "rus:vasternorrland:01")!.name).toBe("Målområde 1: En attraktiv region");
    expect(rusGoalsOf("Blekinge", t)).toHaveLength(rusGoalsOf("Blekinge", base).length + 1);
    expect(t.extensions).toEqual(["Mål-blad"]);
  });

  it("recognises the new and the old wording afterwards, and leaves the base untouched", () => {
    const t = extendTaxonomy(base, grid);
    expect(recogniseReferences("Mål i RUS: Unga väljer Blekinge", t, { region: "Blekinge" }).map((r) => r.entryId)).toEqual(["rus:blekinge:01"]);
    expect(recogniseReferences("Mål i RUS: Stärkt attraktivitet särskilt för unga", t, { region: "Blekinge" })[0].entryId).toBe("rus:blekinge:01");
    expect(base.entries.find((e) => e.id === "rus:blekinge:01")!.name).toBe("Stärkt attraktivitet särskilt för unga");
  });

  it("names the row and the column of every bad row and applies nothing", () => {
    const bad: Grid = [
      ["Region", "Typ", "Kod", "Namn", "Ersätter"],
      ["Lappland", "Mål", null, "Något", null],
      ["Skåne", "Mål", null, "", null],
      ["Skåne", "Mål", null, "12", null],
      ["Skåne", "Mål", null, "Ett mål", "Finns inte"],
      ["Skåne", "Mål", null, "Nytt mål", null],
      ["Skåne", "Mål", null, "nytt  MÅL", null],
    ];
    expect(issuesOf(() => extendTaxonomy(base, bad))).toEqual([
      '2|A (Region)|okänd region "Lappland"',
      "3|D (Namn)|namn saknas",
      '4|D (Namn)|"12" är bara en siffra; skriv målets lydelse',
      '5|E (Ersätter)|hittar inget RUS-mål för Skåne med id eller namn "Finns inte"',
      '7|D (Namn)|"nytt MÅL" finns redan på en tidigare rad för Skåne',
    ]);
  });

  it("rejects a sheet without a header row", () => {
    expect(issuesOf(() => extendTaxonomy(base, [["Skåne", "Mål"]]))[0]).toMatch(/rubrikrad/);
    expect(issuesOf(() => extendTaxonomy(base, [["Namn", "Typ"], ["x", "y"]]))[0]).toMatch(/Region/);
  });
});

describe("extendTaxonomy from the coordinator's JSON", () => {
  it("adds goals with their variants", () => {
    const ext = parseExtensionJson(JSON.stringify({
      source: "Region Kalmar län, RUS 2024",
      goals: [{ region: "Kalmar", type: "Mål 2030", code: "M1", name: "Fler unga stannar i länet", variants: ["fler unga stannar"] }],
    }));
    const t = extendTaxonomy(base, ext);
    const e = t.entries.find((x) => x.id === "rus:kalmar:m1")!;
    expect(e).toMatchObject({ name: "Fler unga stannar i länet", regions: ["Kalmar"], sources: ["user:Region Kalmar län, RUS 2024"] });
    expect(t.sources["user:Region Kalmar län, RUS 2024"]).toBeDefined();
    expect(recogniseReferences("RUS: fler unga stannar", t, { region: "Kalmar" })[0].entryId).toBe("rus:kalmar:m1");
  });

  it("reports bad items by position and field, and bad files plainly", () => {
    expect(issuesOf(() => extendTaxonomy(base, { goals: [{ region: "Kalmar", name: "Ok" }, { region: "", name: "x" }] }))).toEqual(["2|region|region saknas"]);
    expect(issuesOf(() => parseExtensionJson("{ not json"))[0]).toMatch(/ogiltig JSON/);
    expect(issuesOf(() => parseExtensionJson('{"mål": []}'))[0]).toMatch(/goals/);
  });
});
