/** The "Valideringsrapport" grid the ribbon command and the CLI write. */
import { findingsToGrid, REPORT_COLUMNS, SOURCE_COLUMNS, validateWorkbooks } from "../../../src/core/validation";
import { sampleWorkbook, validate } from "./helpers";

describe("findingsToGrid", () => {
  it("writes a header row and one row per finding, with Swedish severities", () => {
    const result = validate(sampleWorkbook("Stockholm"));
    const grid = findingsToGrid(result.findings);
    expect(grid[0]).toEqual([...REPORT_COLUMNS, ...SOURCE_COLUMNS]);
    expect(grid[0].slice(0, 8)).toEqual(["Allvarlighet", "Kod", "Blad", "Cell", "Tabell", "Rad", "Kolumn", "Meddelande"]);
    expect(grid).toHaveLength(result.findings.length + 1);
    const first = result.findings[0];
    expect(grid[1]).toEqual([first.severity === "fel" ? "Fel" : "Varning", first.code, first.sheet, first.cell, first.table, first.row, first.column, first.message, "Stockholm", "", "", "", ""]);
  });

  it("adds the file column when findings come from several files", () => {
    const both = validateWorkbooks([
      { file: "stockholm.xlsx", grids: sampleWorkbook("Stockholm") },
      { file: "uppsala.xlsx", grids: sampleWorkbook("Uppsala") },
    ]);
    const grid = findingsToGrid(both.findings);
    expect(grid[0]).toEqual(["Fil", ...REPORT_COLUMNS, ...SOURCE_COLUMNS]);
    expect(new Set(grid.slice(1).map((r) => r[0]))).toEqual(new Set(["stockholm.xlsx", "uppsala.xlsx"]));
    expect(both.counts.fel).toBe(both.results.reduce((n, r) => n + r.counts.fel, 0));
  });

  it("writes a header only when there is nothing to report", () => {
    expect(findingsToGrid([])).toEqual([[...REPORT_COLUMNS, ...SOURCE_COLUMNS]]);
  });
});

describe("the report in English", () => {
  it("has English headings and severities", () => {
    const result = validate(sampleWorkbook("Stockholm"), { language: "en" });
    const grid = findingsToGrid(result.findings, { language: "en" });
    expect(grid[0]).toEqual(["Severity", "Code", "Sheet", "Cell", "Table", "Row", "Column", "Message", "Region", "Source file", "Source sheet", "Source row", "Accepted"]);
    expect(new Set(grid.slice(1).map((r) => r[0]))).toEqual(new Set(result.findings.map((f) => (f.severity === "fel" ? "Error" : "Warning"))));
  });
});

describe("messages in English", () => {
  it("uses the same codes and positions", () => {
    const sv = validate(sampleWorkbook("Stockholm"));
    const en = validate(sampleWorkbook("Stockholm"), { language: "en" });
    expect(en.findings.map((f) => [f.code, f.cell])).toEqual(sv.findings.map((f) => [f.code, f.cell]));
    expect(en.findings[0].message).not.toBe(sv.findings[0].message);
  });
});
