/**
 * A corpus of regional workbooks in the shapes real offices send, not our template: built from the
 * bundled 2023 rows (data/sample-2023.json), each with its own manifest — the data rows it holds and
 * what they should give — written by the builder as it lays the rows out, so that tests count from
 * the fixture, never from the recogniser. Grids only (the shape of Range.values and of any .xlsx
 * reader); test/corpus/files.ts writes some of them as .xlsx files for the CLI.
 */
import type { CellValue, Grid, SheetGrid } from "../../src/core/grid";
import type { Region } from "../../src/core/regions";
import type { ActivityRow, FormAnswer } from "../../src/core/report";
import type { ManifestRow } from "../support/nothingLost";
import { reportOf, workbook } from "../core/validation/helpers";

/**
 * Written out here, as a region's officer would type them (PRODUCT.md), not taken from the product's
 * table definitions.
 */
export const TITLES: Record<number, string> = {
  1: "Likvärdiga möjligheter till boende, arbete och välfärd i hela landet",
  2: "Kompetensförsörjning och kompetensutveckling i hela landet",
  3: "Innovation och förnyelse samt entreprenörskap och företagande i hela landet",
  4: "Tillgänglighet i hela landet genom digital kommunikation och transportsystemet",
  5: "Jämställdhet",
  6: "Integration",
  7: "Miljö och klimat",
  8: "Fördelning av anslag 1:1 Regionala utvecklingsåtgärder",
};
export const ACTIVITY = [1, 2, 3, 4, 5, 6, 7];
export const QUESTIONS_TEXT = [
  "Beskrivning av varför regionen har fördelat anslaget mellan projektverksamhet, regionala företagsstöd och stöd till kommersiell service på det sätt de gjort.",
  "Beskrivning av hur regionen har integrerat ekonomisk, social och miljömässig hållbarhet i beslut om medel från anslaget till projektverksamhet, regionala företagsstöd och stöd till kommersiell service.",
  "Beskrivning av hur anslaget har bidragit till att nå målen i den regionala utvecklingsstrategin.",
  "Beskrivning av hur anslaget har bidragit till att nå målen i nationellt och regionala program för Regionalfonden.",
  "Beskrivning av hur anslaget har bidragit till att nå målen i Interreg-program.",
  "Beskrivning på vilket sätt olika territoriella perspektiv har beaktats och påverkat beslut om medel.",
];
const HEADERS = [
  "Region",
  "Namn på insats och kort beskrivning",
  "Resultat i form av uppnådda prestationer under året",
  "Om möjligt resultat i form av uppnådda effekter under året",
  "Mål",
];

export interface CorpusWorkbook {
  shape: string;
  /** What the shape is, in a line (printed in the closing note's table). */
  description: string;
  file: string;
  region: Region;
  grids: SheetGrid[];
  /** The data rows the builder laid out. */
  manifest: ManifestRow[];
  /** Units that belong in the master: rows per activity table, and table 8's answers. */
  expected: { tables: Record<number, number>; answers: number; rejected: number; yesNo?: Record<number, string> };
}

interface Builder {
  grids: SheetGrid[];
  manifest: ManifestRow[];
}

const rowOf = (r: ActivityRow): CellValue[] => [r.region, r.activity, r.outputs, r.effects, r.goals];

function published(region: Region) {
  const report = reportOf(region);
  return { tables: report.tables as Record<number, ActivityRow[]>, table8: report.table8 };
}

function counts(region: Region): Record<number, number> {
  const { tables } = published(region);
  return Object.fromEntries(ACTIVITY.map((n) => [n, tables[n].length]));
}

/** A sheet of tables 1–7 laid out by hand: preamble rows, the header row(s), then the rows; the data rows go into the manifest. */
function activitySheet(b: Builder, name: string, preamble: Grid, header: Grid, rows: CellValue[][]): SheetGrid {
  const values: Grid = [...preamble, ...header];
  for (const row of rows) {
    values.push(row);
    b.manifest.push({ sheet: name, row: values.length });
  }
  const sheet = { name, values };
  b.grids.push(sheet);
  return sheet;
}

function information(b: Builder, region: Region): void {
  b.grids.push({ name: "Information", values: [["Redovisning"], [], ["Region", region], ["År", 2023], ["Kontaktperson", "Anna Andersson"]] });
}

/** Table 8 as the template lays it out, the answers given; the data rows into the manifest. */
function templateForm(b: Builder, region: Region, answers: FormAnswer[]): void {
  const values: Grid = [[`Tabell 8. ${TITLES[8]}`], [], ["Region", "Fråga nr", "Fråga", "Ja/Nej", "Svar"]];
  QUESTIONS_TEXT.forEach((q, i) => {
    const a = answers.find((x) => x.question === i + 1);
    values.push([region, i + 1, q, a?.answer ?? "", a?.text ?? ""]);
    if (a) b.manifest.push({ sheet: "Tabell 8", row: values.length });
  });
  b.grids.push({ name: "Tabell 8", values });
}

function activityTables(b: Builder, region: Region, layout: (n: number) => { name: string; preamble: Grid; header: Grid; row: (r: ActivityRow) => CellValue[] }): void {
  const { tables } = published(region);
  for (const n of ACTIVITY) {
    const l = layout(n);
    activitySheet(b, l.name, l.preamble, l.header, tables[n].map(l.row));
  }
}

const standard = (n: number) => ({ name: `Tabell ${n}`, preamble: [[`Tabell ${n}. ${TITLES[n]}`], []], header: [HEADERS], row: rowOf });
const answered = (answers: FormAnswer[]) => answers.filter((a) => a.text || a.answer).length;

function build(shape: string, description: string, file: string, region: Region, make: (b: Builder) => void, expected?: Partial<CorpusWorkbook["expected"]>): CorpusWorkbook {
  const b: Builder = { grids: [], manifest: [] };
  make(b);
  return {
    shape, description, file, region, grids: b.grids, manifest: b.manifest,
    expected: { tables: counts(region), answers: answered(published(region).table8), rejected: 0, ...expected },
  };
}

/** "Ja. …" at the start of an answer, as regions write it when there is no Ja/Nej column. */
const withYesNo = (a: FormAnswer) => (a.answer ? `${a.answer}. ${a.text}` : a.text);
const yesNoOf = (region: Region) => Object.fromEntries(published(region).table8.filter((a) => a.answer).map((a) => [a.question, a.answer!]));

export function corpus(): CorpusWorkbook[] {
  return [
    build("published-form", "Tabell 8 som i sammanställningen: Fråga | Ja/Nej | Beskrivning, utan Region och Fråga nr", "Uppsala 2023.xlsx", "Uppsala", (b) => {
      information(b, "Uppsala");
      activityTables(b, "Uppsala", standard);
      const values: Grid = [[`Tabell 8. ${TITLES[8]}`], ["Fråga", "Ja/Nej", "Beskrivning"]];
      for (const a of published("Uppsala").table8) {
        values.push([QUESTIONS_TEXT[a.question - 1], a.answer ?? "", a.text]);
        b.manifest.push({ sheet: "Anslag", row: values.length });
      }
      b.grids.push({ name: "Anslag", values });
    }, { yesNo: yesNoOf("Uppsala") }),

    build("vertical-form", "Tabell 8 utan rubrikrad: frågan på en rad, \"Ja.\" och svaret på raderna under", "Blekinge.xlsx", "Blekinge", (b) => {
      information(b, "Blekinge");
      activityTables(b, "Blekinge", standard);
      const values: Grid = [[` 8 ${TITLES[8]}`], ["Region Blekinge"], []];
      for (const a of published("Blekinge").table8) {
        values.push([QUESTIONS_TEXT[a.question - 1]]);
        b.manifest.push({ sheet: "Tabell 8", row: values.length });
        if (a.answer) {
          values.push([`${a.answer}.`]);
          b.manifest.push({ sheet: "Tabell 8", row: values.length, units: 0 });
        }
        // The answer's paragraphs, a row each, as a PDF copied into Excel gives them.
        for (const line of a.text.split("\n")) {
          values.push([line]);
          b.manifest.push({ sheet: "Tabell 8", row: values.length, units: 0 });
        }
        values.push([]);
      }
      b.grids.push({ name: "Tabell 8", values });
    }, { yesNo: yesNoOf("Blekinge") }),

    build("yes-no-in-text", "Tabell 8 utan Ja/Nej-kolumn: \"Ja. …\" i början av svaret", "Dalarna.xlsx", "Dalarna", (b) => {
      information(b, "Dalarna");
      activityTables(b, "Dalarna", standard);
      const values: Grid = [[`Tabell 8. ${TITLES[8]}`], ["Region", "Fråga nr", "Fråga", "Svar"]];
      for (const a of published("Dalarna").table8) {
        values.push(["Dalarna", a.question, QUESTIONS_TEXT[a.question - 1], withYesNo(a)]);
        b.manifest.push({ sheet: "Tabell 8", row: values.length });
      }
      b.grids.push({ name: "Tabell 8", values });
    }, { yesNo: yesNoOf("Dalarna") }),

    build("wide-yes-no-heading", "Tabell 8 på en rad, rubriker \"3. Beskrivning … (Ja/Nej)\", Ja/Nej i svarstexten", "Gotland.xlsx", "Gotland", (b) => {
      information(b, "Gotland");
      activityTables(b, "Gotland", standard);
      const answers = published("Gotland").table8;
      const header = ["Region", ...QUESTIONS_TEXT.map((q, i) => `${i + 1}. ${q}${i >= 2 && i <= 4 ? " (Ja/Nej)" : ""}`)];
      const row = ["Gotland", ...QUESTIONS_TEXT.map((_, i) => withYesNo(answers.find((a) => a.question === i + 1)!))];
      b.grids.push({ name: "Tabell 8", values: [[`Tabell 8. ${TITLES[8]}`], header, row] });
      b.manifest.push({ sheet: "Tabell 8", row: 3, units: answered(answers) });
    }, { yesNo: yesNoOf("Gotland") }),

    build("stacked", "Tabell 1–7 på ett blad, var och en med egen rubrik- och kolumnrad", "Gävleborg.xlsx", "Gävleborg", (b) => {
      information(b, "Gävleborg");
      const values: Grid = [["Region Gävleborg – redovisning av regionalt utvecklingsarbete 2023"], []];
      const { tables } = published("Gävleborg");
      for (const n of ACTIVITY) {
        values.push([`Tabell ${n}. ${TITLES[n]}`], HEADERS);
        for (const r of tables[n]) {
          values.push(rowOf(r));
          b.manifest.push({ sheet: "Redovisning", row: values.length });
        }
        values.push([], []);
      }
      b.grids.push({ name: "Redovisning", values });
      templateForm(b, "Gävleborg", published("Gävleborg").table8);
    }),

    build("abbreviated-headers", "Förkortade rubriker: Insats, Prestationer, Effekter, Mål", "Halland.xlsx", "Halland", (b) => {
      information(b, "Halland");
      activityTables(b, "Halland", (n) => ({ ...standard(n), header: [["Region", "Insats", "Prestationer", "Effekter", "Mål"]] }));
      templateForm(b, "Halland", published("Halland").table8);
    }),

    build("dotted-abbreviations", "Rubriker förkortade med punkt: Reg., Ins., Prest., Eff., Mål", "Värmland.xlsx", "Värmland", (b) => {
      information(b, "Värmland");
      activityTables(b, "Värmland", (n) => ({ ...standard(n), header: [["Reg.", "Ins.", "Prest.", "Eff.", "Mål"]] }));
      templateForm(b, "Värmland", published("Värmland").table8);
    }),

    build("two-row-header", "Rubrik över två rader: \"Resultat\" över Prestationer och Effekter", "Jämtland Härjedalen.xlsx", "Jämtland Härjedalen", (b) => {
      information(b, "Jämtland Härjedalen");
      activityTables(b, "Jämtland Härjedalen", (n) => ({
        ...standard(n),
        header: [["Region", "Insats", "Resultat", null, "Mål som insatsen ska bidra till"], [null, null, "Prestationer", "Effekter", null]],
      }));
      templateForm(b, "Jämtland Härjedalen", published("Jämtland Härjedalen").table8);
    }),

    build("instructions-above", "Ett block med anvisningar ovanför kolumnraden (rad 14)", "Jönköping.xlsx", "Jönköping", (b) => {
      information(b, "Jönköping");
      const instructions: Grid = [
        ["Anvisningar"],
        ["Redovisa en insats per rad."],
        ["Beskriv insatsen kort och ange vad den har uppnått under året."],
        ["Effekter redovisas om möjligt; skriv annars \"För tidigt att säga\"."],
        ["Ange målen i den regionala utvecklingsstrategin, Regionalfonden och Interreg."],
        ["Frågor om redovisningen besvaras av regionens samordnare."],
        ["Sista dag för inlämning: 15 februari."],
        [],
        ["Region Jönköpings län"],
        [],
      ];
      activityTables(b, "Jönköping", (n) => ({ ...standard(n), preamble: [[`Tabell ${n}. ${TITLES[n]}`], [], ...instructions, []] }));
      templateForm(b, "Jönköping", published("Jönköping").table8);
    }),

    build("region-once", "Ingen informationsflik; regionen i rubriken och bara på första raden (sammanfogad cell)", "Redovisning 2023.xlsx", "Kalmar", (b) => {
      activityTables(b, "Kalmar", (n) => ({
        ...standard(n),
        preamble: [[`Tabell ${n}. ${TITLES[n]}`], ["Region Kalmar län"]],
        row: (r) => rowOf(r),
      }));
      // Region only in the first row of each table, as a merged cell leaves it.
      for (const sheet of b.grids) for (let r = 4; r < sheet.values.length; r++) sheet.values[r][0] = null;
      templateForm(b, "Kalmar", published("Kalmar").table8);
    }),

    build("extra-columns", "Extra kolumner (Diarienummer, Kontaktperson) mellan och efter tabellens", "Kronoberg.xlsx", "Kronoberg", (b) => {
      information(b, "Kronoberg");
      activityTables(b, "Kronoberg", (n) => ({
        ...standard(n),
        header: [["Region", "Diarienummer", ...HEADERS.slice(1), "Kontaktperson"]],
        row: (r) => [r.region, `RUN 2023-${n}`, r.activity, r.outputs, r.effects, r.goals, "Bo Berg"],
      }));
      templateForm(b, "Kronoberg", published("Kronoberg").table8);
    }),

    build("goal-names-other-table", "Bladet \"7 Miljö och klimat\" utan titelrad; en Mål-cell citerar tabell 2:s titel", "Norrbotten.xlsx", "Norrbotten", (b) => {
      information(b, "Norrbotten");
      activityTables(b, "Norrbotten", (n) => (n === 7 ? { name: "7 Miljö och klimat", preamble: [], header: [HEADERS], row: rowOf } : standard(n)));
      const t7 = b.grids.find((g) => g.name === "7 Miljö och klimat")!;
      t7.values[1][4] = `${TITLES[2]}; ${String(t7.values[1][4] ?? "")}`;
      templateForm(b, "Norrbotten", published("Norrbotten").table8);
    }),

    build("other-region-row", "Ingen informationsflik; en rad anger en annan region (Västmanland i Västernorrlands arbetsbok)", "arbetsbok.xlsx", "Västernorrland", (b) => {
      activityTables(b, "Västernorrland", standard);
      const t1 = b.grids.find((g) => g.name === "Tabell 1")!;
      t1.values.push(["Västmanland", "En insats som hör till en annan region", "Prestation", "", "Mål 1"]);
      b.manifest.push({ sheet: "Tabell 1", row: t1.values.length });
      templateForm(b, "Västernorrland", published("Västernorrland").table8);
    }, { rejected: 1 }),

    build("short-title-sheets", "Bladen heter som tabellernas korta titlar; ingen titelrad", "Skåne.xlsx", "Skåne", (b) => {
      information(b, "Skåne");
      const names: Record<number, string> = { 1: "Likvärdiga möjligheter", 2: "Kompetensförsörjning", 3: "Innovation", 4: "Tillgänglighet", 5: "Jämställdhet", 6: "Integration", 7: "Miljö" };
      activityTables(b, "Skåne", (n) => ({ name: names[n], preamble: [], header: [HEADERS], row: rowOf }));
      templateForm(b, "Skåne", published("Skåne").table8);
    }),

    build("columns-reordered", "Kolumnerna i annan ordning, tal och formelliknande text i textceller", "Stockholm.xlsx", "Stockholm", (b) => {
      information(b, "Stockholm");
      activityTables(b, "Stockholm", (n) => ({
        ...standard(n),
        header: [[HEADERS[4], HEADERS[1], HEADERS[0], HEADERS[3], HEADERS[2]]],
        row: (r) => [r.goals, r.activity, r.region, r.effects || 0, r.outputs],
      }));
      const t1 = b.grids.find((g) => g.name === "Tabell 1")!;
      t1.values[3][4] = "=+12 nya företag";
      templateForm(b, "Stockholm", published("Stockholm").table8);
    }),

    build("no-region-anywhere-but-file", "Ingen informationsflik och ingen regionkolumn; regionen står bara i filnamnet", "Redovisning Sörmland 2023.xlsx", "Sörmland", (b) => {
      activityTables(b, "Sörmland", (n) => ({ ...standard(n), header: [HEADERS.slice(1)], row: (r) => rowOf(r).slice(1) }));
      const values: Grid = [[`Tabell 8. ${TITLES[8]}`], ["Fråga", "Ja/Nej", "Svar"]];
      for (const a of published("Sörmland").table8) {
        values.push([QUESTIONS_TEXT[a.question - 1], a.answer ?? "", a.text]);
        b.manifest.push({ sheet: "Tabell 8", row: values.length });
      }
      b.grids.push({ name: "Tabell 8", values });
    }),
  ];
}

/** The template itself, for a corpus test's baseline. */
export function templateWorkbook(region: Region): SheetGrid[] {
  const { tables, table8 } = published(region);
  return workbook(region, tables, table8);
}
