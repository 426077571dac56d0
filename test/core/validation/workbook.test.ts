/** Workbook-level rules: the information sheet, template version, tables, headers and columns. */
import { REPORT_SHEET, findingsToGrid } from "../../../src/core/validation";
import { sampleWorkbook, setCell, sheet, validate, withCode } from "./helpers";

describe("the published workbooks as the template makes them", () => {
  it("have no workbook-level findings", () => {
    const codes = /^(INFO_|TEMPLATE_|TABLE_|HEADER_|COLUMN_|GOAL_SHEET)/;
    expect(validate(sampleWorkbook("Gävleborg")).findings.filter((f) => codes.test(f.code))).toEqual([]);
  });
});

describe("information sheet and template version", () => {
  it("points at the value cell next to the label", () => {
    const grids = sampleWorkbook("Dalarna");
    setCell(grids, "Information", "B7", "2019.4");
    setCell(grids, "Information", "B3", "Lappland");
    const result = validate(grids);
    expect(withCode(result, "TEMPLATE_VERSION_UNKNOWN").map((f) => [f.sheet, f.cell, f.severity])).toEqual([["Information", "B7", "varning"]]);
    expect(withCode(result, "TEMPLATE_VERSION_UNKNOWN")[0].message).toContain("2023.1");
    expect(withCode(result, "INFO_REGION_UNKNOWN").map((f) => [f.cell, f.severity])).toEqual([["B3", "fel"]]);
  });

  it("accepts a version written as a number", () => {
    const grids = sampleWorkbook("Dalarna");
    setCell(grids, "Information", "B7", 2023.1);
    expect(withCode(validate(grids), "TEMPLATE_VERSION_UNKNOWN")).toEqual([]);
  });
});

describe("tables", () => {
  it("reports a missing table by number and title, without a sheet", () => {
    const found = withCode(validate(sampleWorkbook("Halland").filter((g) => g.name !== "Tabell 7")), "TABLE_MISSING");
    expect(found).toEqual([expect.objectContaining({ severity: "fel", table: 7 })]);
    expect(found[0].sheet).toBeUndefined();
    expect(found[0].message).toContain("Miljö och klimat");
  });

  it("reports a second visible copy as an error and a hidden copy as a warning, at the copy's header row", () => {
    const grids = sampleWorkbook("Halland");
    const t3 = sheet(grids, "Tabell 3");
    grids.push({ name: "3 Innovation", values: t3.values.map((r) => [...r]) });
    grids.push({ name: "Gammal tabell 5", values: [["Tabell 5. Jämställdhet"], [], ...sheet(grids, "Tabell 5").values.slice(2)], hidden: true });
    const result = validate(grids);
    expect(withCode(result, "TABLE_DUPLICATE").map((f) => [f.sheet, f.cell, f.table])).toEqual([["3 Innovation", "A3", 3]]);
    expect(withCode(result, "TABLE_DUPLICATE_HIDDEN").map((f) => [f.sheet, f.severity, f.table])).toEqual([["Gammal tabell 5", "varning", 5]]);
  });

  it("names the sheet and the expected headers when the header row cannot be found", () => {
    const grids = sampleWorkbook("Halland");
    sheet(grids, "Tabell 4").values[2] = ["Vem", "Vad", "Hur"];
    const found = withCode(validate(grids), "HEADER_NOT_FOUND");
    expect(found.map((f) => [f.sheet, f.table, f.severity])).toEqual([["Tabell 4", 4, "fel"]]);
    expect(found[0].message).toContain('"Tabell 4"');
    expect(found[0].message).toContain('"Namn på insats och kort beskrivning"');
    expect(withCode(validate(grids), "TABLE_MISSING")).toEqual([]);
  });

  it("warns about a table left with only the template's starting row", () => {
    const grids = sampleWorkbook("Halland");
    sheet(grids, "Tabell 6").values.splice(3, Infinity, ["Halland", "", "", "", ""]);
    expect(withCode(validate(grids), "TABLE_EMPTY").map((f) => [f.sheet, f.cell, f.severity])).toEqual([["Tabell 6", "B4", "varning"]]);
  });
});

describe("columns", () => {
  it("recognises a table with columns moved and extra columns, and reports what is lost", () => {
    const grids = sampleWorkbook("Halland");
    for (const row of sheet(grids, "Tabell 2").values) row.reverse();
    for (const row of sheet(grids, "Tabell 1").values) row.splice(3, 1); // no effects column
    setCell(grids, "Tabell 2", "G3", "Kommentar");
    setCell(grids, "Tabell 2", "G5", "intern");
    const result = validate(grids);
    expect(withCode(result, "COLUMN_MISSING").map((f) => [f.sheet, f.column, f.severity])).toEqual([
      ["Tabell 1", "Om möjligt resultat i form av uppnådda effekter under året", "fel"],
    ]);
    expect(withCode(result, "EFFECTS_EMPTY").filter((f) => f.sheet === "Tabell 1")).toEqual([]);
    expect(withCode(result, "COLUMN_UNKNOWN").map((f) => [f.sheet, f.cell, f.column, f.severity])).toEqual([["Tabell 2", "G3", "Kommentar", "varning"]]);
    // Reversed columns: the Mål cell of the first row is now in column A.
    expect(result.findings.filter((f) => f.sheet === "Tabell 2" && f.code.startsWith("ROW_MISSING"))).toEqual([]);
  });
});

describe("the validation report sheet", () => {
  it("is not read as a table when the workbook is validated again", () => {
    const grids = sampleWorkbook("Halland");
    sheet(grids, "Tabell 7").values.splice(3, Infinity);
    const first = validate(grids);
    grids.push({ name: REPORT_SHEET, values: findingsToGrid(first.findings) });
    expect(validate(grids).findings).toEqual(first.findings);
  });
});
