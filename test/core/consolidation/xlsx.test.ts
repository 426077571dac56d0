/**
 * The master written to .xlsx by exceljs and read back: lineage columns hidden, text that looks like
 * a formula still text, and the file usable as the previous master.
 */
import ExcelJS from "exceljs";
import { consolidate } from "../../../src/core/consolidation";
import { loadWorkbook, writeSpecToBuffer } from "../../../src/xlsx";
import { sampleInputs, sampleWorkbook, setCell } from "./helpers";

describe("the master as an .xlsx file", () => {
  const inputs = sampleInputs(["Blekinge", "Dalarna"]);
  const grids = sampleWorkbook("Gotland");
  for (const [cell, text] of [["B4", "=SUMMA(A1:A3)"], ["C4", "+46 70 123"], ["D4", "-5 %"], ["E4", "@mål"]] as const) setCell(grids, "Tabell 1", cell, text);
  inputs.push({ file: "Gotland.xlsx", grids });
  const result = consolidate(inputs, { validate: false });

  it("hides the lineage columns and keeps formula-like text as text", async () => {
    const bytes = await writeSpecToBuffer(result.spec);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const t1 = workbook.getWorksheet("Tabell 1")!;
    expect([6, 7, 8].map((c) => t1.getColumn(c).hidden)).toEqual([true, true, true]);
    expect(t1.getColumn(5).hidden).toBe(false);
    const row = result.master.activity[1].findIndex((r) => r.region === "Gotland") + 4;
    const cells = [2, 3, 4, 5].map((c) => t1.getCell(row, c));
    expect(cells.map((c) => c.type)).toEqual(new Array(4).fill(ExcelJS.ValueType.String));
    expect(cells.map((c) => c.value)).toEqual(["=SUMMA(A1:A3)", "+46 70 123", "-5 %", "@mål"]);
  });

  it("reads back as a previous master that gives the same master", async () => {
    const loaded = await loadWorkbook(await writeSpecToBuffer(result.spec), "master.xlsx");
    const again = consolidate([], { previous: loaded.sheets, validate: false });
    const tables = (r: typeof result) => r.spec.sheets.filter((s) => s.name.startsWith("Tabell")).map((s) => s.values);
    expect(tables(again)).toEqual(tables(result));
    expect(again.missingRegions).toHaveLength(18);
  });
});
