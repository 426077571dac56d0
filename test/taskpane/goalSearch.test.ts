/** The goal picker's search, on the bundled taxonomy: typos, word splits, English names, what a region may pick. */
import { loadTaxonomy } from "../../src/core/taxonomy";
import { createGoalSearch } from "../../src/taskpane/goalSearch";

const taxonomy = loadTaxonomy();
const references = (groups: ReturnType<ReturnType<typeof createGoalSearch>["search"]>) => groups.flatMap((g) => g.hits.map((h) => h.reference));

describe("the goal picker's search", () => {
  const blekinge = createGoalSearch(taxonomy, { region: "Blekinge" });

  it("finds goals despite typos", () => {
    // "innovaiton": Blekinge's RUS goal "Stärkt forskning och innovation" and the Regional Fund's 1.1.
    const innovation = references(blekinge.search("innovaiton", 50));
    expect(innovation).toEqual(expect.arrayContaining(["RUS Blekinge: Stärkt forskning och innovation", "Regionalfonden: 1.1 Stärka forskning och innovation"]));
    // "klimta": Agenda 2030 goal 13 and Blekinge's "Minskad miljö- och klimatpåverkan".
    const klimat = references(blekinge.search("klimta", 50));
    expect(klimat).toEqual(expect.arrayContaining(["Agenda 2030: 13 Bekämpa klimatförändringarna", "RUS Blekinge: Minskad miljö- och klimatpåverkan"]));
  });

  it("finds goals written as two words ('kompetens försörjning')", () => {
    const found = references(blekinge.search("kompetens försörjning", 50));
    expect(found).toEqual(expect.arrayContaining(["RUS Blekinge: Ett expansivt näringsliv med god kompetensförsörjning", "Nationell strategi: 2 Kompetensförsörjning och kompetensutveckling i hela landet"]));
  });

  it("puts exact word-prefix hits first and says nothing for nonsense", () => {
    const groups = blekinge.search("hälsa välbef");
    expect(groups[0].hits[0].reference).toBe("Agenda 2030: 3 Hälsa och välbefinnande");
    expect(blekinge.search("qqxqzv")).toEqual([]);
    // Blekinge is not in Interreg Aurora: "aurora" finds nothing, and not "Europa" either.
    expect(blekinge.search("aurora")).toEqual([]);
  });

  it("offers the region's own current RUS goals only, first, and none before a region is known", () => {
    const groups = blekinge.search("");
    expect(groups[0].label).toBe("RUS Blekinge");
    expect(groups[0].hits.every((h) => h.entry.regions?.includes("Blekinge"))).toBe(true);
    const skane = createGoalSearch(taxonomy, { region: "Skåne" });
    expect(references(skane.search("attraktivitet särskilt för unga", 50)).filter((r) => r.startsWith("RUS Blekinge"))).toEqual([]);
    expect(createGoalSearch(taxonomy, { region: null }).search("").some((g) => g.framework === "rus")).toBe(false);
  });

  it("leaves out superseded goals (Uppsala's 2017–2020 strategy) and the 2014–2020 structures", () => {
    const uppsala = createGoalSearch(taxonomy, { region: "Uppsala" });
    const superseded = taxonomy.entries.filter((e) => e.framework === "rus" && e.regions?.includes("Uppsala") && e.superseded);
    expect(superseded.length).toBeGreaterThan(0);
    for (const e of superseded) expect(uppsala.offered(e.id)).toBe(false);
    expect(references(uppsala.search("REACT-EU", 50)).some((r) => /REACT/.test(r))).toBe(false);
  });

  it("offers Interreg Aurora and its objectives to Västernorrland, not to Skåne; the Just Transition Fund to Norrbotten only", () => {
    expect(createGoalSearch(taxonomy, { region: "Västernorrland" }).offered("interreg:aurora:1.1")).toBe(true);
    expect(createGoalSearch(taxonomy, { region: "Skåne" }).offered("interreg:aurora:1.1")).toBe(false);
    expect(createGoalSearch(taxonomy, { region: "Norrbotten" }).offered("jtf")).toBe(true);
    expect(createGoalSearch(taxonomy, { region: "Skåne" }).offered("jtf")).toBe(false);
  });

  it("searches English names in the English pane", () => {
    // Regulation (EU) 2021/1058 art. 3: "enhancing the role of culture and sustainable tourism …" is SO 4.6.
    const english = createGoalSearch(taxonomy, { region: "Skåne", language: "en" });
    expect(references(english.search("culture sustainable tourism", 50))).toContain("Regionalfonden: 4.6 Kultur och hållbar turism");
    expect(english.search("")[0].label).toBe("Regional development strategy Skåne");
  });
});
