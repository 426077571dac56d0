/**
 * Workbooks damaged the way real ones are (PRODUCT.md, "Workbooks the product must accept"): the
 * sample workbook of one region each, changed in one way, plus files that are no report at all.
 */
import type { CellValue, SheetGrid } from "../../../src/core/grid";
import type { ConsolidationInput } from "../../../src/core/consolidation";
import { REGIONS, type Region } from "../../../src/core/regions";
import { FORM_TABLE } from "../../../src/core/tables";
import { reportOf, sampleWorkbook, setCell, sheet } from "./helpers";

export const FORMULA_TEXT = { activity: '=HYPERLINK("http://x.se")', outputs: "+46 70 123 45 67", effects: "-10 % utsläpp", goals: "@Agenda 2030 mål 13" };

function rename(grids: SheetGrid[], from: string, to: string): void {
  sheet(grids, from).name = to;
}

/** Table 8 with one row per region and a column per question; headers by number or by question text. */
export function wideForm(region: Region, headers: "numbers" | "texts", extraTitle = false): SheetGrid {
  const answers = reportOf(region).table8;
  const header: CellValue[] = ["Region"];
  const row: CellValue[] = [region];
  for (const q of FORM_TABLE.questions) {
    const given = answers.find((a) => a.question === q.number);
    header.push(headers === "numbers" ? `Fråga ${q.number}` : q.text);
    row.push(given?.text ?? "");
    if (q.yesNo) {
      header.push(headers === "numbers" ? `Fråga ${q.number} Ja/Nej` : "Ja/Nej");
      row.push(given?.answer ?? "");
    }
  }
  const title: CellValue[][] = extraTitle ? [[`Region ${region}`], []] : [];
  return { name: "Anslag", values: [...title, ["Tabell 8. Fördelning av anslag 1:1 Regionala utvecklingsåtgärder"], header, row] };
}

const damages: Partial<Record<Region, (grids: SheetGrid[]) => void>> = {
  Blekinge: (g) => {
    rename(g, "Tabell 3", "3 Innovation");
    rename(g, "Tabell 1", "Blad1");
  },
  Dalarna: (g) => sheet(g, "Tabell 2").values.unshift(["Region Dalarna"], ["Redovisning 2023"]),
  Gotland: (g) => {
    const order = [4, 0, 1, 3, 2];
    const t = sheet(g, "Tabell 1");
    t.values = t.values.map((row, r) => (r < 2 ? row : order.map((i) => row[i] ?? null)));
  },
  Gävleborg: (g) => {
    setCell(g, "Tabell 4", "F3", "Kommentar");
    setCell(g, "Tabell 4", "F4", "Intern anteckning");
    setCell(g, "Tabell 4", "G5", "lös text utan rubrik");
  },
  Halland: (g) => {
    setCell(g, "Tabell 5", "A3", "  Region ");
    setCell(g, "Tabell 5", "B3", "Namn på insats\noch kort beskrivning");
    setCell(g, "Tabell 5", "C3", "Resultat i form av  uppnådda prestationer\r\nunder året");
    setCell(g, "Tabell 5", "E3", "Mål – Vilket eller vilka mål i den regionala utvecklingsstrategin, Regionalfonden inklusive Interreg samt i förekommande fall Fonden för en rättvis omställning som insatsen ska bidra till");
  },
  "Jämtland Härjedalen": (g) => {
    const t = sheet(g, "Tabell 3");
    t.values = t.values.flatMap((row, r) => (r >= 3 ? [row, [null, null], []] : [row]));
    sheet(g, "Tabell 7").values.splice(3, 0, ["", "  ", null]);
  },
  Jönköping: (g) => {
    setCell(g, "Tabell 1", "C4", 12);
    setCell(g, "Tabell 1", "D4", 0.25);
    setCell(g, "Tabell 1", "A5", "Region Jönköpings län");
    setCell(g, "Tabell 3", "B4", FORMULA_TEXT.activity);
    setCell(g, "Tabell 3", "C4", FORMULA_TEXT.outputs);
    setCell(g, "Tabell 3", "D4", FORMULA_TEXT.effects);
    setCell(g, "Tabell 3", "E4", FORMULA_TEXT.goals);
  },
  Kalmar: (g) => g.push({ name: "Tabell 2 (2)", hidden: true, values: sheet(g, "Tabell 2").values.map((r) => [...r]) }),
  Kronoberg: (g) => g.push({ name: "Kopia", values: sheet(g, "Tabell 7").values.map((r) => [...r]) }),
  Stockholm: (g) => {
    const t = sheet(g, "Tabell 1");
    for (let r = 4; r < t.values.length; r++) t.values[r][0] = null;
  },
  Sörmland: (g) => {
    setCell(g, "Information", "B3", "Södermanland");
    sheet(g, "Tabell 1").values.push(["Kalmar", "En insats i fel arbetsbok", "Prestation", "", "Mål 1"], ["Atlantis", "En insats i ingen region", "Prestation", "", "Mål 1"]);
  },
  Uppsala: (g) => g.splice(g.findIndex((s) => s.name === "Tabell 8"), 1, wideForm("Uppsala", "texts")),
  Östergötland: (g) => g.splice(g.findIndex((s) => s.name === "Tabell 8"), 1, wideForm("Östergötland", "numbers", true)),
  Värmland: (g) => {
    sheet(g, "Tabell 4").values[2] = ["Vem", "Vad", "Hur", "Varför", "Vart"];
  },
  Västmanland: (g) => sheet(g, "Tabell 5").values.push(["Västmanland", "", "", "", ""]),
};

export function damagedWorkbook(region: Region): SheetGrid[] {
  const grids = sampleWorkbook(region);
  damages[region]?.(grids);
  return grids;
}

export const ÖREBRO_CHANGED_OUTPUTS = "Ny text om prestationerna";

/** The damaged set: every region once (damaged where listed), plus duplicates and files that are no report. */
export function damagedInputs(): ConsolidationInput[] {
  const inputs: ConsolidationInput[] = REGIONS.map((region) => ({ file: `${region}.xlsx`, grids: damagedWorkbook(region) }));
  // Two workbooks for Örebro: the newer by "Skapad" has a changed row.
  const newer = sampleWorkbook("Örebro");
  setCell(newer, "Information", "B8", "2024-02-20");
  setCell(newer, "Tabell 1", "C4", ÖREBRO_CHANGED_OUTPUTS);
  inputs.push({ file: "Örebro ny.xlsx", grids: newer });
  // Two for Västerbotten with the same "Skapad": the file date decides.
  const vb = inputs.find((i) => i.file === "Västerbotten.xlsx")! as { file: string; grids: SheetGrid[]; fileDate?: string };
  vb.fileDate = "2024-03-01T10:00:00Z";
  inputs.push({ file: "Västerbotten (1).xlsx", grids: sampleWorkbook("Västerbotten"), fileDate: "2024-02-01T09:00:00Z" });
  // Rows naming two regions as often, and nothing else to tell which the workbook is (no information
  // sheet, no region in a title or the file name): the workbook cannot be placed.
  const mixed = sampleWorkbook("Norrbotten").filter((s) => s.name === "Tabell 1");
  const t1 = sheet(mixed, "Tabell 1");
  t1.values = t1.values.slice(0, 5);
  setCell(mixed, "Tabell 1", "A5", "Skåne");
  inputs.push({ file: "blandad.xlsx", grids: mixed });
  inputs.push({ file: "tom.xlsx", grids: [{ name: "Blad1", values: [] }] });
  inputs.push({ file: "trasig.xlsx", error: "Filen är ingen giltig .xlsx-fil (zip-arkivet kunde inte öppnas)." });
  inputs.push({ file: "anteckningar.xlsx", grids: [{ name: "Anteckningar", values: [["Möte 3 mars"], ["Kom ihåg att skicka in"]] }] });
  return inputs;
}

/**
 * A regression case (issue 7): table 2 renamed ("Blad2") and retitled ("Kompetens och utbildning
 * 2023"), so neither its name nor its title says which table it is. Its rows were once dropped from
 * both the master and Avvisat while the counts still balanced.
 */
export function retitledTable2(region: Region): SheetGrid[] {
  const grids = sampleWorkbook(region);
  const t2 = sheet(grids, "Tabell 2");
  t2.name = "Blad2";
  t2.values[0] = ["Kompetens och utbildning 2023"];
  return grids;
}
