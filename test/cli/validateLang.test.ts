/**
 * validate with --lang en: every line the command prints is English (the product's own words; file,
 * sheet, column and region names and quoted cell text are data), --json is the same but for the
 * messages, and without --lang (or with --lang sv) the Swedish output is as it was.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { loadSampleData } from "../../src/cli/sampleFile";
import { consolidate } from "../../src/core/consolidation";
import { REGIONS } from "../../src/core/regions";
import type { RegionReport } from "../../src/core/report";
import { reportsFromSample } from "../../src/core/sample";
import { buildTemplate } from "../../src/core/template";
import { EXCEPTIONS_SHEET, exceptionFor, exceptionsGrid, validateWorkbook } from "../../src/core/validation";
import { sheetSpec, type WorkbookSpec } from "../../src/core/workbookSpec";
import { writeSpecToFile } from "../../src/xlsx";
import { runCli as run } from "../support/cli";

/** Swedish words of validate's own texts (and of the input problems'). */
const SWEDISH =
  /(?<![\p{L}])(fel|varning|varningar|godkänd|godkända|öppen|igen|Summa|rad|tabell|källa|förslag|hoppas|över|Obs|Stämplad|validerad|validerades|fil|filer|mapp|mappar|eller|kunde|läsas|inga|ingen|Arbetsboken|Ange|hör|till|går|bara|finns|inte|kan|skrivas)(?![\p{L}])/iu;
/** Data: quoted cell text, sheet names, the master's lineage columns, goal headings ("Mål"), region names. */
const DATA = /"[^"]*"|“[^”]*”|\b(Tabell \d+|Information|Källfil|Källblad|Källrad)\b|(?<![\p{L}])Mål(?![\p{L}])/gu;
const REGION_NAMES = new RegExp(REGIONS.join("|"), "g");

let dir: string;
const swedishLines = (text: string) =>
  text
    .split("\n")
    .filter((line) => SWEDISH.test(line.replace(/(suggestion: ).*/, "$1").split(dir).map((part, i) => (i ? part.replace(/^\S*/, "") : part)).join("").replace(DATA, "").replace(REGION_NAMES, "")));

const CLEAN_REGION = "Kalmar";
let clean: string;
let broken: string;
let accepted: string;
let master: string;
let folder: string;

function sampleReport(region: string): RegionReport {
  return reportsFromSample(loadSampleData()).find((r) => r.region === region)!;
}

function template(report: RegionReport): WorkbookSpec {
  return buildTemplate({ region: report.region, year: report.year, rows: report.tables, table8: report.table8, created: "2024-01-01" });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-validate-lang-"));
  clean = path.join(dir, "kalmar.xlsx");
  await writeSpecToFile(template(sampleReport(CLEAN_REGION)), clean);

  // As in validate.test.ts: table 3 loses an activity and cites a goal 19; table 8 answers "Kanske";
  // table 1 names goal 3 with goal 10's name (an error with suggestions).
  const report = sampleReport(CLEAN_REGION);
  report.tables[1][0] = { ...report.tables[1][0], goals: "Agenda 2030: 3 Minskad ojämlikhet" };
  report.tables[3][1] = { ...report.tables[3][1], activity: "" };
  report.tables[3][2] = { ...report.tables[3][2], goals: "Agenda 2030: Mål 19 Hållbar utveckling" };
  report.table8 = report.table8.map((a) => (a.question === 3 ? { ...a, answer: "Kanske" } : a));
  broken = path.join(dir, "kalmar-broken.xlsx");
  await writeSpecToFile(template(report), broken);

  // One warning accepted, another accepted and its cell changed since (reopened).
  const spec = template(sampleReport(CLEAN_REGION));
  const grids = spec.sheets.map((s) => ({ name: s.name, values: s.values, hidden: s.hidden }));
  const warnings = validateWorkbook(grids).findings.filter((f) => f.severity === "varning" && f.cell);
  expect(warnings.length).toBeGreaterThanOrEqual(2);
  const [first, second] = warnings;
  const acceptance = { reason: "The goal is in the new strategy.", by: "Anna", at: "2024-03-01T10:00:00+01:00" };
  spec.sheets.push(sheetSpec(EXCEPTIONS_SHEET, { hidden: true, values: exceptionsGrid([exceptionFor(first, acceptance), exceptionFor(second, acceptance)]) }));
  const sheet = spec.sheets.find((s) => s.name === second.sheet)!;
  const rowIndex = second.row! - 1;
  const columnIndex = second.cell!.charCodeAt(0) - 65;
  sheet.values[rowIndex][columnIndex] = `${String(sheet.values[rowIndex][columnIndex])} (changed)`;
  accepted = path.join(dir, "kalmar-accepted.xlsx");
  await writeSpecToFile(spec, accepted);

  // A master: its findings name the region and the row they came from.
  const kalmar = template(sampleReport(CLEAN_REGION));
  const result = consolidate([{ file: `2023 ${CLEAN_REGION}.xlsx`, grids: kalmar.sheets.map((s) => ({ name: s.name, values: s.values, hidden: s.hidden })) }]);
  master = path.join(dir, "master.xlsx");
  await writeSpecToFile(result.spec, master);

  // A folder: a workbook, a text file named .xlsx, an empty .xlsx, a lock file, a .csv and a subfolder.
  folder = path.join(dir, "folder");
  mkdirSync(folder);
  copyFileSync(broken, path.join(folder, "a.xlsx"));
  writeFileSync(path.join(folder, "b-notes.xlsx"), "A text file with the wrong extension.\n");
  writeFileSync(path.join(folder, "c-empty.xlsx"), "");
  writeFileSync(path.join(folder, "~$a.xlsx"), "lock");
  writeFileSync(path.join(folder, "d.csv"), "a;b\n");
  mkdirSync(path.join(folder, "sub"));
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("validate --lang en", () => {
  test("a workbook with errors and warnings: headings, severities, places, suggestions and the sum in English", async () => {
    const { code, out, err } = await run("validate", "--lang", "en", broken);
    expect(code).toBe(1);
    expect(err).toBe("");
    const lines = out.split("\n");
    expect(lines[0]).toBe(broken);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^ {2}Tabell 3 \(\d+ errors?(, \d+ warnings?)?\)$/)]));
    expect(out).toMatch(/^ {4}error +Tabell 3!\S+ +\(table 3, row \d+/m);
    expect(out).toMatch(/^ {4}warning /m);
    const at = lines.findIndex((l) => l.includes("AGENDA2030_NAME_MISMATCH"));
    expect(lines[at]).toMatch(/^ {4}error /);
    expect(lines[at + 1]).toMatch(/^ {13}suggestion: \S/);
    expect(lines.at(-1)).toMatch(/^ {2}Sum: 4 errors, \d+ warnings\.$/);
    expect(swedishLines(out)).toEqual([]);
  });

  test("accepted and reopened warnings, and a master's source lines", async () => {
    const { out } = await run("validate", "--lang", "en", accepted);
    expect(out).toContain("accepted 2024-03-01 by Anna: The goal is in the new strategy.");
    expect(out).toContain("open again: the cell has changed since it was accepted 2024-03-01 by Anna (The goal is in the new strategy.)");
    expect(out).toMatch(/\(.*1 accepted\)$/m);
    expect(out.split("\n").at(-1)).toMatch(/^ {2}Sum: 0 errors, \d+ warnings?, 1 accepted warning\.$/);
    expect(swedishLines(out)).toEqual([]);

    const mastered = await run("validate", "--lang", "en", master);
    expect(mastered.out).toMatch(new RegExp(`^ +source: ${CLEAN_REGION} · 2023 ${CLEAN_REGION}\\.xlsx, Tabell \\d, row \\d+$`, "m"));
    expect(swedishLines(mastered.out)).toEqual([]);
  });

  test("a folder with skipped and unreadable files, and a missing file: the notes, problems, progress and total in English", async () => {
    const missing = path.join(dir, "missing.xlsx");
    const { code, out, err } = await run("validate", "--lang", "en", folder, missing, clean);
    expect(code).toBe(2);
    expect(err).toContain(`Note: ${path.join(folder, "~$a.xlsx")}: skipped – Excel's lock file`);
    expect(err).toContain(`Note: ${path.join(folder, "d.csv")}: skipped – a text file (.csv)`);
    expect(err).toContain(`Note: ${path.join(folder, "sub")}: skipped – a subfolder`);
    expect(err).toContain(`Error: ${missing}: the file or folder does not exist.`);
    expect(err).toContain(`Error: ${path.join(folder, "b-notes.xlsx")}: it is not an Excel workbook (.xlsx): the file is not a zip archive, which an .xlsx file always is.`);
    expect(err).toContain(`Error: ${path.join(folder, "c-empty.xlsx")}: the file is empty (0 bytes), not an Excel workbook.`);
    expect(err).toContain(`[1/4] ${path.join(folder, "a.xlsx")}`);
    expect(out.split("\n").at(-1)).toMatch(/^2 files: 4 errors, \d+ warnings; 3 files or folders could not be read\.$/);
    expect(swedishLines(out)).toEqual([]);
    expect(swedishLines(err)).toEqual([]);

    const none = await run("validate", "--lang", "en", missing);
    expect(none.out).toBe("No file was validated: 1 file or folder could not be read.");
  });

  test("--stamp: the stamped line in English; the usage errors too", async () => {
    const file = path.join(dir, "kalmar-stamp.xlsx");
    copyFileSync(clean, file);
    const { code, err } = await run("validate", "--lang", "en", "--stamp", file);
    expect(code).toBe(0);
    expect(err).toMatch(new RegExp(`^Stamped: ${file.replace(/[.\\]/g, "\\$&")} \\(validated: 0 errors, \\d+ warnings\\)\\.$`));
    expect(swedishLines(err)).toEqual([]);

    const firstLine = async (...argv: string[]) => (await run("validate", "--lang", "en", ...argv)).err.split("\n")[0];
    expect(await firstLine()).toBe("Error: Give at least one workbook (.xlsx) or folder to validate.");
    expect(await firstLine("--out", file, clean)).toBe("Error: --out belongs to --stamp: give --stamp to write a stamped workbook.");
    expect(await firstLine("--stamp", "--out", file, clean, broken)).toBe("Error: --out works only with one workbook in; without --out each file is stamped where it is.");
  });

  test("--stamp --out into a folder that does not exist: a line that says so, exit 2, in both languages (not a crash)", async () => {
    const target = path.join(dir, "saknas", "stamped.xlsx");
    const en = await run("validate", "--lang", "en", "--stamp", "--out", target, clean);
    expect(en.code).toBe(2);
    expect(en.err).toMatch(new RegExp(`^Error: ${target.replace(/[.\\]/g, "\\$&")}: cannot be written: ENOENT`, "m"));
    const sv = await run("validate", "--stamp", "--out", target, clean);
    expect(sv.code).toBe(2);
    expect(sv.err).toMatch(new RegExp(`^Fel: ${target.replace(/[.\\]/g, "\\$&")}: kan inte skrivas: ENOENT`, "m"));
  });

  test("--json is the same as without --lang but for the messages", async () => {
    const strip = (text: string) => (JSON.parse(text) as { message: string }[]).map(({ message, ...rest }) => ({ ...rest, message: typeof message }));
    for (const file of [broken, accepted, master]) {
      const sv = await run("validate", "--json", file);
      const en = await run("validate", "--json", "--lang", "en", file);
      expect(en.code).toBe(sv.code);
      expect(strip(en.out)).toEqual(strip(sv.out));
      expect(JSON.parse(en.out)).not.toEqual(JSON.parse(sv.out));
    }
  });
});

describe("validate in Swedish", () => {
  test("--lang sv prints what no --lang prints, in Swedish", async () => {
    for (const argv of [[broken], [accepted], [folder, clean], ["--stamp", "--out", path.join(dir, "copy.xlsx"), clean]]) {
      const plain = await run("validate", ...argv);
      const sv = await run("validate", "--lang", "sv", ...argv);
      expect(sv).toEqual(plain);
    }
    const { out } = await run("validate", broken);
    expect(out).toMatch(/^ {4}fel +Tabell 3!\S+ +\(tabell 3, rad \d+/m);
    // The check above finds the Swedish words where they are.
    expect(swedishLines(out).length).toBeGreaterThan(5);
    expect(out.split("\n").at(-1)).toMatch(/^ {2}Summa: 4 fel, \d+ varningar\.$/);
  });
});
