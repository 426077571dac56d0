import { canonicalReference, loadTaxonomy, recogniseReferences } from "../../../src/core/taxonomy";

const taxonomy = loadTaxonomy();

describe("canonicalReference", () => {
  it("writes the forms the goal picker puts in a Mål cell", () => {
    const ref = (id: string) => canonicalReference(taxonomy.entries.find((e) => e.id === id)!);
    expect(ref("agenda2030:7")).toBe("Agenda 2030: 7 Hållbar energi för alla");
    expect(ref("po:1")).toBe("Regionalfonden: PO1 Ett smartare Europa");
    // Växtplats Blekinge writes it without a comma (the 2023 report once with one).
    expect(ref("rus:blekinge:01")).toBe("RUS Blekinge: Stärkt attraktivitet särskilt för unga");
    expect(ref("so:1.3")).toBe("Regionalfonden: 1.3 Stärka små och medelstora företags tillväxt och konkurrenskraft");
    expect(ref("interreg:aurora")).toBe("Interreg: Aurora");
    expect(ref("rus:vastmanland:06b")).toBe("RUS Västmanland: Delmål 8 i Ett tillgängligt Västmanland");
  });

  it("round-trips: every entry's reference is recognised back as that entry, canonical", () => {
    for (const entry of taxonomy.entries) {
      const line = canonicalReference(entry);
      const refs = recogniseReferences(line, taxonomy, { region: entry.regions?.[0] });
      expect({ line, refs: refs.map((r) => [r.entryId, r.canonical, r.start, r.end]) }).toEqual({ line, refs: [[entry.id, true, 0, line.length]] });
    }
  });

  it("recognises canonical lines inside a cell with several lines", () => {
    const text = "Agenda 2030: 7 Hållbar energi för alla\n  Regionalfonden: PO1 Ett smartare Europa\nRUS Blekinge: Fler Blekingebor i arbete";
    const refs = recogniseReferences(text, taxonomy, { region: "Blekinge" });
    expect(refs.map((r) => [r.entryId, r.canonical])).toEqual([["agenda2030:7", true], ["po:1", true], ["rus:blekinge:02", true]]);
    expect(text.slice(refs[1].start, refs[1].end)).toBe("Regionalfonden: PO1 Ett smartare Europa");
  });
});
