/** Goal rules on published Mål cells, and on cells written to break them. */
import { loadTaxonomy } from "../../../src/core/taxonomy";
import type { ActivityRow } from "../../../src/core/report";
import type { Region } from "../../../src/core/regions";
import { sample, sampleRow, validate, withCode, workbook } from "./helpers";

/** A published row moved into table 1 of a workbook, its Mål cell (E4) optionally rewritten. */
function check(row: ActivityRow, goals = row.goals, region = row.region as Region) {
  return validate(workbook(region, { 1: [{ ...row, region, goals }] }));
}

const GOAL_CODES = /^(GOALS_|AGENDA2030_|PO_|JTF_|INTERREG_|ERDF_|RUS_)/;
const goalFindings = (result: ReturnType<typeof check>) => result.findings.filter((f) => GOAL_CODES.test(f.code));

// Stockholm, table 1: "RUFS 2050 Mål 1: … Agenda 2030 Mål 3: god hälsa och välbefinnande Mål 8: …".
const stockholm = sampleRow(1, 2601);
// Norrbotten, table 1: "Omställningsplanen för Fonden för en rättvis omställning, RUS Attraktiva livsmiljöer".
const norrbottenJtf = sampleRow(1, 1950);
// Västernorrland, table 1: "… Interreg Aurora: 3 Education, culture and sustainable tourism".
const aurora = sampleRow(1, 3634);
// Blekinge, table 1: "Mål i RUS: Stärkt attraktivitet särskilt för unga. Prioritering …".
const blekinge = sampleRow(1, 22);

describe("goals recognised", () => {
  it("finds the published rows' references and says nothing", () => {
    for (const row of [stockholm, norrbottenJtf, aurora, blekinge]) expect(goalFindings(check(row))).toEqual([]);
  });

  it("warns at the Mål cell of a published row that cites its goals only loosely (Uppsala, table 1)", () => {
    const found = withCode(validate(workbook("Uppsala", { 1: [sampleRow(1, 2866)] })), "GOALS_UNRECOGNISED");
    expect(found.map((f) => [f.severity, f.cell, f.column])).toEqual([["varning", "E4", "Mål"]]);
  });

  it("leaves an empty Mål cell to the required-fields rule", () => {
    const result = check(blekinge, "");
    expect(withCode(result, "GOALS_UNRECOGNISED")).toEqual([]);
    expect(withCode(result, "ROW_MISSING_GOALS")).toHaveLength(1);
  });
});

describe("Agenda 2030", () => {
  it("rejects a number outside 1–17 and a number with another goal's name, as errors with the right names", () => {
    const result = check(stockholm, stockholm.goals.replace("Mål 3: god hälsa", "Mål 19: god hälsa").replace("Mål 8: anständiga", "Mål 3: anständiga"));
    const range = withCode(result, "AGENDA2030_NUMBER_OUT_OF_RANGE");
    expect(range.map((f) => [f.severity, f.cell])).toEqual([["fel", "E4"]]);
    expect(range[0].message).toContain("19");
    const name = withCode(result, "AGENDA2030_NAME_MISMATCH");
    expect(name.map((f) => f.severity)).toEqual(["fel"]);
    expect(name[0].suggestions).toEqual(["3 Hälsa och välbefinnande", "8 Anständiga arbetsvillkor och ekonomisk tillväxt"]);
  });

  it("names the goal whose name was used, one citation per cell", () => {
    const found = withCode(check(stockholm, "Agenda 2030: 3 Minskad ojämlikhet"), "AGENDA2030_NAME_MISMATCH");
    expect(found[0].suggestions).toEqual(["3 Hälsa och välbefinnande", "10 Minskad ojämlikhet"]);
    expect(found[0].message).toContain("mål 10 (Minskad ojämlikhet)");
  });

  it("warns about the published 'Agenda 2023' heading (Kronoberg, table 2)", () => {
    const kronoberg = publishedRow("Kronoberg", "Agenda 2023");
    const found = withCode(check(kronoberg), "AGENDA2030_WRONG_YEAR");
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.severity === "varning")).toBe(true);
  });
});

describe("policy objectives", () => {
  it("rejects PO1 with PO2's name and offers both", () => {
    const found = withCode(check(blekinge, `${blekinge.goals}\nPO1: Ett grönare Europa`), "PO_NAME_MISMATCH");
    expect(found.map((f) => f.severity)).toEqual(["fel"]);
    expect(found[0].suggestions?.length).toBe(2);
  });
});

describe("Just Transition Fund", () => {
  it("accepts it from Norrbotten and rejects the same published cell from Blekinge", () => {
    expect(withCode(check(norrbottenJtf), "JTF_NOT_ELIGIBLE")).toEqual([]);
    const found = withCode(check(norrbottenJtf, norrbottenJtf.goals, "Blekinge"), "JTF_NOT_ELIGIBLE");
    expect(found.map((f) => [f.severity, f.cell])).toEqual([["fel", "E4"]]);
    expect(found[0].message).toMatch(/Norrbotten, Västerbotten och Gotland/);
  });

  it("does not read a sentence saying the fund does not apply as a citation", () => {
    expect(withCode(check(blekinge, `${blekinge.goals}\nFRO är inte aktuellt för Blekinge.`), "JTF_NOT_ELIGIBLE")).toEqual([]);
  });
});

describe("Interreg", () => {
  it("accepts Aurora from Västernorrland and rejects it from Skåne", () => {
    expect(withCode(check(aurora), "INTERREG_NOT_ELIGIBLE")).toEqual([]);
    const found = withCode(check(aurora, aurora.goals, "Skåne"), "INTERREG_NOT_ELIGIBLE");
    expect(found.map((f) => f.severity)).toEqual(["fel"]);
    expect(found[0].message).toContain("Aurora");
  });

  it("accepts a region only partly in the programme area (Jämtland Härjedalen in Aurora)", () => {
    expect(withCode(check(aurora, aurora.goals, "Jämtland Härjedalen"), "INTERREG_NOT_ELIGIBLE")).toEqual([]);
  });

  it("only warns when the taxonomy's programme area is not verified", () => {
    const taxonomy = loadTaxonomy();
    taxonomy.entries = taxonomy.entries.map((e) => (e.id === "interreg:aurora" ? { ...e, confidence: "likely" as const } : e));
    const grids = workbook("Skåne", { 1: [{ ...aurora, region: "Skåne" }] });
    const result = validate(grids, { taxonomy });
    expect(withCode(result, "INTERREG_NOT_ELIGIBLE")).toEqual([]);
    expect(withCode(result, "INTERREG_NOT_ELIGIBLE_UNCERTAIN").map((f) => f.severity)).toEqual(["varning"]);
  });
});

describe("regional ERDF programmes", () => {
  it("warns when a region cites another area's programme", () => {
    const text = "Regionalfondsprogram Övre Norrland 2021–2027";
    expect(withCode(check({ ...blekinge, region: "Norrbotten" }, text, "Norrbotten"), "ERDF_OTHER_PROGRAMME")).toEqual([]);
    const found = withCode(check(blekinge, text), "ERDF_OTHER_PROGRAMME");
    expect(found.map((f) => f.severity)).toEqual(["varning"]);
    expect(found[0].message).toContain("Norrbotten och Västerbotten");
  });
});

describe("RUS goals", () => {
  it("warns about a goal the region does not have and suggests the closest", () => {
    const found = withCode(check(blekinge, "Mål i RUS: Stärkt attraktivitet för pensionärer i skärgården"), "RUS_GOAL_UNKNOWN");
    expect(found.map((f) => f.severity)).toEqual(["varning"]);
    // The goal as Växtplats Blekinge writes it (no comma).
    expect(found[0].suggestions?.[0]).toBe("Stärkt attraktivitet särskilt för unga");
  });

  it("warns about an unknown goal number and lists the goals that have numbers", () => {
    const found = withCode(check(stockholm, "RUFS 2050 mål 47"), "RUS_GOAL_NUMBER_UNKNOWN");
    expect(found.map((f) => f.severity)).toEqual(["varning"]);
    expect(found[0].suggestions?.length).toBeGreaterThan(0);
  });

  it("warns about another region's goal", () => {
    const found = withCode(check(blekinge, "Mål i RUS: Fler Blekingebor i arbete", "Kalmar"), "RUS_GOAL_OTHER_REGION");
    expect(found.map((f) => f.severity)).toEqual(["varning"]);
    expect(found[0].message).toContain("Blekinge");
  });

  it("accepts a goal the region adds on its own Mål sheet", () => {
    const text = "Mål i RUS: Fler glada besökare i skärgården";
    const grids = workbook("Blekinge", { 1: [{ ...blekinge, goals: text }] });
    expect(withCode(validate(grids), "RUS_GOAL_UNKNOWN")).toHaveLength(1);
    grids.push({ name: "Mål", values: [["Region", "Typ", "Namn"], ["Blekinge", "Mål", "Fler glada besökare i skärgården"]] });
    const result = validate(grids);
    expect(withCode(result, "RUS_GOAL_UNKNOWN")).toEqual([]);
    expect(withCode(result, "GOALS_UNRECOGNISED")).toEqual([]);
  });
});

/** The first published row of a region whose Mål cell contains the text. */
function publishedRow(region: Region, text: string): ActivityRow {
  for (const table of [1, 2, 3, 4, 5, 6, 7]) {
    for (const seed of sample.tables[String(table)]) {
      if (seed.region === region && seed.goals.includes(text)) return sampleRow(table, seed.seedLine!);
    }
  }
  throw new Error(`no ${region} row with "${text}"`);
}
