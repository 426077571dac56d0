import { loadTaxonomy, searchTaxonomy } from "../../../src/core/taxonomy";

const taxonomy = loadTaxonomy();

describe("searchTaxonomy", () => {
  it("puts the region's own RUS goals first and leaves other regions' RUS out", () => {
    const groups = searchTaxonomy(taxonomy, "hälsa", { region: "Blekinge" });
    expect(groups[0]).toMatchObject({ framework: "rus", label: "RUS Blekinge" });
    expect(groups[0].hits.map((h) => h.entry.id)).toContain("rus:blekinge:06");
    expect(groups.flatMap((g) => g.hits).every((h) => h.entry.framework !== "rus" || h.entry.regions?.includes("Blekinge"))).toBe(true);
    expect(groups.map((g) => g.framework)).toContain("agenda2030");
  });

  it("ignores case and diacritics and accepts the beginnings of words", () => {
    const group = searchTaxonomy(taxonomy, "HALSA VALB").find((g) => g.framework === "agenda2030")!;
    expect(group.hits[0].entry.id).toBe("agenda2030:3");
    expect(group.hits[0].reference).toBe("Agenda 2030: 3 Hälsa och välbefinnande");
    expect(searchTaxonomy(taxonomy, "smart eur").find((g) => g.framework === "po")!.hits[0].entry.id).toBe("po:1");
  });

  it("finds goals by code, and the best match first", () => {
    const agenda = searchTaxonomy(taxonomy, "7").find((g) => g.framework === "agenda2030")!;
    expect(agenda.hits[0].entry.id).toBe("agenda2030:7");
    expect(searchTaxonomy(taxonomy, "aurora")[0].hits[0].entry.id).toBe("interreg:aurora");
  });

  it("returns nothing for a query that matches nothing, and everything for an empty one", () => {
    expect(searchTaxonomy(taxonomy, "qwxyz")).toEqual([]);
    const all = searchTaxonomy(taxonomy, "", { region: "Skåne", limit: 1000 });
    expect(all[0].label).toBe("RUS Skåne");
    expect(all.reduce((n, g) => n + g.hits.length, 0)).toBe(taxonomy.entries.filter((e) => e.framework !== "rus" || e.regions?.includes("Skåne")).length);
  });
});
