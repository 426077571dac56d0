import { REGIONS } from "../../../src/core/regions";
import {
  canonicalReference, entryById, interregAllowed, interregEligibility, jtfAllowed, loadTaxonomy, recogniseReferences, rusGoalsOf,
} from "../../../src/core/taxonomy";

const taxonomy = loadTaxonomy();

describe("bundled taxonomy", () => {
  it("has a version and unique ids", () => {
    expect(taxonomy.version).toBe("2023.4");
    const ids = taxonomy.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps a confidence mark and known sources on every entry", () => {
    for (const e of taxonomy.entries) {
      expect(["verified", "inferred", "likely", "recalled", "not-retrieved", "table-8-only"]).toContain(e.confidence);
      expect(e.sources.length).toBeGreaterThan(0);
      for (const s of e.sources) expect(taxonomy.sources[s]).toBeDefined();
    }
  });

  it("holds the 17 Agenda 2030 goals, PO1–PO5 and the four national strategic areas", () => {
    const codes = (f: string) => taxonomy.entries.filter((e) => e.framework === f).map((e) => e.code);
    expect(codes("agenda2030")).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(codes("po")).toEqual(["PO1", "PO2", "PO3", "PO4", "PO5"]);
    expect(codes("national").filter(Boolean)).toEqual(["1", "2", "3", "4"]);
  });

  it("holds the transport policy goals with the proposition as source, and recognises them in prose", () => {
    const transport = taxonomy.entries.filter((e) => e.framework === "transport");
    expect(transport.map((e) => e.id)).toEqual(["transport", "transport:overgripande", "transport:funktionsmalet", "transport:hansynsmalet"]);
    for (const e of transport) {
      expect(e.sources).toContain("S-prop-2008-09-93");
      expect(e.confidence).toBe("verified");
    }
    expect(canonicalReference(entryById(taxonomy, "transport:funktionsmalet")!)).toBe("Transportpolitiska mål: Funktionsmålet – tillgänglighet");
    const ids = (text: string) => recogniseReferences(text, taxonomy, { region: "Jönköping" }).map((r) => r.entryId);
    expect(ids("Insatsen bidrar till funktionsmålet och hänsynsmålet.")).toEqual(["transport:funktionsmalet", "transport:hansynsmalet"]);
    expect(ids("Bidrar till de transportpolitiska målen")).toEqual(["transport"]);
    // Ordinary words are not the goals: "tillgänglighet" and "hänsyn" alone cite nothing.
    expect(ids("Ökad tillgänglighet med hänsyn till säkerhet, miljö och hälsa")).toEqual([]);
  });

  it("marks what the research could not check instead of dropping it", () => {
    const po4 = taxonomy.entries.find((e) => e.id === "po:4")!;
    expect(po4.confidence).toBe("recalled");
    expect(taxonomy.entries.find((e) => e.id === "rus:halland:03")!.confidence).toBe("table-8-only");
  });

  it("has a RUS with goals for each of the 21 regions", () => {
    for (const r of REGIONS) {
      expect(taxonomy.entries.some((e) => e.id === `rus:${e.id.split(":")[1]}` && e.regions?.[0] === r)).toBe(true);
      expect(rusGoalsOf(r).length).toBeGreaterThan(2);
    }
    expect(rusGoalsOf("Region Blekinge").map((g) => g.name)).toContain("Stärkt attraktivitet särskilt för unga");
    expect(rusGoalsOf("nowhere")).toEqual([]);
  });

  it("has each region's strategy from a source other than the 2023 report, with title and address", () => {
    for (const r of REGIONS) {
      const strategy = taxonomy.entries.find((e) => e.framework === "rus" && e.level === "strategi" && e.regions?.[0] === r)!;
      const own = strategy.sources.filter((s) => s !== "S-seed").map((s) => taxonomy.sources[s]);
      expect({ r, n: own.length > 0 }).toEqual({ r, n: true });
      for (const s of own) expect(s.url && s.title).toBeTruthy();
    }
    // No placeholder names left where a strategy gives the wording (Västernorrland's three mål).
    expect(taxonomy.entries.filter((e) => /^(Målområde|Delmål) \d+$/.test(e.name))).toEqual([]);
    expect(taxonomy.entries.find((e) => e.id === "rus:gotland:24")).toBeUndefined();
  });

  it("holds the Regional Fund's specific objectives of Regulation (EU) 2021/1058 art. 3, with 1.6 from 2024/795", () => {
    const codes = taxonomy.entries.filter((e) => e.framework === "erdf-so").map((e) => e.code);
    expect(codes).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "3.1", "3.2", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "5.1", "5.2"]);
    expect(taxonomy.entries.filter((e) => e.framework === "esf" && e.code).map((e) => e.code)).toEqual(["A", "B", "C", "D", "E", "F"]);
  });

  it("follows merged ids to the entry they were merged into", () => {
    expect(entryById(taxonomy, "rus:norrbotten:05")?.id).toBe("rus:norrbotten:01");
  });

  it("lets only Norrbotten, Västerbotten and Gotland cite the Just Transition Fund", () => {
    expect(REGIONS.filter((r) => jtfAllowed(r))).toEqual(["Gotland", "Norrbotten", "Västerbotten"]);
    expect(jtfAllowed("Region Gotland")).toBe(true);
  });

  it("knows who may take part in each Interreg programme", () => {
    expect(interregAllowed("aurora", "Västernorrland")).toBe(true);
    expect(interregAllowed("interreg:aurora", "Skåne")).toBe(false);
    expect(interregEligibility("aurora", "Dalarna")).toBe("part");
    expect(interregEligibility("sverige-norge", "Västra Götaland")).toBe("part");
    expect(interregAllowed("baltic-sea-region", "Jönköping")).toBe(true);
    expect(interregAllowed("central-baltic", "Västmanland")).toBe(true);
    expect(interregAllowed("oks", "Stockholm")).toBe(false);
    expect(interregAllowed("no-such-programme", "Skåne")).toBe(false);
  });

  it("puts every region in exactly one regional ERDF programme", () => {
    const programmes = taxonomy.entries.filter((e) => e.framework === "erdf" && e.regions);
    expect(programmes).toHaveLength(8);
    for (const r of REGIONS) expect(programmes.filter((p) => p.regions!.includes(r))).toHaveLength(1);
  });
});
