import { REPORT_COLUMNS, REPORT_SHEET, SOURCE_COLUMNS, type Finding } from "../../src/core/validation";
import { cellReference, openWorkbook, reportTitle, writeValidationReport } from "../../src/excel";
import { validateFromRibbon } from "../../src/commands/validate";
import type { ActivityRow } from "../../src/core/report";
import type { MemoryWorkbook } from "../../src/testing";
import { markedCells, sampleWorkbook } from "./workbooks";

const now = new Date(2026, 10, 26, 14, 3);

/** 1,000 more rows in table 1: every seventh without outputs (an error), every fifth without effects (a warning). */
function extraRows(count: number): ActivityRow[] {
  return Array.from({ length: count }, (_, i) => ({
    region: "Blekinge",
    activity: `Extra insats ${i + 1}`,
    outputs: i % 7 === 0 ? "" : `Prestation ${i + 1}`,
    effects: i % 5 === 0 ? "" : "För tidigt att säga",
    goals: "Agenda 2030: 7 Hållbar energi för alla",
  }));
}

function reportRows(workbook: MemoryWorkbook) {
  return workbook.grid(REPORT_SHEET);
}

describe("the ribbon's Validera", () => {
  test("takes four syncs for one region's workbook and for one with 1,000 more rows", async () => {
    const small = await sampleWorkbook("Blekinge");
    const smallResult = await validateFromRibbon(small.workbook.run, now);
    const large = await sampleWorkbook("Blekinge", extraRows(1000));
    const largeResult = await validateFromRibbon(large.workbook.run, now);
    expect(largeResult.findings.length).toBeGreaterThan(smallResult.findings.length + 300);
    expect(small.workbook.syncCount).toBe(4);
    expect(large.workbook.syncCount).toBe(4);
    expect(reportRows(large.workbook)).toHaveLength(largeResult.findings.length + 2);
    expect(markedCells(large.workbook).size).toBe(new Set(largeResult.findings.filter((f) => f.cell).map((f) => `${f.sheet}!${f.cell}`)).size);
  });

  test("writes the report sheet: title, header, one row per finding with a link to its cell; then shows it", async () => {
    const { workbook } = await sampleWorkbook("Blekinge");
    workbook.setValues("Tabell 1", "A4", [["Atlantis"]]);
    const result = await validateFromRibbon(workbook.run, now);
    const { fel, varning } = result.counts;
    expect(fel).toBeGreaterThan(0);
    const grid = reportRows(workbook);
    expect(grid[0][0]).toBe(`Validering 2026-11-26 14:03: ${fel} fel, ${varning} varningar`);
    expect(grid[1]).toEqual([...REPORT_COLUMNS, ...SOURCE_COLUMNS]);
    // Whom each finding concerns: this workbook's region (its source is the workbook itself, so not repeated).
    expect(new Set(grid.slice(2).map((row) => row[REPORT_COLUMNS.length]))).toEqual(new Set(["Blekinge"]));
    expect(grid.slice(2).map((row) => [row[1], row[2], row[3]])).toEqual(result.findings.map((f) => [f.code, f.sheet ?? "", f.cell ?? ""]));
    const cellColumn = String.fromCharCode(65 + REPORT_COLUMNS.indexOf("Cell"));
    result.findings.forEach((finding, i) => {
      const link = workbook.hyperlink(REPORT_SHEET, `${cellColumn}${i + 3}`);
      if (finding.sheet && finding.cell) expect(link).toEqual({ documentReference: `'${finding.sheet}'!${finding.cell}`, textToDisplay: finding.cell });
      else expect(link).toBeUndefined();
    });
    expect(workbook.hyperlink(REPORT_SHEET, `${cellColumn}3`)?.documentReference).toBe("'Tabell 1'!A4");

    const sheet = workbook.findSheet(REPORT_SHEET)!;
    expect(sheet.frozenRows).toBe(2);
    expect(workbook.cell(REPORT_SHEET, "A1")?.bold).toBe(true);
    expect(workbook.cell(REPORT_SHEET, "H2")?.bold).toBe(true);
    expect(workbook.cell(REPORT_SHEET, "H3")?.bold).toBeUndefined();
    expect(workbook.cell(REPORT_SHEET, "H3")?.numberFormat).toBe("@");
    expect(sheet.columnWidths.get(8)).toBeGreaterThan(sheet.columnWidths.get(4)!);
    expect(workbook.formulaCells()).toEqual([]);
    expect(workbook.activeSheet).toBe(REPORT_SHEET);
  });

  test("running twice replaces the report sheet instead of adding another", async () => {
    const { workbook } = await sampleWorkbook("Blekinge");
    workbook.setValues("Tabell 1", "A4", [["Atlantis"]]);
    await validateFromRibbon(workbook.run, now);
    const sheetsAfterFirst = workbook.sheets.map((s) => s.name);
    workbook.setValues("Tabell 1", "A4", [["Blekinge"]]);
    const second = await validateFromRibbon(workbook.run, new Date(2026, 10, 26, 15, 30));
    expect(workbook.sheets.map((s) => s.name)).toEqual(sheetsAfterFirst);
    expect(workbook.sheets.filter((s) => s.name.includes(REPORT_SHEET))).toHaveLength(1);
    expect(reportRows(workbook)[0][0]).toMatch(/^Validering 2026-11-26 15:30: /);
    expect(reportRows(workbook)).toHaveLength(second.findings.length + 2);
    expect(markedCells(workbook).has("Tabell 1!A4")).toBe(false);
  });

  test("validation does not even read its own report sheet back", async () => {
    const { workbook } = await sampleWorkbook("Blekinge");
    const many: Finding[] = Array.from({ length: 20_000 }, (_, i) => ({ code: "X", severity: "varning", message: `Meddelande nummer ${i} om något som inte stämmer`, sheet: "Tabell 1", cell: `E${(i % 40) + 4}` }));
    await writeValidationReport(workbook.run, many, now);
    const reportBytes = Buffer.byteLength(JSON.stringify(workbook.grid(REPORT_SHEET)), "utf8");
    expect(reportBytes).toBeGreaterThan(1_500_000);
    workbook.resetCounters();
    await openWorkbook(workbook.run).validate("sv");
    expect(workbook.totalResponseBytes).toBeLessThan(reportBytes / 2);
  });

  test("validation ignores its own report sheet", async () => {
    const { workbook } = await sampleWorkbook("Blekinge");
    const first = await validateFromRibbon(workbook.run, now);
    const second = await validateFromRibbon(workbook.run, now);
    expect(second.findings).toEqual(first.findings);
  });
});

describe("the report sheet from the pane", () => {
  const findings: Finding[] = [
    { code: "TABLE_MISSING", severity: "fel", message: "Tabell 9 saknas." },
    { code: "GOALS_UNRECOGNISED", severity: "varning", message: "=inte en formel", sheet: "Pelles 'egna' blad", cell: "E7", table: 3, row: 7, column: "Mål" },
  ];

  test("is written or replaced in two syncs, text kept as text, sheet names quoted in links", async () => {
    const { workbook } = await sampleWorkbook("Blekinge");
    await writeValidationReport(workbook.run, findings, now);
    expect(workbook.syncCount).toBe(2);
    await openWorkbook(workbook.run).writeValidationReport(findings.slice(1));
    expect(workbook.sheets.filter((s) => s.name === REPORT_SHEET)).toHaveLength(1);
    expect(workbook.grid(REPORT_SHEET)).toHaveLength(3);
    expect(workbook.cell(REPORT_SHEET, "H3")?.value).toBe("=inte en formel");
    expect(workbook.formulaCells()).toEqual([]);
    expect(workbook.hyperlink(REPORT_SHEET, "D3")).toEqual({ documentReference: "'Pelles ''egna'' blad'!E7", textToDisplay: "E7" });
  });

  test("title counts, singular and plural", () => {
    expect(reportTitle(findings, now)).toBe("Validering 2026-11-26 14:03: 1 fel, 1 varning");
    expect(reportTitle([], now)).toBe("Validering 2026-11-26 14:03: 0 fel, 0 varningar");
    expect(cellReference("Tabell 3", "E7")).toBe("'Tabell 3'!E7");
  });
});
