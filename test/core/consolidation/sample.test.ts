/**
 * The 21 published 2023 reports, each in the template as the product makes it, consolidated:
 * the published compilation comes back (534 rows in tables 1–7, 21 table-8 entries), nothing lost.
 */
import { consolidate, LINEAGE_HEADERS } from "../../../src/core/consolidation";
import { REGIONS } from "../../../src/core/regions";
import { ACTIVITY_TABLES, FORM_TABLE, tableHeading } from "../../../src/core/tables";
import { HEADER_ROW } from "../../../src/core/template";
import { validateWorkbook } from "../../../src/core/validation";
import { expectNothingLost, gridsOf, reportOf, sampleInputs, text } from "./helpers";

describe("consolidating the 21 sample workbooks", () => {
  const inputs = sampleInputs();
  const result = consolidate(inputs);

  it("loses nothing: every data row once in the master with its lineage, counts reconciled", () => {
    const { rows } = expectNothingLost(inputs, result);
    // The seed: 534 rows in tables 1–7, and every region answers all six questions of table 8.
    expect(rows).toBe(534 + 21 * 6);
    expect(result.rejected).toEqual([]);
    expect(result.reconciliation.total).toEqual({ source: "Totalt", rowsRead: 660, rowsInMaster: 660, rowsRejected: 0, emptyTemplateRows: 0 });
  });

  it("gives the published compilation: 534 rows in tables 1–7 and 21 table-8 entries", () => {
    const count = ACTIVITY_TABLES.reduce((n, def) => n + result.master.activity[def.number].length, 0);
    expect(count).toBe(534);
    expect(result.master.form.map((e) => e.region)).toEqual([...REGIONS]);
    expect(result.missingRegions).toEqual([]);
    expect(result.duplicates).toEqual([]);
    expect(result.files.every((f) => f.status === "used")).toBe(true);
  });

  it("keeps regions in publication order and each region's rows in its own order, with the source cells", () => {
    for (const def of ACTIVITY_TABLES) {
      const rows = result.master.activity[def.number];
      const expected = REGIONS.flatMap((region) => reportOf(region).tables[def.number].map((r) => ({ ...r, region })));
      expect(rows.map((r) => r.values)).toEqual(expected);
      rows.forEach((row) => {
        const input = inputs.find((i) => i.file === row.lineage.file)!;
        const grid = "grids" in input ? input.grids.find((g) => g.name === row.lineage.sheet)! : null;
        expect(text(grid!.values[row.lineage.row - 1][1])).toBe(row.values.activity);
      });
    }
  });

  it("reads table 8's question rows into one entry per region with every answer and Ja/Nej, each with its row", () => {
    for (const entry of result.master.form) {
      const report = reportOf(entry.region);
      expect(entry.answers).toEqual(
        report.table8.map((a, i) => ({ question: a.question, text: a.text, answer: a.answer ?? "", lineage: { file: `${entry.region}.xlsx`, sheet: "Tabell 8", row: 4 + i } }))
      );
    }
  });

  it("writes one sheet per table with the template's title and headings, lineage columns hidden", () => {
    const names = result.spec.sheets.map((s) => s.name);
    expect(names).toEqual(["Sammanställning", ...ACTIVITY_TABLES.map((t) => t.sheetName), "Tabell 8", "Avvisat", "Målöversikt"]);
    for (const def of ACTIVITY_TABLES) {
      const sheet = result.spec.sheets.find((s) => s.name === def.sheetName)!;
      expect(sheet.values[0]).toEqual([tableHeading(def)]);
      expect(sheet.values[HEADER_ROW - 1]).toEqual([...def.columns.map((c) => c.header), ...LINEAGE_HEADERS]);
      expect(sheet.hiddenColumns).toEqual([6, 7, 8]);
      expect(sheet.values.length).toBe(HEADER_ROW + result.master.activity[def.number].length);
      const first = sheet.values[HEADER_ROW];
      expect(first.slice(5)).toEqual(["Blekinge.xlsx", def.sheetName, "4"]);
    }
    // Table 8 as the template has it: a row per answer, printable, each with its own source row.
    const form = result.spec.sheets.find((s) => s.name === "Tabell 8")!;
    expect(form.values[0]).toEqual([tableHeading(FORM_TABLE)]);
    expect(form.values[HEADER_ROW - 1].map(text)).toEqual(["Region", "Fråga nr", "Fråga", "Ja/Nej", "Svar", ...LINEAGE_HEADERS]);
    expect(form.values.length).toBe(HEADER_ROW + 21 * 6);
    const blekinge = reportOf("Blekinge").table8;
    expect(form.values[HEADER_ROW]).toEqual(["Blekinge", "1", FORM_TABLE.questions[0].text, "", blekinge[0].text, "Blekinge.xlsx", "Tabell 8", "4"]);
    expect(form.values[HEADER_ROW + 2].slice(3, 4)).toEqual([blekinge[2].answer ?? ""]);
  });

  it("carries every cell of the master's tables as a string", () => {
    const other = result.spec.sheets
      .filter((s) => s.name.startsWith("Tabell"))
      .flatMap((s) => s.values.flat().filter((v) => typeof v !== "string" && v !== null).map((v) => `${s.name}: ${v}`));
    expect(other).toEqual([]);
  });

  it("shows the 21 × 8 board with counts, the reconciliation, missing regions and the taxonomy version", () => {
    expect(result.board).toHaveLength(21);
    const blekinge = result.board[0];
    expect(blekinge).toMatchObject({ region: "Blekinge", received: true, source: "file", file: "Blekinge.xlsx" });
    expect(blekinge.tables.map((c) => c.rows)).toEqual([...ACTIVITY_TABLES.map((d) => reportOf("Blekinge").tables[d.number].length), 6]);
    const summary = result.spec.sheets[0].values.map((r) => r.map(text));
    expect(summary).toContainEqual(["Taxonomiversion", result.taxonomyVersion]);
    expect(summary).toContainEqual(["Totalt", "", "", "660", "660", "0", "0", "0", "", "", ""]);
    expect(summary).toContainEqual(["Inga: alla 21 regioner finns med."]);
    const boardTotal = summary.find((r) => r[0] === "Totalt" && r[1] === "21")!;
    // One unit everywhere: the board counts table 8's answers as the reconciliation does.
    expect(boardTotal.slice(3, 11).reduce((n, v) => n + Number(v), 0)).toBe(534 + 21 * 6);
    // The board's findings are validation's own, file by file (validation run apart from consolidation).
    for (const f of result.files) {
      const input = inputs.find((i) => i.file === f.file)!;
      expect(f.findings).toEqual(validateWorkbook("grids" in input ? input.grids : [], { file: f.file }).counts);
    }
  });

  it("counts goal coverage by goal, table and region, with a chart over the Agenda 2030 goals", () => {
    const sheet = result.spec.sheets.find((s) => s.name === "Målöversikt")!;
    // The goals every region may cite, down to the blank row before the regions' own RUS goals (goals.test.ts).
    const rows = sheet.values.slice(3, sheet.values.findIndex((r, i) => i > 3 && r.length === 0));
    const agenda = rows.filter((r) => r[0] === "Agenda 2030");
    expect(agenda).toHaveLength(17);
    for (const r of rows) {
      const [total, ...rest] = r.slice(2) as number[];
      expect(rest.slice(0, 7).reduce((a, b) => a + b, 0)).toBe(total);
      expect(rest.slice(7).reduce((a, b) => a + b, 0)).toBe(total);
    }
    expect(agenda.reduce((n, r) => n + (r[2] as number), 0)).toBeGreaterThan(0);
    expect(sheet.charts).toEqual([{ type: "bar", title: expect.any(String), dataRange: "B4:C20" }]);
  });

  it("is deterministic: the same inputs, in any order, give the same master", () => {
    expect(consolidate(sampleInputs()).spec).toEqual(result.spec);
    expect(consolidate([...sampleInputs()].reverse()).spec).toEqual(result.spec);
    expect(JSON.stringify(result.spec)).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
    expect(consolidate(sampleInputs(), { runDate: "2024-03-01" }).spec.sheets[0].values).toContainEqual(["Sammanställd", "2024-03-01"]);
  });

  it("gives a master that passes validation with only the regions' own errors", () => {
    const master = validateWorkbook(gridsOf(result), { file: "master.xlsx" });
    const regional: Record<string, number> = {};
    for (const region of REGIONS) {
      const input = inputs.find((i) => i.file === `${region}.xlsx`)!;
      for (const f of validateWorkbook("grids" in input ? input.grids : [], { file: input.file }).findings) {
        if (f.severity === "fel") regional[f.code] = (regional[f.code] ?? 0) + 1;
      }
    }
    const errors: Record<string, number> = {};
    for (const f of master.findings.filter((f) => f.severity === "fel")) errors[f.code] = (errors[f.code] ?? 0) + 1;
    expect(errors).toEqual(regional);
    expect(master.findings.filter((f) => /^(INFO_|TEMPLATE_|TABLE_|HEADER_|COLUMN_|REGION_|PLACEHOLDER_)/.test(f.code))).toEqual([]);
  });
});
