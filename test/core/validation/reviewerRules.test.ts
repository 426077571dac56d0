/**
 * The reviewers' rules of issue 12, on the 2023 rows. Each rule fires on the published rows named here
 * (by table and line in the seed text, /work/shared/seed/000_1a4d85b2a645c848.txt, read by hand) and on
 * no other row of the 21 sample workbooks; rules no published row breaks fire on a published row edited
 * the way the issue describes. The row lists come from reading the seed, not from the rules.
 */
import { REGIONS, type Region } from "../../../src/core/regions";
import type { ActivityRow } from "../../../src/core/report";
import { HEADER_ROW } from "../../../src/core/template";
import { type Finding, validateWorkbook } from "../../../src/core/validation";
import { reportOf, sample, sampleRow, sampleWorkbook, validate, withCode, workbook } from "./helpers";

/** Every finding on the 21 sample workbooks, with the seed line of the row it points at. */
const all: (Finding & { region: Region; seed: string })[] = REGIONS.flatMap((region) =>
  validateWorkbook(sampleWorkbook(region), { file: `${region}.xlsx` }).findings.map((f) => {
    // The template writes a table's published rows in order, from the row under its header.
    const rows = reportOf(region).tables[f.table as 1]?.length ? sample.tables[String(f.table)].filter((r) => r.region === region) : [];
    const seedLine = f.row !== undefined ? rows[f.row - HEADER_ROW - 1]?.seedLine : undefined;
    return { ...f, region, seed: `${f.table}:${seedLine}` };
  })
);

const rowsWith = (code: string) => all.filter((f) => f.code === code).map((f) => f.seed).sort();
const sorted = (list: string[]) => [...list].sort();

/** A published row moved into table 1 of its region's workbook (or another region's), its Mål cell rewritten. */
function check(row: ActivityRow, change: Partial<ActivityRow> = {}, region = row.region as Region) {
  return validate(workbook(region, { 1: [{ ...row, region, ...change }] }));
}

describe("cross-references instead of content", () => {
  it("is one error on each published row that points elsewhere, and on no other", () => {
    expect(rowsWith("CROSS_REFERENCE")).toEqual(
      sorted([
        "2:8288", // Västernorrland: "Uppnådda prestationer/resultat 2023, se regionens återrapportering avsnitt 4.1."
        "5:21427", // Stockholm: "Bazaren 2023 Se tabell 2.", nothing else
        "6:23655", // Stockholm: the same in table 6
        "6:23135", // Jönköping: outputs "Se regionens återrapportering avsnitt 4", effects empty
        "6:24132", // Värmland: "Se tabell 2." in every column
        "6:24152", // Västerbotten: "Se även tabell 2."
        "7:28337", // Västerbotten: "Se även regionens återrapportering avsnitt 3 kring energi"
      ])
    );
    expect(all.filter((f) => f.code === "CROSS_REFERENCE").every((f) => f.severity === "fel")).toBe(true);
  });

  it("replaces the scattered missing-field findings on those rows", () => {
    const pointing = new Set(rowsWith("CROSS_REFERENCE").map((s) => s));
    const scattered = all.filter((f) => ["ROW_MISSING_OUTPUTS", "ROW_MISSING_GOALS", "EFFECTS_EMPTY", "GOALS_UNRECOGNISED"].includes(f.code));
    expect(scattered.filter((f) => pointing.has(f.seed))).toEqual([]);
  });

  it("says cross-reference, names the pointer and what the row lacks", () => {
    const stockholm = all.find((f) => f.code === "CROSS_REFERENCE" && f.seed === "5:21427")!;
    expect(stockholm.message).toContain('"Se tabell 2"');
    expect(stockholm.message).toContain("Prestationer, Effekter och Mål");
    expect(stockholm.column).toBe("Namn på insats och kort beskrivning");
    const jonkoping = all.find((f) => f.code === "CROSS_REFERENCE" && f.seed === "6:23135")!;
    expect(jonkoping.message).toContain("Prestationer och Effekter");
  });

  it("leaves a pointer beside real content alone", () => {
    // 2:7640 Värmland, 2:8262 Västernorrland ("Se tabell 6 för detaljer."), 2:6855 Stockholm ("Fordonsdalen REACT Se tabell 3."),
    // 5:22031 Västernorrland (outputs open with "Se regionens återrapportering avsnitt 7.1." and go on), 6:24789 Östergötland.
    for (const seed of ["2:7640", "2:8262", "2:6855", "5:22031", "6:24789"]) expect(all.filter((f) => f.seed === seed && f.code === "CROSS_REFERENCE")).toEqual([]);
    // Östergötland 6:24789 reports its work and has neither effects nor goals: those stay as they were.
    expect(all.filter((f) => f.seed === "6:24789").map((f) => f.code).sort()).toEqual(["EFFECTS_EMPTY", "ROW_MISSING_GOALS"]);
  });
});

describe("goals in the outputs or effects column", () => {
  it("is an error at the Mål cell of all four Uppsala table 2 rows whose columns are shifted, and of no other row", () => {
    expect(rowsWith("GOALS_IN_OTHER_COLUMN")).toEqual(["2:7528", "2:7534", "2:7551", "2:7591"]);
    const found = all.filter((f) => f.code === "GOALS_IN_OTHER_COLUMN");
    expect(found.map((f) => [f.region, f.severity, f.column])).toEqual(Array(4).fill(["Uppsala", "fel", "Mål"]));
    expect(found[0].message).toContain("Utbildning och sysselsättning för alla");
    // Parameters stay off findings unless asked for (keepParams: the taxonomy report's script asks).
    expect(found.some((f) => "params" in f)).toBe(false);
    // The same rows no longer get "no goal recognised", which sent the officer to the wrong cell.
    expect(all.filter((f) => f.code === "GOALS_UNRECOGNISED" && found.some((g) => g.seed === f.seed))).toEqual([]);
  });

  it("leaves Uppsala's table 2 row whose Mål cell cites its goal (2:7623)", () => {
    expect(all.filter((f) => f.seed === "2:7623" && f.code === "GOALS_IN_OTHER_COLUMN")).toEqual([]);
  });
});

describe("outputs identical to effects", () => {
  it("warns on the three published rows that repeat the outputs as effects, not on the cross-reference", () => {
    // Västra Götaland 1:3980, 1:4001 "Projektet pågår, ännu inga färdiga resultat." twice; Stockholm 5:21411
    // "Analysen färdigställs under kvartal 1 2024." twice. Värmland 6:24132 ("Se tabell 2." everywhere) is a cross-reference.
    expect(rowsWith("OUTPUTS_EQUAL_EFFECTS")).toEqual(["1:3980", "1:4001", "5:21411"]);
    expect(all.filter((f) => f.code === "OUTPUTS_EQUAL_EFFECTS").every((f) => f.severity === "varning" && f.column?.startsWith("Om möjligt"))).toBe(true);
  });
});

describe("a national strategic area cited as a RUS goal", () => {
  it("warns on Norrbotten's two rows with 'RUS: Innovation och förnyelse … i hela landet', and on no other", () => {
    expect(rowsWith("NATIONAL_AS_RUS")).toEqual(["3:12684", "7:27020"]);
    expect(all.filter((f) => f.code === "NATIONAL_AS_RUS").every((f) => f.region === "Norrbotten" && f.severity === "varning")).toBe(true);
  });
});

describe("Agenda 2030 numbers out of range without a heading", () => {
  const blekinge = sampleRow(1, 22);
  it("is an error for 'Mål 18 Rymden' after a published RUS citation", () => {
    const found = withCode(check(blekinge, { goals: `${blekinge.goals}\n\nMål 18 Rymden` }), "AGENDA2030_NUMBER_OUT_OF_RANGE");
    expect(found.map((f) => [f.severity, f.cell])).toEqual([["fel", "E4"]]);
    expect(found[0].message).toContain("18");
  });

  it("is not raised on published rows whose numbers are years, ranges, RUS goals or lower-case prose", () => {
    // Västmanland 2:8316 "mål 19 öka andelen sysselsatta samt mål 18 fler företag" (its delmål), Kalmar 4:17824 and 7:26425
    // "Mål 2030:", Uppsala 7:28028 and 7:28050 "prioriterat mål 21–24 inom den regionala utvecklingsstrategin".
    expect(rowsWith("AGENDA2030_NUMBER_OUT_OF_RANGE")).toEqual([]);
  });

  it("is not raised for a number the region's own goals have, capitalised or not (Västmanland's delmål 18)", () => {
    const vastmanland = sampleRow(2, 8316);
    expect(withCode(check(vastmanland, { goals: "Mål 18 Fler företag och organisationer hittar rätt kompetens" }), "AGENDA2030_NUMBER_OUT_OF_RANGE")).toEqual([]);
    expect(withCode(check(blekinge, { goals: "Mål 18 Fler företag och organisationer hittar rätt kompetens" }), "AGENDA2030_NUMBER_OUT_OF_RANGE")).toHaveLength(1);
  });
});

describe("policy and specific objective codes out of range", () => {
  // Stockholm 3:12929 "ERUF 2021–2027 Politiskt mål 1. …"; Västernorrland 7:28361 "ERUF: Mål 1.1 utveckla och förbättra …".
  const stockholm = sampleRow(3, 12929);
  const vasternorrland = sampleRow(7, 28361);
  it("are not raised on any published row", () => {
    expect([...rowsWith("PO_NUMBER_OUT_OF_RANGE"), ...rowsWith("SO_NUMBER_OUT_OF_RANGE")]).toEqual([]);
  });

  it("are errors for 'Politiskt mål 6' and 'RSO 7.1' in published cells", () => {
    const po = withCode(check(stockholm, { goals: stockholm.goals.replace("Politiskt mål 1", "Politiskt mål 6") }), "PO_NUMBER_OUT_OF_RANGE");
    expect(po.map((f) => f.severity)).toEqual(["fel"]);
    expect(po[0].message).toContain("PO1–PO5");
    const so = withCode(check(vasternorrland, { goals: "ERUF: RSO 7.1 utveckla och förbättra forsknings- och innovationskapaciteten" }), "SO_NUMBER_OUT_OF_RANGE");
    expect(so.map((f) => f.severity)).toEqual(["fel"]);
    expect(so[0].message).toContain("7.1");
    expect(so[0].message).toContain("1.1–1.6");
  });
});

describe("a specific objective outside the region's regional ERDF programme", () => {
  // Västernorrland 4:19447 "ERUF: Ett mer sammanlänkat Europa, Utveckla hållbara europeiska transportnät (TEN-T)" (SO 3.1):
  // Mellersta Norrland's programme has a transport part (Mittbanan). Småland och Öarna works for PO1 and PO2 only.
  const transport = sampleRow(4, 19447);
  it("is raised on no published row", () => {
    expect(rowsWith("ERDF_SO_NOT_IN_PROGRAMME")).toEqual([]);
  });

  it("warns when the same published cell comes from Kalmar (Småland och Öarna)", () => {
    expect(withCode(check(transport), "ERDF_SO_NOT_IN_PROGRAMME")).toEqual([]);
    const found = withCode(check(transport, {}, "Kalmar"), "ERDF_SO_NOT_IN_PROGRAMME");
    expect(found.map((f) => f.severity)).toEqual(["varning"]);
    expect(found[0].message).toContain("Småland och öarna");
    expect(found[0].message).toContain("PO3");
  });

  it("leaves it when the cell names another programme", () => {
    const goals = `${transport.goals}\nDet nationella ERUF-programmet`;
    expect(withCode(check(transport, { goals }, "Kalmar"), "ERDF_SO_NOT_IN_PROGRAMME")).toEqual([]);
  });
});

describe("2014–2020 programmes in a 2023 report", () => {
  it("warns once per published row citing REACT-EU, Tematiskt mål 13, the old thematic objectives or a programme '2014–2020'", () => {
    expect(rowsWith("LEGACY_PROGRAMME")).toEqual(
      sorted([
        "3:10062", // Dalarna "React-EU"
        "4:16797", // Dalarna "öka tillgången till, användningen av och kvaliteten på IKT" (ERUF Norra Mellansverige 2014–2020)
        "5:20305", // Dalarna "ERUF Norra Mellansverige 2014–2020, insatsområde: öka små och medelstora företags konkurrenskraft"
        "5:20431", // Dalarna, the same
        "6:22847", // Dalarna "React–EU"
        "3:11290", // Halland "REACT-EU", "Tematiskt mål 13"
        "3:11385", // Halland, the same
        "1:1509", // Jämtland Härjedalen "Bidrar till mål inom ERUF: Att öka små och medelstora företags konkurrenskraft"
        "3:11585", // Jämtland Härjedalen, the same
        "7:26174", // Jönköping "ERUF-programmet Koldioxidsnål ekonomi"
        "7:26275", // Jönköping "REACT-E"
        "7:26316", // Jönköping "ERUF-programmet Koldioxidsnål ekonomi"
        "3:12187", // Kalmar "React- EU"
        "5:22166", // Västmanland "Öka små och medelstora företags konkurrenskraft"
      ])
    );
    expect(all.filter((f) => f.code === "LEGACY_PROGRAMME").every((f) => f.severity === "varning")).toBe(true);
  });

  it("leaves 'Investeringar för tillväxt och sysselsättning', the cohesion goal of both periods (Stockholm 7:27401, Västra Götaland 3:15222)", () => {
    expect(all.filter((f) => ["7:27401", "3:15222"].includes(f.seed) && f.code === "LEGACY_PROGRAMME")).toEqual([]);
  });

  it("does not warn in a report for a year of the old period", () => {
    const grids = workbook("Dalarna", { 3: [sampleRow(3, 10062)] });
    expect(withCode(validate(grids), "LEGACY_PROGRAMME")).toHaveLength(1);
    grids.find((g) => g.name === "Information")!.values[3][1] = 2019;
    expect(withCode(validate(grids), "LEGACY_PROGRAMME")).toEqual([]);
  });
});

describe("a misspelt fund", () => {
  it("warns on 'EURF 1.4' in Jämtland Härjedalen's activity 3:11585, and nowhere else", () => {
    expect(rowsWith("FUND_MISSPELT")).toEqual(["3:11585"]);
    const found = all.find((f) => f.code === "FUND_MISSPELT")!;
    expect([found.severity, found.column]).toEqual(["varning", "Namn på insats och kort beskrivning"]);
    expect(found.message).toContain('"EURF"');
    expect(found.message).toContain("ERUF");
  });

  it("takes a four-capital word only when it stands alone, as \\p{L} and \\p{N} see letters and numbers", () => {
    const row = sampleRow(3, 11585);
    // The word as the Unicode pattern /(?<![\p{L}\p{N}])\p{Lu}{4}(?![\p{L}\p{N}])/u reads it: a second reader of the scan.
    const alone = (text: string) => (text.match(/(?<![\p{L}\p{N}])\p{Lu}{4}(?![\p{L}\p{N}])/gu) ?? []).some((w) => w === "EURF");
    const cases = ["EURF", "(EURF)", "xEURF", "EURF1", "2EURF", "ÅEURF", "EURFÖ", "😀EURF", "\u{1D400}EURF", "EURF\u{1D400}", "EURFEURF", "AB EURF-ERUF", "ÉEURF", "EURF\u0301"];
    for (const text of cases) {
      const found = withCode(check(row, { activity: `Förstudie inom ${text} 1.4` }), "FUND_MISSPELT");
      expect([text, found.length]).toEqual([text, alone(`Förstudie inom ${text} 1.4`) ? 1 : 0]);
    }
  });
});

describe("the same activity in two tables", () => {
  it("warns on Norrbotten's 'North Sweden Green Deal' in table 6 (also 2:6521), not on Stockholm's cross-references", () => {
    expect(rowsWith("ACTIVITY_IN_TWO_TABLES")).toEqual(["6:23460"]);
    const found = all.find((f) => f.code === "ACTIVITY_IN_TWO_TABLES")!;
    expect(found.severity).toBe("varning");
    expect(found.message).toContain("tabell 2 (Tabell 2!B");
  });
});
