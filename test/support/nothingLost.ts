/**
 * "Nothing lost", judged from outside the product: an oracle that reads the raw grids itself and
 * never asks the recogniser or the reader which rows are data. It knows the published headings and
 * the 21 regions from PRODUCT.md (written out here, not imported), or takes the data rows from a
 * fixture's own manifest, and then checks that
 *
 *   - every data row of every input is in the master (by its lineage) or in Avvisat, not both;
 *   - every non-empty cell of a row in the master is carried: as a master value of that row, as an
 *     extra cell at that address, or it is the row's region, question number or question text;
 *   - nothing in the master or in Avvisat points at a row that is no data row of an input;
 *   - the reconciliation adds up, per file and in total; the oracle's own count of units is returned
 *     for the test to compare with what it knows of its fixture.
 *
 * Its header detection is deliberately simple (exact published first lines, case and white space
 * aside): fixtures in other shapes give their data rows in a manifest.
 */
import type { CellValue, SheetGrid } from "../../src/core/grid";

/** A data row as a fixture describes it. */
export interface ManifestRow {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** Units of data the row gives (table 8 in a column per question: the questions answered); 1 when absent. */
  units?: number;
}

interface Input {
  file: string;
  grids?: SheetGrid[];
  error?: string;
}

interface Lineage {
  file: string;
  sheet: string;
  row: number;
  rows?: number[];
}

/** The parts of a consolidation result the oracle reads (plain data; no product code). */
export interface Outcome {
  master: {
    activity: Record<number, { region: string; values: Record<string, string>; lineage: Lineage; from: string }[]>;
    form: { region: string; from: string; answers: { question: number; text: string; answer: string; lineage: Lineage }[] }[];
  };
  rejected: { file: string; sheet: string; row: number; rows?: number[]; reason: string; cells: string[] }[];
  extraCells: { file: string; sheet: string; row: number; cell: string; text: string }[];
  reconciliation: {
    files: { source: string; rowsRead: number; rowsInMaster: number; rowsRejected: number; rowsReplaced?: number }[];
    total: { rowsRead: number; rowsInMaster: number; rowsRejected: number; rowsReplaced?: number };
  };
}

const PREVIOUS = "(tidigare sammanställning)";
/** Case, white space and a trailing full stop aside ("Ja." is the Ja the master holds). */
const norm = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase().replace(/[.!]$/, "");
const cell = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/** The published first lines of every heading of tables 1–8, and the lineage headings (PRODUCT.md). */
const HEADINGS = new Set(
  [
    "Region",
    "Namn på insats och kort beskrivning",
    "Resultat i form av uppnådda prestationer under året",
    "Om möjligt resultat i form av uppnådda effekter under året",
    "Mål",
    "Fråga nr",
    "Fråga",
    "Ja/Nej",
    "Svar",
  ].map(norm)
);

const REGIONS = [
  "Blekinge", "Dalarna", "Gotland", "Gävleborg", "Halland", "Jämtland Härjedalen", "Jönköping", "Kalmar", "Kronoberg", "Norrbotten",
  "Skåne", "Stockholm", "Sörmland", "Uppsala", "Värmland", "Västerbotten", "Västernorrland", "Västmanland", "Västra Götaland", "Örebro",
  "Östergötland",
];
const REGION_WORDS = new Set(REGIONS.map(norm));

/** Table 8's questions as published (PRODUCT.md), by their opening words: enough to tell them apart from prose. */
const QUESTION_OPENINGS = [
  "beskrivning av varför regionen har fördelat anslaget",
  "beskrivning av hur regionen har integrerat ekonomisk",
  "beskrivning av hur anslaget har bidragit till att nå målen i den regionala",
  "beskrivning av hur anslaget har bidragit till att nå målen i nationellt",
  "beskrivning av hur anslaget har bidragit till att nå målen i interreg",
  "beskrivning på vilket sätt olika territoriella perspektiv",
];

function isRegionText(text: string): boolean {
  const t = norm(text)
    .replace(/^region /, "")
    .replace(/s? läns?$/, "")
    .replace(/sregionen$|regionen$/, "");
  return REGION_WORDS.has(t) || ["södermanland", "västra götaland", "jämtland", "region jönköpings län"].includes(t) || REGION_WORDS.has(t.replace(/s$/, ""));
}

const isQuestionNumber = (text: string) => /^(fråga\s*)?[1-6]\.?$/i.test(text.trim());
const isQuestionText = (text: string) => QUESTION_OPENINGS.some((q) => norm(text).startsWith(q));

/** A cell the master need not repeat: the region's name, the question's number or text. */
const isStandardText = (text: string) => isRegionText(text) || isQuestionNumber(text) || isQuestionText(text);

/** A published heading, or a wide table 8's question heading ("Fråga 3 …", or the question's text). */
function isHeading(value: CellValue): boolean {
  const text = cell(value);
  // The whole text with line breaks as spaces, its first line, or what stands before a dash ("Mål – Vilket …").
  const forms = [text, text.split(/\r?\n/)[0], text.split(/\s[–-]\s|:\s/)[0]];
  return forms.some((f) => HEADINGS.has(norm(f))) || /^fråga [1-6]\b/i.test(text) || isQuestionText(text);
}

/** Header rows by the oracle's own reading: at least three cells that are headings. */
function headerRows(grid: SheetGrid): number[] {
  const rows: number[] = [];
  grid.values.forEach((row, r) => {
    if ((row ?? []).filter(isHeading).length >= 3) rows.push(r + 1);
  });
  return rows;
}

const isBlank = (row: readonly CellValue[] | undefined) => !row || row.every((v) => cell(v) === "");

/** The question a wide table 8 heading names ("Fråga 3 …" or the question's text), else null. */
function questionOfHeading(text: string): number | null {
  const numbered = /^fråga ([1-6])\b/i.exec(text.trim());
  if (numbered) return Number(numbered[1]);
  const i = QUESTION_OPENINGS.findIndex((q) => norm(text).startsWith(q));
  return i >= 0 ? i + 1 : null;
}

/**
 * Units of data a row gives: one, except on a wide table 8 (a column per question), where each
 * question answered is one (its prose or its Ja/Nej; a "Ja/Nej" column belongs to the question on its left).
 */
function unitCounter(header: readonly CellValue[]): (row: readonly CellValue[]) => number {
  const questionOf: (number | null)[] = [];
  let left: number | null = null;
  header.forEach((v, c) => {
    const text = cell(v);
    const q = questionOfHeading(text);
    if (q) left = q;
    questionOf[c] = q ?? (/ja\s*\/\s*nej/i.test(text) ? left : null);
  });
  if (questionOf.filter((q) => q !== null).length < 3) return () => 1;
  return (row) => {
    const answered = new Set(row.flatMap((v, c) => (cell(v) && questionOf[c] ? [questionOf[c]] : [])));
    return Math.max(1, answered.size);
  };
}

/** The oracle's data rows of a sheet: non-blank rows under a header row, the template's empty rows aside. */
function dataRowsOf(grid: SheetGrid): { row: number; units: number }[] {
  const headers = headerRows(grid);
  if (!headers.length) return [];
  const out: { row: number; units: number }[] = [];
  let units = unitCounter(grid.values[headers[0] - 1]);
  for (let r = headers[0] + 1; r <= grid.values.length; r++) {
    if (headers.includes(r)) {
      units = unitCounter(grid.values[r - 1]);
      continue;
    }
    const row = grid.values[r - 1];
    if (isBlank(row)) continue;
    const texts = row.map(cell).filter(Boolean);
    // The template's starting row: only the region (tables 1–7), or region, number and question (table 8).
    if (texts.every(isStandardText)) continue;
    out.push({ row: r, units: units(row) });
  }
  return out;
}

const key = (file: string, sheet: string, row: number) => `${file}\u0000${sheet}\u0000${row}`;
const show = (k: string) => k.replace(/\u0000/g, " / ");

export interface NothingLostOptions {
  /** Per file name: the fixture's own list of its data rows (the oracle then detects nothing itself for that file). */
  manifest?: Map<string, ManifestRow[]>;
}

/**
 * Asserts nothing was lost and returns the oracle's counts. `inputs` are the workbooks as given to
 * consolidation (an input with `error` could not be read and has no rows).
 */
export function expectNothingLost(inputs: readonly Input[], result: Outcome, options: NothingLostOptions = {}): { rows: number; units: number } {
  const expected = new Map<string, { grid: SheetGrid; row: number; units: number; master: number; rejected: number }>();
  const rawRows = new Set<string>();
  for (const input of inputs) {
    if (!input.grids) continue;
    const manifest = options.manifest?.get(input.file);
    for (const grid of input.grids) {
      grid.values.forEach((row, r) => {
        if (!isBlank(row)) rawRows.add(key(input.file, grid.name, r + 1));
      });
      const rows = manifest ? manifest.filter((m) => m.sheet === grid.name).map((m) => ({ row: m.row, units: m.units ?? 1 })) : dataRowsOf(grid);
      for (const { row, units } of rows) expected.set(key(input.file, grid.name, row), { grid, row, units, master: 0, rejected: 0 });
    }
  }

  const problems: string[] = [];
  const carried = new Map<string, Set<string>>();
  // The texts the master holds for each source row (a unit read from several rows holds them for each).
  const carry = (lineage: Lineage, texts: string[]) => {
    for (const row of lineage.rows ?? [lineage.row]) {
      const k = key(lineage.file, lineage.sheet, row);
      const set = carried.get(k) ?? new Set<string>();
      for (const t of texts) if (t) set.add(norm(t));
      carried.set(k, set);
    }
  };
  const inMaster = (lineage: Lineage, texts: string[], where: string) => {
    for (const row of lineage.rows ?? [lineage.row]) {
      const k = key(lineage.file, lineage.sheet, row);
      const e = expected.get(k);
      if (!e) problems.push(`${where}: ${show(k)} is no data row of an input`);
      else e.master++;
    }
    carry(lineage, texts);
  };
  for (const rows of Object.values(result.master.activity)) {
    for (const row of rows) if (row.from === "file") inMaster(row.lineage, [...Object.values(row.values), row.region], "master");
  }
  // A wide table 8 row gives several answers: the row is one data row, in the master once per answer.
  const answerRows = new Set<string>();
  for (const entry of result.master.form) {
    if (entry.from !== "file") continue;
    for (const a of entry.answers) {
      const k = key(a.lineage.file, a.lineage.sheet, a.lineage.row);
      carry(a.lineage, [a.text, a.answer, entry.region]);
      if (answerRows.has(k)) continue;
      answerRows.add(k);
      inMaster(a.lineage, [], "master table 8");
    }
  }
  for (const e of result.extraCells) carry({ file: e.file, sheet: e.sheet, row: e.row }, [e.text]);

  const rejectedRows = new Set<string>();
  for (const r of result.rejected) {
    if (!r.reason) problems.push(`rejected without a reason: ${r.file} ${r.sheet} ${r.row}`);
    if (r.file === PREVIOUS) continue;
    for (const row of r.rows ?? [r.row]) {
      const k = key(r.file, r.sheet, row);
      // A table whose header cannot be found is rejected whole, title rows included: any non-blank row may be.
      if (!expected.has(k) && !rawRows.has(k)) problems.push(`rejected: ${show(k)} is no non-blank row of an input`);
      if (rejectedRows.has(k)) continue;
      rejectedRows.add(k);
      const e = expected.get(k);
      if (e) e.rejected++;
    }
  }

  for (const [k, e] of expected) {
    if (e.master + e.rejected === 0) problems.push(`lost: ${show(k)} is neither in the master nor in Avvisat`);
    else if (e.master > 1) problems.push(`twice in the master: ${show(k)}`);
    else if (e.master && e.rejected) problems.push(`both in the master and in Avvisat: ${show(k)}`);
    if (!e.master) continue;
    // Every cell's text is in the master: a value of its row's unit (whole, or a line of an answer read from several rows).
    const texts = [...(carried.get(k) ?? [])];
    for (const value of e.grid.values[e.row - 1] ?? []) {
      const text = cell(value);
      if (!text || isStandardText(text)) continue;
      const t = norm(text);
      if (!texts.some((c) => c === t || c.includes(t))) problems.push(`cell lost: ${show(k)} "${text.slice(0, 60)}" is not in the master`);
    }
  }
  expect(problems).toEqual([]);

  const t = result.reconciliation.total;
  expect(t.rowsRead).toBe(t.rowsInMaster + t.rowsRejected + (t.rowsReplaced ?? 0));
  for (const line of result.reconciliation.files) expect(line.rowsRead).toBe(line.rowsInMaster + line.rowsRejected);
  return { rows: expected.size, units: [...expected.values()].reduce((n, e) => n + e.units, 0) };
}
