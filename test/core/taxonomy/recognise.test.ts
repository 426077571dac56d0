import { loadTaxonomy, recogniseReferences, type Reference } from "../../../src/core/taxonomy";

const taxonomy = loadTaxonomy();
const rec = (text: string, region?: string) => recogniseReferences(text, taxonomy, { region });
const ids = (refs: Reference[]) => refs.map((r) => r.entryId);
const kinds = (refs: Reference[]) => refs.flatMap((r) => r.problems.map((p) => p.kind));

describe("recogniseReferences on real Mål texts (sample 2023)", () => {
  it("Blekinge T1: labelled RUS goals and an Agenda 2030 list", () => {
    const text = "Mål i RUS:\nMinskad Miljö- och klimatpåverkan Stärkt konkurrenskraft i näringslivet Ett växande näringsliv med fler arbetstillfällen Mål i Agenda 2030:\n3 God hälsa och välbefinnande 7 Hållbar energi för alla 11 Hållbara städer och samhällen 13 Bekämpa klimatförändringarna";
    const refs = rec(text, "Blekinge");
    expect(ids(refs)).toEqual(["rus:blekinge:05", "rus:blekinge:04", "rus:blekinge:03", "agenda2030:3", "agenda2030:7", "agenda2030:11", "agenda2030:13"]);
    expect(refs.every((r) => !r.canonical && r.problems.length === 0)).toBe(true);
    expect(text.slice(refs[4].start, refs[4].end)).toBe("7 Hållbar energi för alla");
  });

  it("Dalarna T3: PO code with name and a quoted specific objective", () => {
    const refs = rec("Mål i RUS:\nEtt konkurrenskraftigt och klimatsmart Dalarna.\nMål i ERUF:\nPO1: Ett smartare Europa Specifikt mål: ”utveckla färdigheter för smart specialisering, strukturomvandling och entreprenörskap”.", "Dalarna");
    expect(ids(refs)).toEqual(["rus:dalarna:01", "erdf", "po:1", "so:1.4"]);
    expect(refs[2].text).toBe("PO1: Ett smartare Europa");
  });

  it("Västernorrland T7: RUS goals by number, an Interreg programme and its specific objective", () => {
    const refs = rec("RUS mål 1 och 3 Interreg Aurora, Smart specialization, research and innovation", "Västernorrland");
    // Aurora's specific objective 1.1 is "Smart specialization, research and innovation" (interregaurora.eu).
    expect(ids(refs)).toEqual(["rus:vasternorrland:01", "rus:vasternorrland:03", "interreg:aurora", "interreg:aurora:1.1"]);
    expect(kinds(refs)).toEqual([]);
  });

  it("Kronoberg T2: the wrong-year heading 'Mål Agenda 2023'", () => {
    const refs = rec("Mål i RUS:\nFörbättrad matchning – fler i arbete.\nBalanserad tillväxt- fler arbetstillfällen Mål Agenda 2023:\n4 God utbildning för alla", "Kronoberg");
    expect(ids(refs)).toEqual(["rus:kronoberg:02", "rus:kronoberg:03", "agenda2030:4"]);
    expect(refs[2].problems.map((p) => p.kind)).toEqual(["agenda-wrong-year"]);
  });

  it("Gotland: SDGs by number only, and FRO cited by an eligible region", () => {
    expect(ids(rec("Agenda 2030:\nMål 8\nMål 9\nMål 10", "Gotland"))).toEqual(["agenda2030:8", "agenda2030:9", "agenda2030:10"]);
    const fro = rec("Mål i FRO: Minskade CO2-utsläpp på regional och nationell nivå.", "Gotland");
    expect(ids(fro)).toEqual(["jtf"]);
    expect(kinds(fro)).toEqual([]);
  });

  it("Norrbotten: the national strategic area under a RUS label is flagged", () => {
    const refs = rec("RUS: Innovation och förnyelse samt entreprenörskap och företagande i hela landet Nationell prioritering: Innovation och förnyelse samt entreprenörskap och företagande i hela landet", "Norrbotten");
    expect(ids(refs)).toEqual(["ns:3", "ns:3"]);
    expect(refs.map((r) => r.problems.map((p) => p.kind))).toEqual([["national-as-rus"], []]);
  });

  it("Västernorrland: decimal comma in a specific objective, Gävleborg: bullets under a programme", () => {
    expect(ids(rec("ERUF: Mål 2,6 Främja övergången till en cirkulär och resurseffektiv ekonomi", "Västernorrland"))).toEqual(["erdf", "so:2.6"]);
    expect(ids(rec("ERUF Norra Mellansverige\n• 2.6 Främja cirkulär ekonomi\nInterreg Central Baltic\n• Gemensamma lösningar för cirkulär ekonomi", "Gävleborg")))
      .toEqual(["erdf:nms", "so:2.6", "interreg:central-baltic"]);
  });

  it("Västra Götaland: a short goal name recognised only as a name, not as an ordinary phrase", () => {
    expect(ids(rec("Projektet bidrar främst till att Bygga kompetens men även till att Stärka innovationskraften", "Västra Götaland")))
      .toEqual(["rus:vastra-gotaland:03", "rus:vastra-gotaland:02"]);
    expect(rec("vi ska bygga kompetens hos personalen", "Västra Götaland")).toEqual([]);
  });

  it("Värmland: 'alla mål' cites the whole strategy", () => {
    expect(ids(rec("Regional utvecklingsstrategi, alla mål", "Värmland"))).toEqual(["rus:varmland"]);
  });
});

describe("recogniseReferences on goals the strategies give and the 2023 rows never cite", () => {
  it("Gävleborg's five målområden (RUS 2020–2030) and Blekinge's strategy by its name", () => {
    const text = "Mål i RUS:\nAttraktiva och tillgängliga platser\nSamhällsnyttig, cirkulär och biobaserad ekonomi\n" +
      "Konkurrenskraftigt näringsliv och hållbar arbetsmarknad\nHög kunskap och innovationsförmåga\nJämlikt och jämställt samhälle";
    const refs = rec(text, "Gävleborg");
    expect(refs.map((r) => r.framework)).toEqual(["rus", "rus", "rus", "rus", "rus"]);
    expect(refs.every((r) => r.entryId?.startsWith("rus:gavleborg:") && !r.problems.length)).toBe(true);
    expect(ids(rec("Insatsen bidrar till Växtplats Blekinge.", "Blekinge"))).toEqual(["rus:blekinge"]);
  });

  it("Västernorrland's three mål by their wording, not only by number", () => {
    const refs = rec("Mål i RUS: År 2030 har Västernorrland som plats stärkts i ett nationellt och globalt perspektiv", "Västernorrland");
    expect(ids(refs)).toEqual(["rus:vasternorrland:01"]);
    expect(rec("RUS: 2030 är Västernorrland platsen där företag och organisationer väljer att växa", "Västernorrland")[0].entryId).toBe("rus:vasternorrland:03");
  });
});

describe("recogniseReferences on texts built to break it", () => {
  it("flags Agenda 2030 numbers outside 1–17", () => {
    const refs = rec("Mål i Agenda 2030:\nMål 18 Fred och rättvisa");
    expect(refs[0]).toMatchObject({ entryId: null, framework: "agenda2030", text: "Mål 18" });
    expect(kinds(refs)).toEqual(["agenda-number-out-of-range"]);
  });

  it("flags a number whose name is another goal's", () => {
    const [ref] = rec("Agenda 2030: 3 Minskad ojämlikhet");
    expect(ref.entryId).toBe("agenda2030:3");
    expect(ref.problems[0].kind).toBe("agenda-name-mismatch");
    expect(ref.suggestions).toEqual(["agenda2030:10"]);
    expect(kinds(rec("Mål 7 Hållbara städer och samhällen"))).toEqual(["agenda-name-mismatch"]);
  });

  it("does not read an ordinary word as an SDG without a number or heading", () => {
    expect(rec("Insatsen främjar jämställdhet och minskad ojämlikhet i länet")).toEqual([]);
    expect(ids(rec("Agenda 2030 – minskad ojämlikhet"))).toEqual(["agenda2030:10"]);
  });

  it("returns an unmatched RUS citation with the closest goals", () => {
    const refs = rec("Mål i RUS: Stärkt attraktivitet för unga vuxna", "Blekinge");
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject({ entryId: null, framework: "rus", text: "Stärkt attraktivitet för unga vuxna" });
    expect(refs[0].problems[0].kind).toBe("rus-unmatched");
    expect(refs[0].suggestions![0]).toBe("rus:blekinge:01");
    expect(kinds(rec("Prioritering i RUS: Bättre väder i hela länet", "Blekinge"))).toEqual(["rus-unmatched"]);
    expect(kinds(rec("Prioritering: Något helt annat än målen", "Blekinge"))).toEqual(["rus-unmatched"]);
  });

  it("flags a RUS goal number the region does not have", () => {
    expect(kinds(rec("RUS mål 7", "Västernorrland"))).toEqual(["rus-unknown-number"]);
  });

  it("flags another region's RUS goal", () => {
    const refs = rec("RUS: Ett nyskapande Västmanland genom hållbar tillväxt", "Västernorrland");
    expect(ids(refs)).toEqual(["rus:vastmanland:02"]);
    expect(kinds(refs)).toEqual(["rus-other-region"]);
  });

  it("recognises the Just Transition Fund by every name and flags ineligible regions", () => {
    for (const name of ["Fonden för en rättvis omställning", "FRO", "JTF", "Just Transition Fund"]) {
      const refs = rec(`Bidrar till ${name}.`, "Skåne");
      expect(ids(refs)).toEqual(["jtf"]);
      expect(kinds(refs)).toEqual(["jtf-not-eligible"]);
    }
    expect(kinds(rec("FRO", "Norrbotten"))).toEqual([]);
  });

  it("recognises Interreg programmes by name and flags regions outside the area", () => {
    const cases: [string, string][] = [
      ["Interreg Aurora", "interreg:aurora"], ["Interreg Sverige–Norge", "interreg:sverige-norge"], ["Central Baltic", "interreg:central-baltic"],
      ["Östersjöprogrammet", "interreg:baltic-sea-region"], ["Nordsjöprogrammet", "interreg:north-sea"],
      ["Öresund-Kattegat-Skagerrak", "interreg:oks"], ["Interreg Nord", "legacy:interreg-nord"], ["Interreg Europe", "interreg:interreg-europe"],
    ];
    for (const [text, id] of cases) expect(ids(rec(text))).toEqual([id]);
    expect(kinds(rec("Interreg Aurora", "Skåne"))).toEqual(["interreg-not-eligible"]);
    expect(kinds(rec("Interreg Aurora", "Norrbotten"))).toEqual([]);
    expect(rec("Europe is a continent")).toEqual([]);
  });

  it("reads policy and specific objectives in their many forms", () => {
    expect(ids(rec("PO1: Ett smartare Europa"))).toEqual(["po:1"]);
    expect(ids(rec("Politiskt mål 2 En grönare och koldioxidsnål övergång till en ekonomi med noll nettoutsläpp"))).toEqual(["po:2"]);
    expect(ids(rec("Specifikt mål: Förbättra den digitala konnektiviteten"))).toEqual(["so:1.5"]);
    expect(ids(rec("ERUF-projekt inom PO2.6"))).toEqual(["erdf", "so:2.6"]);
    const mismatch = rec("PO1: Ett grönare Europa");
    expect(mismatch.map((r) => [r.entryId, r.problems[0]?.kind, r.suggestions])).toEqual([["po:1", "po-name-mismatch", ["po:2"]]]);
  });

  it("reads specific objectives by code in the forms people write them (Regulation (EU) 2021/1058 art. 3)", () => {
    expect(ids(rec("RSO1.1"))).toEqual(["so:1.1"]);
    expect(ids(rec("RSO 2.4 Främja klimatanpassning"))).toEqual(["so:2.4"]);
    expect(ids(rec("SO 1.4"))).toEqual(["so:1.4"]);
    expect(ids(rec("ERUF specifikt mål 2.4"))).toEqual(["erdf", "so:2.4"]);
    expect(ids(rec("Särskilt mål: 1.3"))).toEqual(["so:1.3"]);
    // 1.6 (STEP) was added by Regulation (EU) 2024/795; PO4 and PO5 have 4.1–4.6 and 5.1–5.2.
    expect(ids(rec("RSO1.6"))).toEqual(["so:1.6"]);
    expect(ids(rec("RSO4.5, RSO 5.2"))).toEqual(["so:4.5", "so:5.2"]);
  });

  it("flags policy and specific objective codes the regulations do not have", () => {
    // Regulation (EU) 2021/1060 art. 5: PO1–PO5. Regulation (EU) 2021/1058 art. 3: 1.1–1.6, 2.1–2.8, 3.1–3.2, 4.1–4.6, 5.1–5.2.
    const flagged = (text: string) => rec(text).map((r) => [r.entryId, r.framework, kinds([r])]);
    for (const text of ["Politiskt mål 6", "PO7"]) expect(flagged(text)).toEqual([[null, "po", ["po-number-out-of-range"]]]);
    for (const text of ["RSO 7.1", "RSO2.9", "specifikt mål 3.3"]) expect(flagged(text)).toEqual([[null, "erdf-so", ["so-number-out-of-range"]]]);
    expect(rec("Politiskt mål 6")[0].problems[0].message).toContain("PO1–PO5");
  });

  it("leaves an Interreg programme's own objective numbers to the programme", () => {
    // Aurora's specific objective 1.2 is Competitiveness of SMEs (interregaurora.eu), the fund's 1.3; RSO is always the fund's code.
    expect(ids(rec("Interreg Aurora specifikt mål 1.2", "Norrbotten"))).toEqual(["interreg:aurora"]);
    expect(ids(rec("Interreg Aurora RSO1.3", "Norrbotten"))).toEqual(["interreg:aurora", "so:1.3"]);
  });

  it("reads two goals joined by 'och' that share their words (Dalastrategin's målområden)", () => {
    // Dalastrategin 2030 has the målområden Ett sammanhållet, Ett konkurrenskraftigt and Ett klimatsmart Dalarna.
    // Without the 2023 report's variants, which spell this very combination out.
    const t = { ...taxonomy, entries: taxonomy.entries.map((e) => (e.id.startsWith("rus:dalarna:") ? { ...e, variants: [] } : e)) };
    const refs = recogniseReferences("Mål i RUS: Ett sammanhållet och konkurrenskraftigt Dalarna", t, { region: "Dalarna" });
    expect(refs.map((r) => [r.entryId, r.text])).toEqual([["rus:dalarna:03", "Ett sammanhållet"], ["rus:dalarna:01", "konkurrenskraftigt Dalarna"]]);
    // Not for numbers: "mål 2 och 3" is a list, read as numbers.
    expect(ids(rec("RUS samtliga målområden, med fokus på mål 2 och 3", "Västernorrland"))).toEqual(["rus:vasternorrland", "rus:vasternorrland:02", "rus:vasternorrland:03"]);
  });

  it("does not read '1:1' as a specific objective outside the Regional Fund's part of the cell", () => {
    expect(rec("Finansierat via anslag 1:1 Regionala utvecklingsåtgärder")).toEqual([]);
  });

  it("flags another area's ERDF programme", () => {
    expect(kinds(rec("Regionalfondsprogram Övre Norrland 2021–2027", "Skåne"))).toEqual(["erdf-other-programme"]);
  });

  it("gives spans into the original text, diacritics and case ignored", () => {
    const text = "  mål i rus:  FLER BLEKINGEBOR I ARBETE ";
    const [ref] = rec(text, "Blekinge");
    expect(text.slice(ref.start, ref.end)).toBe("FLER BLEKINGEBOR I ARBETE");
    expect(ids(rec("Stark Konkurrenskraft, hog och jamlik livskvalitet", "Örebro"))).toEqual(["rus:orebro:01", "rus:orebro:02"]);
  });

  it("returns nothing for empty text and never invents a match", () => {
    expect(rec("")).toEqual([]);
    expect(rec("Se tabell 2.", "Värmland")).toEqual([]);
    expect(rec("Antalet resor ska fördubblas till år 2020, 70 % av 3 kommuner", "Uppsala")).toEqual([]);
  });
});
