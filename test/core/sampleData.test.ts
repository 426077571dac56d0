/**
 * The bundled sample data (data/sample-2023.json): shape, counts and a few
 * Blekinge rows checked by eye against the published 2023 compilation.
 */
import * as fs from "fs";
import * as path from "path";

interface Row { region: string; activity: string; outputs: string; effects: string; goals: string; seedLine: number }
interface Answer { q: number; answer: "Ja" | "Nej" | null; text: string }
interface Sample {
  year: number;
  source: string;
  tables: Record<string, Row[]>;
  table8: Record<string, Answer[]>;
  counts: unknown;
}

const REGIONS = [
  "Blekinge", "Dalarna", "Gotland", "Gävleborg", "Halland", "Jämtland Härjedalen", "Jönköping", "Kalmar",
  "Kronoberg", "Norrbotten", "Skåne", "Stockholm", "Sörmland", "Uppsala", "Värmland", "Västerbotten",
  "Västernorrland", "Västmanland", "Västra Götaland", "Örebro", "Östergötland",
];
const PLACEHOLDER = "Regionen redovisar inga insatser i tabellform.";
const FIELDS = ["activity", "outputs", "effects", "goals"] as const;

const sample: Sample = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "data", "sample-2023.json"), "utf8"));
const allRows = (): Row[] => Object.values(sample.tables).flat();
const row = (table: number, seedLine: number): Row => {
  const r = sample.tables[String(table)].find((x) => x.seedLine === seedLine);
  if (!r) throw new Error(`no row ${table}/${seedLine}`);
  return r;
};

describe("data/sample-2023.json", () => {
  it("names its year and source", () => {
    expect(sample.year).toBe(2023);
    expect(typeof sample.source).toBe("string");
    expect(sample.source.length).toBeGreaterThan(0);
  });

  it("has 534 rows in tables 1–7 with the published per-table counts", () => {
    const counts = Object.fromEntries(Object.entries(sample.tables).map(([t, rows]) => [t, rows.length]));
    expect(counts).toEqual({ "1": 82, "2": 89, "3": 94, "4": 85, "5": 50, "6": 46, "7": 88 });
    expect(allRows()).toHaveLength(534);
  });

  it("uses only the 21 short region names, in publication order within each table", () => {
    for (const rows of Object.values(sample.tables)) {
      const idx = rows.map((r) => REGIONS.indexOf(r.region));
      expect(idx.every((i) => i >= 0)).toBe(true);
      expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    }
  });

  it("has exactly 7 placeholder rows, with empty other fields", () => {
    const placeholders = allRows().filter((r) => r.activity === PLACEHOLDER);
    expect(placeholders).toHaveLength(7);
    for (const r of placeholders) expect([r.outputs, r.effects, r.goals]).toEqual(["", "", ""]);
  });

  it("has 21 regions × 6 table-8 answers with q 1..6 and Ja/Nej/null", () => {
    expect(Object.keys(sample.table8)).toEqual(REGIONS);
    for (const answers of Object.values(sample.table8)) {
      expect(answers.map((a) => a.q)).toEqual([1, 2, 3, 4, 5, 6]);
      for (const a of answers) {
        expect(["Ja", "Nej", null]).toContain(a.answer);
        expect(a.text.length).toBeGreaterThan(0);
      }
    }
  });

  it("has no leading or trailing whitespace in any field", () => {
    for (const r of allRows()) {
      for (const f of ["region", ...FIELDS] as const) expect(r[f]).toBe(r[f].trim());
    }
    for (const answers of Object.values(sample.table8)) for (const a of answers) expect(a.text).toBe(a.text.trim());
  });

  describe("Blekinge rows (checked by eye against the seed text)", () => {
    it("has Blekinge's row counts per table", () => {
      const n = (t: string) => sample.tables[t].filter((r) => r.region === "Blekinge").length;
      expect(["1", "2", "3", "4", "5", "6", "7"].map(n)).toEqual([6, 5, 3, 5, 2, 5, 1]);
    });

    it("table 1, RSP: the activity keeps its three bullets and the outputs start at 'Platsbesök'", () => {
      const r = row(1, 22);
      expect(r.activity).toBe(
        "Insatser inom Regionalt serviceprogram (RSP)\n" +
          "• Rådgivande insatser till servicegivare för mer hållbara affärsmodeller och konsumtion.\n" +
          "• Synliggör de funktionella och cirkulära sambanden mellan stad och land.\n" +
          "• Stärka civilsamhällets förutsättningar för inkludering och en aktiv roll i utvecklingsarbetet.",
      );
      expect(r.outputs.startsWith("Platsbesök med strategiska dialoger hos servicegivare: Samtliga livsmedelsbutiker")).toBe(true);
      expect(r.goals).toBe(
        "Mål i RUS:\nStärkt attraktivitet särskilt för unga.\n" +
          "Prioritering Främja tillgången till ett brett och ändamålsenligt serviceutbud i hela länet.\n" +
          "Prioritering Utveckla attraktiva, hållbara och väl gestaltade livsmiljöer utifrån Blekinges unika förutsättningar.",
      );
    });

    it("table 1, Euroregion Baltic working group: no effects, both 'Mål' paragraphs are goals", () => {
      const r = row(1, 426);
      expect(r.outputs).toBe("Påbörjad kartläggning av nationella och regionala förutsättningar.");
      expect(r.effects).toBe("");
      expect(r.goals).toBe(
        "Mål i RUS: minskad miljö och klimatpåverkan.\nMål: lärande och gemensam förståelse för energiförsörjning ur ett gränsregionalt perspektiv.",
      );
    });

    it("table 2, YH och kompetensbehov", () => {
      expect(row(2, 4517)).toEqual({
        region: "Blekinge",
        activity: "YH och kompetensbehov",
        outputs: "Bidragit till analyser av utbildningsbehov till Skolverket och MYH.",
        effects: "Med bra behovsunderlag ökar förutsättningarna för ett relevant utbildningsutbud som är rätt dimensionerat.",
        goals: "Fler Blekingebor i arbete. (ökad tillgång till gymnasial och eftergymnasial kompetens och Få in fler personer på arbetsmarknaden)",
        seedLine: 4517,
      });
    });

    it("table 4, Samhällsnyttoanalys", () => {
      const r = row(4, 16637);
      expect([r.activity, r.outputs, r.effects, r.goals]).toEqual([
        "Samhällsnyttoanalys",
        "Två framtagna kunskapsunderlag som presenterats för tre politiska nämnder.",
        "Ökad kunskap om effekterna i digital omställning.",
        "Ökad digital tillgänglighet",
      ]);
    });

    it("table 6, upphandlingsdirektiv: status in outputs, 'För tidigt att rapportera' in effects", () => {
      const r = row(6, 22728);
      expect(r.outputs).toBe(
        "Implementerats. Möten har hållits där två modeller presenterats för att genomföra upphandlingsdirektiv med sociala kriterier",
      );
      expect(r.effects).toBe("För tidigt att rapportera, uppföljning av om direktiven används under 2024. Aktiviteten ska justeras och fortsätta 2024");
    });

    it("table 7 is Blekinge's placeholder row", () => {
      const rows = sample.tables["7"].filter((r) => r.region === "Blekinge");
      expect(rows.map((r) => r.activity)).toEqual([PLACEHOLDER]);
    });

    it("table 8 answers Ja to questions 3–5", () => {
      const a = sample.table8["Blekinge"];
      expect(a.map((x) => x.answer)).toEqual([null, null, "Ja", "Ja", "Ja", null]);
      expect(a[4].text.startsWith("1:1 anslaget bidrar i hög grad till att möjliggöra förstudier")).toBe(true);
    });
  });
});
