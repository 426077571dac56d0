/** regionrapport publish: a master file in, a Word document out; exit codes as the other commands. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import mammoth from "mammoth";
import { consolidate } from "../../src/core/consolidation";
import { buildTemplate } from "../../src/core/template";
import { writeSpecToFile } from "../../src/xlsx";
import { sampleInputs } from "../core/consolidation/helpers";
import { reportOf } from "../core/validation/helpers";
import { runCli } from "../support/cli";

let dir: string;
let master: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-publish-"));
  master = path.join(dir, "master.xlsx");
  const result = consolidate(sampleInputs(["Gotland", "Kalmar"]), { runDate: "2024-03-01", validate: false });
  await writeSpecToFile(result.spec, master);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("writes the document and says what is in it", async () => {
  const out = path.join(dir, "sammanstallning.docx");
  const { code, out: stdout, err } = await runCli("publish", master, "--out", out, "--year", "2023");
  expect(code).toBe(0);
  expect(err).toMatch(/^Läser /);
  expect(stdout).toContain(`Sammanställningen för 2023 skriven till ${out}.`);
  const rows = ["Gotland", "Kalmar"].reduce((n, r) => n + Object.values(reportOf(r as "Gotland").tables).flat().length, 0);
  expect(stdout).toContain(`${rows} rader i tabell 1–7 och 12 svar i tabell 8; 2 av 21 regioner.`);
  expect(stdout).toMatch(/^Saknas: Blekinge, Dalarna, Gävleborg/m);
  const { value } = await mammoth.extractRawText({ path: out });
  expect(value).toContain("Regionernas redovisning av regionalt utvecklingsarbete 2023");
  expect(value).toContain(reportOf("Kalmar").tables[1][0].activity.split("\n")[0]);
  expect(value).not.toContain("Målöversikt");
}, 120_000);

test("--appendix adds the goal coverage and the rejected rows", async () => {
  const out = path.join(dir, "med-bilaga.docx");
  const { code } = await runCli("publish", master, "--out", out, "--appendix", "--year", "2023");
  expect(code).toBe(0);
  const { value } = await mammoth.extractRawText({ path: out });
  expect(value).toContain("Målöversikt");
  expect(value).toContain("Inga rader avvisades.");
}, 120_000);

test("without --year: the year the master records (its workbooks say 2023), said so", async () => {
  const out = path.join(dir, "utan-ar.docx");
  const { code, out: stdout } = await runCli("publish", master, "--out", out);
  expect(code).toBe(0);
  expect(stdout).toContain("Sammanställningen för 2023 skriven till");
  expect(stdout).toContain("Redovisningsår 2023, som sammanställningen anger; ange ett annat med --year.");
  const { value } = await mammoth.extractRawText({ path: out });
  expect(value).toContain("Regionernas redovisning av regionalt utvecklingsarbete 2023");
}, 120_000);

test("an --out that is not .docx, no input, or a bad year: exit 2 with the usage", async () => {
  const pdf = await runCli("publish", master, "--out", path.join(dir, "x.pdf"));
  expect(pdf.code).toBe(2);
  expect(pdf.err).toContain('--out ska vara en .docx-fil, inte "');
  expect(pdf.err).toContain("regionrapport publish MASTER.xlsx");
  expect(existsSync(path.join(dir, "x.pdf"))).toBe(false);
  expect((await runCli("publish", "--out", path.join(dir, "y.docx"))).code).toBe(2);
  expect((await runCli("publish", master, "--out", path.join(dir, "z.docx"), "--year", "tjugo")).code).toBe(2);
  expect((await runCli("publish", master)).code).toBe(2);
});

test("--lang en: help, messages and usage in English; the document stays Swedish", async () => {
  const help = await runCli("help", "publish", "--lang", "en");
  expect(help.code).toBe(0);
  expect(help.out).toContain("Makes the published compilation from a master as a Word document (.docx)");
  const out = path.join(dir, "english.docx");
  const { code, out: stdout, err } = await runCli("publish", master, "--out", out, "--year", "2023", "--lang", "en");
  expect(code).toBe(0);
  expect(err).toMatch(/^Reading /);
  expect(stdout).toContain(`The compilation for 2023 written to ${out}.`);
  const { value } = await mammoth.extractRawText({ path: out });
  expect(value).toContain("Regionernas redovisning av regionalt utvecklingsarbete 2023");
  const bad = await runCli("publish", master, "--out", path.join(dir, "x.txt"), "--lang", "en");
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('--out must be an .docx file, not "');
  expect(bad.err).toContain("regionrapport publish MASTER.xlsx --out COMPILATION.docx");
}, 120_000);

test("a file that cannot be read, or a folder that does not exist: exit 2", async () => {
  const broken = path.join(dir, "trasig.xlsx");
  writeFileSync(broken, "inte en arbetsbok");
  const unreadable = await runCli("publish", broken, "--out", path.join(dir, "t.docx"));
  expect(unreadable.code).toBe(2);
  expect(unreadable.err).toContain("trasig.xlsx");
  const nowhere = await runCli("publish", master, "--out", path.join(dir, "finns-inte", "t.docx"));
  expect(nowhere.code).toBe(2);
  expect(nowhere.err).toContain("finns inte");
});

test("a regional workbook is not a master: exit 1, and nothing written", async () => {
  const regional = path.join(dir, "gotland.xlsx");
  const report = reportOf("Gotland");
  await writeSpecToFile(buildTemplate({ region: "Gotland", year: 2023, rows: report.tables, table8: report.table8 }), regional);
  const out = path.join(dir, "regional.docx");
  const { code, err } = await runCli("publish", regional, "--out", out);
  expect(code).toBe(1);
  expect(err).toContain("ingen sammanställning");
  expect(existsSync(out)).toBe(false);
});
