/**
 * The acceptance test of the publication: the 2023 compilation made again from the 21 bundled
 * regional workbooks (template → consolidation → master → document → .docx), read back with a
 * second .docx reader (mammoth, not the docx library that wrote it) and compared with the
 * published text (the seed). Expected values come from the seed and the sample data, never from
 * the code under test.
 */
import mammoth from "mammoth";
import { buildPublication } from "../../../src/core/publication";
import { REGION_OFFICIAL_NAMES, REGIONS } from "../../../src/core/regions";
import { publicationDocx } from "../../../src/docx";
import { commonInOrder, words } from "../../support/commonWords";
import { consolidatedSample, sample, seedText } from "./fixture";

const FIELDS = ["activity", "outputs", "effects", "goals"] as const;
/** How the seed begins each of the six questions. */
const QUESTION_STARTS = [
  /Beskrivning av varför regionen har fördelat anslaget mellan projektverksamhet, regionala företagsstöd och stöd till kommersiell service på det sätt de gjort\./,
  /Beskrivning av hur regionen har integrerat ekonomisk, social och miljömässig hållbarhet i beslut om medel från anslaget till projektverksamhet, regionala företagsstöd och stöd till kommersiell service\./,
  /Beskrivning av hur anslaget har bidragit till att nå målen i den regionala utvecklingsstrategin\./,
  /Beskrivning av hur anslaget har bidragit till att nå målen i nationellt och regionala program för Regionalfonden\./,
  /Beskrivning av hur anslaget har bidragit till att nå målen i Interreg-program\./,
  /Beskrivning på vilket sätt olika territoriella perspektiv har beaktats och påverkat beslut om medel\./,
];
const flat = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

let documentText: string;
const seed = seedText();

beforeAll(async () => {
  const result = consolidatedSample();
  const doc = buildPublication({ master: result.master, year: 2023, date: "2024-03-01" });
  const bytes = await publicationDocx(doc);
  documentText = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}, 120000);

test("the fixture's rows are in the seed's order (seedLine rises through tables 1–7)", () => {
  const lines = Object.keys(sample.tables)
    .sort((a, b) => Number(a) - Number(b))
    .flatMap((t) => sample.tables[t].map((r) => r.seedLine!));
  expect(lines.every((line, i) => i === 0 || line > lines[i - 1])).toBe(true);
  expect(lines).toHaveLength(534);
});

test("every row of tables 1–7 appears in the document, every cell, in the seed's order", () => {
  const text = flat(documentText);
  const missing: string[] = [];
  // Past the contents, where each heading also stands: the second "Tabell 1." is the table's.
  let at = text.indexOf("Tabell 1.", text.indexOf("Tabell 1.") + 1);
  for (const table of Object.keys(sample.tables).sort((a, b) => Number(a) - Number(b))) {
    const heading = text.indexOf(`Tabell ${table}.`, at);
    expect(heading).toBeGreaterThanOrEqual(at);
    at = heading;
    for (const row of sample.tables[table]) {
      for (const field of ["region", ...FIELDS] as const) {
        const cell = flat(row[field]);
        if (!cell) continue;
        const found = text.indexOf(cell, at);
        if (found < 0) missing.push(`tabell ${table}, seed line ${row.seedLine}, ${field}: ${cell.slice(0, 60)}`);
        else at = found + (field === "region" ? 0 : cell.length);
      }
    }
  }
  expect(missing).toEqual([]);
});

test("the placeholder rows are kept as reported", () => {
  const placeholders = Object.values(sample.tables).flat().filter((r) => r.activity === "Regionen redovisar inga insatser i tabellform.");
  expect(placeholders).toHaveLength(7);
  expect(flat(documentText).split("Regionen redovisar inga insatser i tabellform.").length - 1).toBe(7);
});

test("table 8: the regions in the seed's order, each with the six questions, its Ja/Nej and its answers", () => {
  // The seed heads each region's answers with its own name; their order there is the expected order.
  const start = seed.indexOf(" 8 Fördelning av anslag 1:1 Regionala utvecklingsåtgärder");
  const seedForm = seed.slice(start);
  const official = Object.values(REGION_OFFICIAL_NAMES);
  const lines = seedForm
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  // A region's heading is followed by question 1 (answers also name regions, in lists).
  const seedOrder = lines.filter((l, i) => official.includes(l) && lines[i + 1]?.startsWith("Beskrivning av varför regionen har fördelat"));
  expect(seedOrder).toHaveLength(21);

  const text = flat(documentText);
  let at = text.lastIndexOf("Fördelning av anslag 1:1 Regionala utvecklingsåtgärder");
  const missing: string[] = [];
  for (const name of seedOrder) {
    const found = text.indexOf(name, at);
    expect(found).toBeGreaterThan(at);
    at = found;
    const region = REGIONS.find((r) => REGION_OFFICIAL_NAMES[r] === name)!;
    for (const answer of sample.table8[region]) {
      // The question as the seed prints it (its first words; the rest wraps onto other lines there).
      const question = flat(seedForm).match(QUESTION_STARTS[answer.q - 1])![0];
      const asked = text.indexOf(question, at);
      if (asked < 0) missing.push(`${region} fråga ${answer.q}: the question`);
      else at = asked;
      if (answer.answer) {
        const yes = text.indexOf(`${answer.answer}.`, at);
        if (yes < 0) missing.push(`${region} fråga ${answer.q}: ${answer.answer}`);
        else at = yes;
      }
      const prose = flat(answer.text);
      const found = text.indexOf(prose, at);
      if (found < 0) missing.push(`${region} fråga ${answer.q}: ${prose.slice(0, 60)}`);
      else at = found + prose.length;
    }
  }
  expect(missing).toEqual([]);
});

test("the share of the seed's words the document reproduces in order", () => {
  // PDF page numbers: lines holding only a number. Nothing else is taken out of the seed.
  const seedWords = words(
    seed
      .split("\n")
      .filter((line) => !/^\s*\d{1,3}\s*$/.test(line))
      .join("\n")
  );
  const docWords = words(documentText);
  const common = commonInOrder(seedWords, docWords);
  const share = common / seedWords.length;
  console.log(`Publication vs seed: ${common} of the seed's ${seedWords.length} words reproduced in order (${(share * 100).toFixed(2)} %); the document has ${docWords.length} words.`);
  expect(share).toBeGreaterThan(0.98);
});
