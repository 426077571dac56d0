/**
 * A number, a currency and a date typed into text columns reach the master as the user saw them,
 * and validation says the cells were not text. The file is made with exceljs (not our writer), as
 * any office's own Excel would save it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/xlsx";
import { buildTemplate } from "../../src/core/template";
import { reportOf } from "../core/validation/helpers";
import { runCli } from "../support/cli";

let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-values-"));
  file = path.join(dir, "Blekinge.xlsx");
  const report = reportOf("Blekinge");
  const spec = buildTemplate({ region: "Blekinge", year: 2023, rows: report.tables, table8: report.table8, created: "2024-01-15" });
  const workbook = new ExcelJS.Workbook();
  for (const s of spec.sheets) {
    const sheet = workbook.addWorksheet(s.name);
    s.values.forEach((row, r) => row.forEach((v, c) => (sheet.getCell(r + 1, c + 1).value = v)));
  }
  const t1 = workbook.getWorksheet("Tabell 1")!;
  t1.getCell("C4").value = 0.12;
  t1.getCell("C4").numFmt = "0%";
  t1.getCell("D4").value = 1234567.891;
  t1.getCell("D4").numFmt = '#,##0 "kr"';
  t1.getCell("C5").value = new Date(Date.UTC(2023, 11, 31));
  t1.getCell("C5").numFmt = "yyyy-mm-dd";
  await workbook.xlsx.writeFile(file);
}, 60_000);

test("the master holds what was shown, and validation names each cell", async () => {
  const out = path.join(dir, "master.xlsx");
  await runCli("consolidate", file, "--out", out);
  const t1 = (await loadWorkbook(out)).sheets.find((s) => s.name === "Tabell 1")!;
  expect(t1.values[3].slice(2, 4)).toEqual(["12%", "1 234 568 kr"]);
  expect(t1.values[4][2]).toBe("2023-12-31");
  const { out: json } = await runCli("validate", file, "--json");
  const notText = JSON.parse(json).filter((f: { code: string }) => f.code === "CELL_NOT_TEXT");
  expect(notText.map((f: { cell: string; message: string }) => [f.cell, /"([^"]+)"/.exec(f.message)?.[1]])).toEqual([
    ["C4", "12%"],
    ["D4", "1 234 568 kr"],
    ["C5", "2023-12-31"],
  ]);
}, 60_000);
