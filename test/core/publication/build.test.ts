/** The document model: what the publication holds and in which order, checked against the seed and the sample data. */
import { consolidate } from "../../../src/core/consolidation";
import type { MasterRow, MasterTables } from "../../../src/core/consolidation";
import { type Block, buildPublication, NotAMasterError, publicationInput, type QuestionBlock, readMasterContent, type TableBlock } from "../../../src/core/publication";
import { normalizeRegion, REGION_OFFICIAL_NAMES, REGIONS, type Region } from "../../../src/core/regions";
import { gridsOf, sampleInputs, sampleWorkbook, sheet } from "../consolidation/helpers";
import { consolidatedSample, sample, seedText } from "./fixture";

const flat = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();
const seed = flat(seedText());

const headings = (blocks: Block[]) => blocks.filter((b) => b.kind === "heading").map((b) => (b as { text: string }).text);
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === "table");

describe("the publication of the 2023 sample", () => {
  const result = consolidatedSample();
  const doc = buildPublication({ master: result.master, year: 2023, date: "2024-03-01" });

  test("title page, contents, tables 1–7 landscape, table 8 portrait", () => {
    expect(doc.title).toBe("Regionernas redovisning av regionalt utvecklingsarbete 2023");
    expect(doc.sections.map((s) => s.orientation)).toEqual(["portrait", "portrait", ...new Array(7).fill("landscape"), "portrait"]);
    expect(doc.sections[0].titlePage).toBe(true);
    expect(doc.sections[1].blocks).toEqual([{ kind: "contents", title: "Innehåll" }]);
    expect(doc.regions).toEqual([...REGIONS]);
    expect(doc.missingRegions).toEqual([]);
    expect(doc.titleLines).toContain("534 rader i tabell 1–7 och 126 svar i tabell 8.");
  });

  test("each table's heading is its number and published title (as the seed prints them)", () => {
    // The seed starts each table with " N Title" (long titles wrap onto a second line there).
    const published = [...seedText().matchAll(/^ ([1-8]) ([A-ZÅÄÖ][^\n]*?) *$/gm)].map((m) => [m[1], m[2]]);
    expect(published.map(([n]) => n)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    const tableHeadings = doc.sections.slice(2).map((s) => headings(s.blocks)[0]);
    published.forEach(([n, start], i) => {
      expect(tableHeadings[i].startsWith(`Tabell ${n}. ${start.trim()}`)).toBe(true);
      expect(seed).toContain(`${n} ${tableHeadings[i].slice(`Tabell ${n}. `.length)}`);
    });
  });

  test("tables 1–7 have the five published column headings, the Mål heading with its explanation", () => {
    for (const section of doc.sections.slice(2, 9)) {
      const [table] = tables(section.blocks);
      expect(table.columns.map((c) => c.heading)).toEqual(["Region", "Namn på insats och kort beskrivning", "Resultat i form av uppnådda prestationer under året", "Om möjligt resultat i form av uppnådda effekter under året", "Mål"]);
      const headerText = table.columns.map((c) => [c.heading, c.detail].filter(Boolean).join(" ")).join(" ");
      // The seed's header row, as printed above every table.
      expect(seed.split(headerText).length - 1).toBe(7);
    }
  });

  test("the rows are the sample's, region by region in publication order, each region's in its order", () => {
    doc.sections.slice(2, 9).forEach((section, i) => {
      const [table] = tables(section.blocks);
      const expected = sample.tables[String(i + 1)];
      expect(table.rows.map((r) => r.cells)).toEqual(expected.map((r) => [r.region, r.activity, r.outputs, r.effects, r.goals]));
      const regions = table.rows.map((r) => r.cells[0] as Region);
      expect(regions.map((r) => REGIONS.indexOf(r))).toEqual([...regions.map((r) => REGIONS.indexOf(r))].sort((a, b) => a - b));
      expect(table.rows.filter((r) => r.groupStart).map((r) => r.cells[0])).toEqual([...new Set(regions)]);
    });
  });

  test("table 8: each region under its own name, the six questions in order, Ja/Nej where the region gave one", () => {
    const form = doc.sections[9].blocks;
    expect(headings(form).slice(1)).toEqual(REGIONS.map((r) => REGION_OFFICIAL_NAMES[r]));
    let region: Region | null = null;
    const seen = new Map<Region, QuestionBlock[]>();
    for (const block of form) {
      if (block.kind === "heading" && block.level === 2) region = normalizeRegion(block.text);
      if (block.kind === "question") seen.set(region!, [...(seen.get(region!) ?? []), block]);
    }
    for (const r of REGIONS) {
      const given = sample.table8[r];
      expect(seen.get(r)!.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(seen.get(r)!.map((q) => q.answer)).toEqual(given.map((a) => a.text));
      expect(seen.get(r)!.map((q) => q.yesNo)).toEqual(given.map((a) => a.answer));
      // Every question the seed prints is the one the document asks.
      for (const q of seen.get(r)!) expect(seed).toContain(q.question);
    }
  });

  test("no appendix unless asked for", () => {
    expect(doc.sections).toHaveLength(10);
    expect(headings(doc.sections.flatMap((s) => s.blocks))).not.toContain("Målöversikt");
  });
});

describe("a master of some regions, with rejected rows", () => {
  const inputs = sampleInputs(["Blekinge", "Kalmar", "Örebro"]);
  // A row of no region: the master rejects it, the appendix lists it.
  sheet((inputs[1] as { grids: ReturnType<typeof sampleWorkbook> }).grids, "Tabell 2").values.push(["Atlantis", "En insats i ingen region", "Prestation", "", "Mål 1"]);
  const result = consolidate(inputs, { runDate: "2024-03-01", validate: false });

  test("the title page names the regions included and those missing", () => {
    const doc = buildPublication({ master: result.master, year: 2023, date: "2024-03-01" });
    expect(doc.regions).toEqual(["Blekinge", "Kalmar", "Örebro"]);
    expect(doc.missingRegions).toHaveLength(18);
    expect(doc.titleLines).toContain(`Saknas i sammanställningen: ${REGIONS.filter((r) => !["Blekinge", "Kalmar", "Örebro"].includes(r)).join(", ")}.`);
  });

  test("read back from the master's grids: the same rows, answers and rejected rows", () => {
    const content = readMasterContent(gridsOf(result));
    for (const n of Object.keys(result.master.activity).map(Number)) {
      expect(content.master.activity[n].map((r) => [r.region, r.values, r.lineage])).toEqual(result.master.activity[n].map((r) => [r.region, r.values, r.lineage]));
    }
    expect(content.master.form.map((f) => [f.region, f.answers.map((a) => [a.question, a.text, a.answer])])).toEqual(
      result.master.form.map((f) => [f.region, f.answers.map((a) => [a.question, a.text, a.answer])])
    );
    expect(result.rejected.length).toBeGreaterThan(0);
    expect(content.rejected).toEqual(result.rejected.map((r) => ({ file: r.file, sheet: r.sheet, row: r.row, table: r.table, region: r.region, reason: r.reason })));
  });

  test("the appendix: goal coverage of the cited goals, and the rejected rows with file, sheet, row and reason", () => {
    const content = readMasterContent(gridsOf(result));
    const doc = buildPublication(publicationInput(content, { year: 2023, date: "2024-03-01", appendix: true }));
    const appendix = doc.sections[doc.sections.length - 1];
    expect(headings(appendix.blocks)).toEqual(["Bilaga. Målöversikt och rader som inte är med", "Målöversikt", "Rader som inte är med i sammanställningen"]);
    const [coverage, rejected] = tables(appendix.blocks);
    expect(coverage.columns.map((c) => c.heading)).toEqual(["Ramverk", "Mål", "Totalt", "Tabell 1", "Tabell 2", "Tabell 3", "Tabell 4", "Tabell 5", "Tabell 6", "Tabell 7"]);
    expect(coverage.rows.length).toBeGreaterThan(0);
    expect(coverage.rows.every((r) => Number(r.cells[2]) > 0)).toBe(true);
    const atlantis = rejected.rows.find((r) => r.cells[4] === "Atlantis")!;
    expect(atlantis.cells.slice(0, 4)).toEqual(["Kalmar.xlsx", "Tabell 2", String(sheet((inputs[1] as { grids: ReturnType<typeof sampleWorkbook> }).grids, "Tabell 2").values.length), "2"]);
    expect(atlantis.cells[5]).not.toBe("");
  });

  test("a regional workbook is not a master", () => {
    expect(() => readMasterContent(sampleWorkbook("Blekinge"))).toThrow(NotAMasterError);
  });
});

describe("rows and answers as reported", () => {
  const row = (region: Region, activity: string, i: number): MasterRow => ({
    table: 1,
    region,
    values: { region, activity, outputs: `p${i}`, effects: "", goals: "" },
    lineage: { file: "x.xlsx", sheet: "Tabell 1", row: i },
    from: "file",
  });
  const master: MasterTables = {
    activity: { 1: [row("Örebro", "Ö1", 4), row("Blekinge", "B1", 4), row("Örebro", "Ö2", 5), row("Blekinge", "Regionen redovisar inga insatser i tabellform.", 5)], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] },
    form: [{ region: "Kalmar", from: "file", answers: [{ question: 3, text: "", answer: "Nej", lineage: { file: "k.xlsx", sheet: "Tabell 8", row: 6 } }] }],
  };
  const doc = buildPublication({ master, year: 2024, date: "2025-02-01" });

  test("grouped by region in publication order, a region's rows in their own order, placeholders kept", () => {
    const [table] = tables(doc.sections[2].blocks);
    expect(table.rows.map((r) => r.cells[1])).toEqual(["B1", "Regionen redovisar inga insatser i tabellform.", "Ö1", "Ö2"]);
    expect(table.rows.map((r) => r.groupStart)).toEqual([true, false, true, false]);
  });

  test("an empty table says so; an unanswered question says so", () => {
    expect(doc.sections[3].blocks[1]).toEqual({ kind: "paragraph", text: "Ingen region har redovisat rader i tabellen.", style: "note" });
    const form = doc.sections[9].blocks;
    const questions = form.filter((b): b is QuestionBlock => b.kind === "question");
    expect(questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(questions[2].yesNo).toBe("Nej");
    expect(form.filter((b) => b.kind === "paragraph" && b.text === "Inget svar lämnat.")).toHaveLength(6);
  });
});
