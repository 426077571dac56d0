/**
 * `regionrapport validate`: workbooks written by the product's own writer (the template filled with
 * a region's published 2023 rows, some broken on purpose) validated through main(), and the real
 * binary spawned once with --json.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { loadSampleData } from "../../src/cli/sampleFile";
import { JSON_KEYS, SOURCE_JSON_KEYS } from "../../src/cli/validate";
import { consolidate } from "../../src/core/consolidation";
import { cellText, parseRange } from "../../src/core/grid";
import { REGIONS } from "../../src/core/regions";
import { EXCEPTIONS_SHEET, exceptionFor, exceptionsGrid, STAMP_SHEET, stampStatus, validateWorkbook } from "../../src/core/validation";
import { sheetSpec } from "../../src/core/workbookSpec";
import { loadWorkbook } from "../../src/xlsx";
import type { RegionReport } from "../../src/core/report";
import { reportsFromSample } from "../../src/core/sample";
import { buildTemplate } from "../../src/core/template";
import { writeSpecToFile } from "../../src/xlsx";
import { runCli } from "../support/cli";

const ROOT = path.join(__dirname, "..", "..");
/** Kalmar's published rows give no errors, only two warnings (unrecognised Mål text in tables 1 and 7). */
const CLEAN_REGION = "Kalmar";

let dir: string;
let clean: string;
let broken: string;
let notZip: string;
let folder: string;

function sampleReport(region: string): RegionReport {
  const report = reportsFromSample(loadSampleData()).find((r) => r.region === region);
  if (!report) throw new Error(`no sample report for ${region}`);
  return report;
}

async function write(report: RegionReport, file: string): Promise<string> {
  await writeSpecToFile(buildTemplate({ region: report.region, year: report.year, rows: report.tables, table8: report.table8, created: "2024-01-01" }), file);
  return file;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-validate-"));
  clean = await write(sampleReport(CLEAN_REGION), path.join(dir, "kalmar.xlsx"));

  // Table 3's rows start on sheet row 4 (header on row 3): row 5 loses its activity, row 6 cites
  // Agenda 2030 goal 19; table 8's question 3 (sheet row 6, column D "Ja/Nej") is answered "Kanske".
  const report = sampleReport(CLEAN_REGION);
  expect(report.tables[3].length).toBeGreaterThanOrEqual(3);
  report.tables[3][1] = { ...report.tables[3][1], activity: "" };
  report.tables[3][2] = { ...report.tables[3][2], goals: "Agenda 2030: Mål 19 Hållbar utveckling" };
  report.table8 = report.table8.map((a) => (a.question === 3 ? { ...a, answer: "Kanske" } : a));
  broken = await write(report, path.join(dir, "kalmar-trasig.xlsx"));

  notZip = path.join(dir, "anteckningar.xlsx");
  writeFileSync(notZip, "Det här är en textfil med fel filändelse.\n");

  folder = path.join(dir, "mapp");
  mkdirSync(folder);
  copyFileSync(broken, path.join(folder, "b trasig.xlsx"));
  copyFileSync(clean, path.join(folder, "a ren.xlsx"));
  writeFileSync(path.join(folder, "~$a ren.xlsx"), "Excels låsfil");
  writeFileSync(path.join(folder, "läsmig.txt"), "inte en arbetsbok");
  mkdirSync(path.join(folder, "undermapp"));
  copyFileSync(broken, path.join(folder, "undermapp", "c.xlsx"));
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const run = runCli;

interface JsonFinding {
  file: string;
  sheet: string | null;
  cell: string | null;
  table: number | null;
  row: number | null;
  column: string | null;
  severity: "fel" | "varning";
  code: string;
  message: string;
  suggestions?: string[];
  region: string | null;
  sourceFile: string | null;
  sourceSheet: string | null;
  sourceRow: number | null;
  status: string;
  accepted: { reason: string; by: string; at: string } | null;
}

async function runJson(...argv: string[]) {
  const result = await run("validate", "--json", ...argv);
  return { ...result, findings: JSON.parse(result.out) as JsonFinding[] };
}

describe("regionrapport validate", () => {
  test("a workbook with only warnings: exit 0, warnings listed under their sheet, summary line", async () => {
    const { code, out, err } = await run("validate", clean);
    expect(err).toBe("");
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe(clean);
    expect(out).toMatch(/^ {2}Tabell 1 \(1 varning\)$/m);
    expect(out).toMatch(/^ {4}varning {2}Tabell 1!E4 {2}\(tabell 1, rad 4, Mål\) {2}GOALS_UNRECOGNISED {2}Inget av målen/m);
    expect(out).not.toMatch(/^ {4}fel /m);
    // Kalmar's published "ERUF: Nationella ERUF programmet, React- EU" (table 3) is a 2014–2020 programme: a warning.
    expect(out).toMatch(/^ {4}varning {2}Tabell 3!E7 {2}\(tabell 3, rad 7, Mål\) {2}LEGACY_PROGRAMME +"React- EU"/m);
    expect(lines.at(-1)).toBe("  Summa: 0 fel, 3 varningar.");
  });

  test("a broken workbook: exit 1 and each error at its cell", async () => {
    const { code, out } = await run("validate", broken);
    expect(code).toBe(1);
    expect(out).toMatch(/^ {4}fel +Tabell 3!B5 +\(tabell 3, rad 5, Namn på insats och kort… *\) +ROW_MISSING_ACTIVITY +Raden saknar insats/m);
    expect(out).toMatch(/^ {4}fel +Tabell 3!E6 +\(tabell 3, rad 6, Mål\) +AGENDA2030_NUMBER_OUT_OF_RANGE +.*19/m);
    expect(out).toMatch(/^ {4}fel +Tabell 8!D6 +\(tabell 8, rad 6, Ja\/Nej\) +FORM_YESNO_INVALID +.*"Kanske"/m);
    expect(out).toMatch(/^ {2}Tabell 3 \(2 fel, 2 varningar\)$/m);
    expect(out).toContain("Summa: 3 fel, ");
  });

  test("--json: one array, exactly the documented keys, the errors with their cells", async () => {
    const { code, findings, err } = await runJson(broken);
    expect(err).toBe("");
    expect(code).toBe(1);
    for (const f of findings) {
      const keys = Object.keys(f).filter((k) => k !== "suggestions");
      expect(keys).toEqual([...JSON_KEYS, ...SOURCE_JSON_KEYS]);
      // The old keys first, as before; the new ones after them.
      expect(keys.slice(0, 9)).toEqual(["file", "sheet", "cell", "table", "row", "column", "severity", "code", "message"]);
      expect(keys.slice(9)).toEqual(["region", "sourceFile", "sourceSheet", "sourceRow", "status", "accepted"]);
      expect(f).toMatchObject({ region: "Kalmar", sourceFile: broken, status: "open", accepted: null });
      if ("suggestions" in f) expect(f.suggestions!.length).toBeGreaterThan(0);
      expect(f.file).toBe(broken);
      expect(["fel", "varning"]).toContain(f.severity);
    }
    const errors = findings.filter((f) => f.severity === "fel").map((f) => [f.code, f.sheet, f.cell, f.table, f.row, f.column]);
    expect(errors).toEqual([
      ["ROW_MISSING_ACTIVITY", "Tabell 3", "B5", 3, 5, "Namn på insats och kort beskrivning"],
      ["AGENDA2030_NUMBER_OUT_OF_RANGE", "Tabell 3", "E6", 3, 6, "Mål"],
      ["FORM_YESNO_INVALID", "Tabell 8", "D6", 8, 6, "Ja/Nej"],
    ]);
  });

  test("--json on a clean workbook: the warnings only, exit 0; absent values are null", async () => {
    const { code, findings } = await runJson(clean);
    expect(code).toBe(0);
    expect(findings.map((f) => [f.severity, f.code, f.cell])).toEqual([
      ["varning", "GOALS_UNRECOGNISED", "E4"],
      ["varning", "LEGACY_PROGRAMME", "E7"],
      ["varning", "GOALS_UNRECOGNISED", "E6"],
    ]);
  });

  test("a workbook-level finding: under \"Arbetsboken\" in text, null sheet and cell in --json", async () => {
    const report = sampleReport(CLEAN_REGION);
    const spec = buildTemplate({ region: report.region, year: report.year, rows: report.tables, table8: report.table8, created: "2024-01-01" });
    spec.sheets = spec.sheets.filter((s) => s.name !== "Tabell 5");
    const file = path.join(dir, "utan-tabell-5.xlsx");
    await writeSpecToFile(spec, file);
    const { code, findings } = await runJson(file);
    expect(code).toBe(1);
    const missing = findings.find((f) => f.code === "TABLE_MISSING")!;
    expect(missing).toMatchObject({ file, sheet: null, cell: null, row: null, column: null, table: 5, severity: "fel" });
    const { out } = await run("validate", file);
    expect(out).toMatch(/^ {2}Arbetsboken \(1 fel\)\n {4}fel +– +\(tabell 5\) +TABLE_MISSING /m);
  });

  test("suggestions are printed under their finding and kept in --json", async () => {
    const report = sampleReport(CLEAN_REGION);
    // Goal 3 under goal 10's name: the validator suggests both goals' canonical names.
    report.tables[1][0] = { ...report.tables[1][0], goals: "Agenda 2030: 3 Minskad ojämlikhet" };
    const file = await write(report, path.join(dir, "kalmar-namn.xlsx"));
    const { code, out } = await run("validate", file);
    expect(code).toBe(1);
    const lines = out.split("\n");
    const at = lines.findIndex((l) => l.includes("AGENDA2030_NAME_MISMATCH"));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {13}förslag: \S/);
    const { findings } = await runJson(file);
    const mismatch = findings.find((f) => f.code === "AGENDA2030_NAME_MISMATCH")!;
    expect(mismatch.suggestions!.length).toBeGreaterThan(0);
    expect(lines[at + 1]).toContain(mismatch.suggestions![0]);
  });

  test("--lang en writes the messages in English", async () => {
    const sv = await runJson(broken);
    const en = await runJson("--lang", "en", broken);
    expect(en.findings.map((f) => f.code)).toEqual(sv.findings.map((f) => f.code));
    expect(en.findings.map((f) => f.message)).not.toEqual(sv.findings.map((f) => f.message));
    const bad = await run("validate", "--lang", "de", broken);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('"de"');
  });

  test("a missing file and a text file named .xlsx: exit 2, each named with the reason, the others still reported", async () => {
    const missing = path.join(dir, "finns-inte.xlsx");
    const { code, out, err } = await run("validate", clean, missing, notZip, broken);
    expect(code).toBe(2);
    expect(err).toContain(`${missing}: filen eller mappen finns inte.`);
    expect(err).toMatch(new RegExp(`${notZip.replace(/[.\\]/g, "\\$&")}: .*inget zip-arkiv`));
    // Progress on stderr, one line per file read.
    expect(err).toContain(`[1/3] ${clean}`);
    expect(err).toContain(`[3/3] ${broken}`);
    // Both readable files are validated and reported; the total counts them and the unreadable ones.
    expect(out.split("\n")).toEqual(expect.arrayContaining([clean, broken]));
    expect(out).toContain("FORM_YESNO_INVALID");
    expect(out.split("\n").at(-1)).toMatch(/^2 filer: 3 fel, \d+ varningar; 2 filer eller mappar kunde inte läsas\.$/);
  });

  test("--json with an unreadable file: exit 2, reason on stderr, stdout still one JSON array of the others", async () => {
    const { code, findings, err } = await runJson(notZip, broken);
    expect(code).toBe(2);
    expect(err).toContain(notZip);
    expect(err).not.toContain("[1/");
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set([broken]));
  });

  test("an empty file is not a workbook: exit 2", async () => {
    const empty = path.join(dir, "tom.xlsx");
    writeFileSync(empty, "");
    const { code, err } = await run("validate", empty);
    expect(code).toBe(2);
    expect(err).toContain(`${empty}: filen är tom`);
  });

  test("a directory: its .xlsx files in sorted order; lock files, other files and subdirectories named as skipped", async () => {
    const { code, findings, err } = await runJson(folder);
    expect(err.split("\n").every((l) => /^Obs: .*: hoppas över – /.test(l))).toBe(true);
    expect(err).toMatch(/~\$a ren\.xlsx: hoppas över – Excels låsfil/);
    expect(code).toBe(1);
    const files = [...new Set(findings.map((f) => f.file))];
    expect(files).toEqual([path.join(folder, "a ren.xlsx"), path.join(folder, "b trasig.xlsx")]);
    const human = await run("validate", folder);
    expect(human.out.split("\n").at(-1)).toMatch(/^2 filer: 3 fel, \d+ varningar\.$/);
    expect(human.err).toContain(`[1/2] ${path.join(folder, "a ren.xlsx")}`);
  });

  test("a directory without .xlsx files: exit 2 and says so", async () => {
    const emptyDir = path.join(dir, "tom-mapp");
    mkdirSync(emptyDir);
    writeFileSync(path.join(emptyDir, "~$låst.xlsx"), "x");
    const { code, err, out } = await run("validate", emptyDir, clean);
    expect(code).toBe(2);
    expect(err).toContain(`${emptyDir}: mappen innehåller inga .xlsx-filer.`);
    expect(out).toContain("GOALS_UNRECOGNISED");
  });

  test("no file: exit 2 with the usage; the usage is in the help", async () => {
    const { code, err } = await run("validate");
    expect(code).toBe(2);
    expect(err).toContain("regionrapport validate");
    expect((await run("--help")).out).toContain("regionrapport validate FIL|MAPP... [--json] [--lang sv|en]");
  });
});

describe("the reviewer's keys: region, source, accepted warnings, the stamp", () => {
  test("--json on the bundled master (the 21 sample workbooks consolidated): every finding has a region and a source file, as the master's lineage says", async () => {
    const reports = reportsFromSample(loadSampleData());
    const inputs = reports.map((r) => {
      const spec = buildTemplate({ region: r.region, year: r.year, rows: r.tables, table8: r.table8, created: "2024-01-01" });
      return { file: `2023 ${r.region}.xlsx`, grids: spec.sheets.map((s) => ({ name: s.name, values: s.values, hidden: s.hidden })) };
    });
    const result = consolidate(inputs);
    const master = path.join(dir, "master.xlsx");
    await writeSpecToFile(result.spec, master);
    const { findings } = await runJson(master);
    expect(findings.length).toBeGreaterThan(0);
    // The oracle: the master file itself, read back: each finding's row's Region cell and Källfil/Källblad/Källrad cells.
    const grids = (await loadWorkbook(master)).sheets;
    for (const f of findings) {
      expect(REGIONS).toContain(f.region);
      expect(f.sourceFile).toBe(`2023 ${f.region}.xlsx`);
      const values = grids.find((g) => g.name === f.sheet)!.values;
      const header = values[2].map((v) => cellText(v));
      const row = values[f.row! - 1];
      expect(cellText(row[0])).toBe(f.region);
      expect([f.sourceFile, f.sourceSheet, String(f.sourceRow)]).toEqual(["Källfil", "Källblad", "Källrad"].map((h) => cellText(row[header.indexOf(h)])));
    }
    const { out } = await run("validate", master);
    const first = findings[0];
    expect(out).toContain(`källa: ${first.region} · ${first.sourceFile}, ${first.sourceSheet}, rad ${first.sourceRow}`);
  }, 60_000);

  test("an accepted warning: status accepted with who, when and why, not counted; the text says so", async () => {
    const report = sampleReport(CLEAN_REGION);
    const spec = buildTemplate({ region: report.region, year: report.year, rows: report.tables, table8: report.table8, created: "2024-01-01" });
    const grids = spec.sheets.map((s) => ({ name: s.name, values: s.values, hidden: s.hidden }));
    const warning = validateWorkbook(grids).findings.find((f) => f.cell === "E4" && f.sheet === "Tabell 1")!;
    const acceptance = { reason: "Målet finns i den nya strategin.", by: "Anna", at: "2024-03-01T10:00:00+01:00" };
    spec.sheets.push(sheetSpec(EXCEPTIONS_SHEET, { hidden: true, values: exceptionsGrid([exceptionFor(warning, acceptance)]) }));
    const file = path.join(dir, "kalmar-godkänd.xlsx");
    await writeSpecToFile(spec, file);
    const { code, findings } = await runJson(file);
    expect(code).toBe(0);
    expect(findings.find((f) => f.cell === "E4")).toMatchObject({ status: "accepted", accepted: acceptance, severity: "varning" });
    const { out } = await run("validate", file);
    expect(out).toContain("godkänd 2024-03-01 av Anna: Målet finns i den nya strategin.");
    expect(out.split("\n").at(-1)).toBe("  Summa: 0 fel, 2 varningar, 1 godkänd varning.");
  });

  test("--stamp writes the stamp into the file: the file is then validated and unchanged, and changed after an edit", async () => {
    const file = path.join(dir, "kalmar-stämpel.xlsx");
    copyFileSync(clean, file);
    expect(stampStatus((await loadWorkbook(file)).sheets).state).toBe("never");
    const { code, err } = await run("validate", "--stamp", file);
    expect(code).toBe(0);
    expect(err).toContain(`Stämplad: ${file}`);
    const loaded = await loadWorkbook(file);
    const status = stampStatus(loaded.sheets);
    expect(status).toMatchObject({ state: "unchanged", clean: true, currentRules: true });
    expect(status.stamp!.counts).toEqual({ fel: 0, varning: 3, accepted: 0 });
    expect(loaded.sheets.find((s) => s.name === STAMP_SHEET)?.hidden).toBe(true);
    // The same rows as before, the dropdowns too.
    const before = await loadWorkbook(clean);
    // Dropdowns compared cell by cell (the reader may fold D6, D7, D8 into D6:D8).
    const cells = (validations: { range: string; source: string }[]) =>
      validations.flatMap((v) => {
        const r = parseRange(v.range);
        const out: string[] = [];
        for (let row = r.firstRow; row <= r.lastRow; row++) for (let c = r.firstColumn; c <= r.lastColumn; c++) out.push(`${row}:${c} ${v.source}`);
        return out;
      }).sort();
    const plain = (sheets: typeof before.snapshot.sheets) => sheets.map((s) => ({ ...s, validations: cells(s.validations) }));
    expect(plain(loaded.snapshot.sheets.filter((s) => s.name !== STAMP_SHEET))).toEqual(plain(before.snapshot.sheets));
    // An edit in the file: the stamp says changed.
    const sheets = loaded.sheets.map((s) => (s.name === "Tabell 1" ? { ...s, values: s.values.map((row, i) => (i === 3 ? ["Kalmar", "Ändrad insats", ...row.slice(2)] : row)) } : s));
    expect(stampStatus(sheets).state).toBe("changed");
    // --out writes a stamped copy and leaves the file alone; --out without --stamp is a mistake.
    const copy = path.join(dir, "kopia.xlsx");
    expect((await run("validate", "--stamp", "--out", copy, clean)).code).toBe(0);
    expect(stampStatus((await loadWorkbook(copy)).sheets).state).toBe("unchanged");
    expect(stampStatus((await loadWorkbook(clean)).sheets).state).toBe("never");
    expect((await run("validate", "--out", copy, clean)).code).toBe(2);
  }, 60_000);
});

describe("the installed binary: validate --json", () => {
  const bin = path.join(ROOT, "bin", "regionrapport.js");
  const compiled = path.join(ROOT, "lib", "cli", "validate.js");

  beforeAll(() => {
    const source = path.join(ROOT, "src", "cli", "validate.ts");
    if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) {
      execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe", encoding: "utf8" });
    }
  }, 180_000);

  test("prints one JSON array on stdout, nothing else, exit 1 for the broken workbook", () => {
    const result = spawnSync(process.execPath, [bin, "validate", "--json", clean, broken], { cwd: ROOT, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const findings = JSON.parse(result.stdout) as JsonFinding[];
    expect(findings.filter((f) => f.severity === "fel").map((f) => `${f.file} ${f.sheet}!${f.cell} ${f.code}`)).toEqual([
      `${broken} Tabell 3!B5 ROW_MISSING_ACTIVITY`,
      `${broken} Tabell 3!E6 AGENDA2030_NUMBER_OUT_OF_RANGE`,
      `${broken} Tabell 8!D6 FORM_YESNO_INVALID`,
    ]);
  }, 60_000);
});
