/**
 * `regionrapport feedback`: one workbook per region with something to fix, read back by SheetJS (not
 * the product's reader). The defects are put in by the test, so what the files must list comes from the
 * fixture: Kalmar's Tabell 1 row 5 marked as Kronoberg's (rejected: another region's row) and its
 * Tabell 2 activity in B4 emptied (an error at that cell).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { reportsFromSample } from "../../src/core/sample";
import { buildTemplate } from "../../src/core/template";
import { writeSpecToFile } from "../../src/xlsx";
import { loadSampleData } from "../../src/cli/sampleFile";
import { sheetjsView } from "../xlsx/oracle";
import { runCli } from "../support/cli";

let dir: string;
let inputs: string;
const reports = reportsFromSample(loadSampleData());

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-feedback-"));
  inputs = path.join(dir, "in");
  mkdirSync(inputs);
  const kalmar = reports.find((r) => r.region === "Kalmar")!;
  const spec = buildTemplate({ region: "Kalmar", year: 2023, rows: kalmar.tables, table8: kalmar.table8, created: "2024-01-15" });
  const sheet = (name: string) => spec.sheets.find((s) => s.name === name)!.values;
  sheet("Tabell 1")[4][0] = "Kronoberg"; // row 5
  sheet("Tabell 2")[3][1] = ""; // B4
  await writeSpecToFile(spec, path.join(inputs, "2023 Kalmar.xlsx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The data rows of a feedback workbook as SheetJS reads them: [file, sheet, cell, kind, message, fix]. */
function rowsOf(file: string): string[][] {
  const [view] = sheetjsView(readFileSync(file));
  return view.values.slice(3).map((r) => r.map((v) => (v === null ? "" : String(v))));
}

test("Swedish: Kalmar's file lists the rejected row and the emptied cell with sheet and cell, how to fix each", async () => {
  const out = path.join(dir, "sv");
  const { code, out: text } = await runCli("feedback", inputs, "--out", out);
  expect(code).toBe(0);
  expect(readdirSync(out)).toEqual(["Återkoppling till Kalmar.xlsx"]);
  expect(text.split("\n").at(-1)).toBe(`1 återkopplingsarbetsbok skrivna i ${out}.`);
  const [view] = sheetjsView(readFileSync(path.join(out, "Återkoppling till Kalmar.xlsx")));
  expect(view.name).toBe("Återk. Kalmar");
  expect(view.values[2]).toEqual(["Fil", "Blad", "Cell", "Typ", "Meddelande", "Så rättar ni"]);
  const rows = rowsOf(path.join(out, "Återkoppling till Kalmar.xlsx"));
  const rejected = rows.filter((r) => r[3] === "Avvisad rad");
  expect(rejected.map((r) => r.slice(0, 3))).toEqual([["2023 Kalmar.xlsx", "Tabell 1", "A5"]]);
  expect(rejected[0][4]).toMatch(/Kronoberg/);
  expect(rejected[0][5]).not.toBe("");
  const emptied = rows.filter((r) => r[1] === "Tabell 2" && r[2] === "B4");
  expect(emptied.map((r) => r[3])).toContain("Fel");
  for (const r of rows) expect(r[4]).not.toBe("");
});

test("English: the same file in English, headers, kinds and reasons", async () => {
  const out = path.join(dir, "en");
  const { code, out: text } = await runCli("feedback", inputs, "--out", out, "--lang", "en");
  expect(code).toBe(0);
  expect(readdirSync(out)).toEqual(["Feedback to Kalmar.xlsx"]);
  expect(text.split("\n").at(-1)).toBe(`1 feedback workbook written in ${out}.`);
  const [view] = sheetjsView(readFileSync(path.join(out, "Feedback to Kalmar.xlsx")));
  expect(view.values[2]).toEqual(["File", "Sheet", "Cell", "Type", "Message", "How to fix"]);
  const rows = rowsOf(path.join(out, "Feedback to Kalmar.xlsx"));
  const rejected = rows.find((r) => r[3] === "Rejected row")!;
  expect(rejected.slice(0, 3)).toEqual(["2023 Kalmar.xlsx", "Tabell 1", "A5"]);
  expect(rejected[4]).not.toMatch(/[åäö]|\b(raden|regionen|avvisad)\b/i);
  expect(rows.find((r) => r[1] === "Tabell 2" && r[2] === "B4")?.[3]).toBe("Error");
});

test("a folder with no workbook: exit 2, and the usage is in help", async () => {
  const empty = path.join(dir, "tom");
  mkdirSync(empty);
  expect((await runCli("feedback", empty, "--out", path.join(dir, "x"))).code).toBe(2);
  const help = await runCli("help", "feedback");
  expect(help.out).toMatch(/^regionrapport feedback /);
});
