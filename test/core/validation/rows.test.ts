/** Row rules of tables 1–7 on published rows, and on the same rows broken. */
import { NO_ACTIVITIES_TEXT } from "../../../src/core/tables";
import { sampleRow, sampleWorkbook, setCell, sheet, validate, withCode, workbook } from "./helpers";

// Blekinge, table 1: "Insatser inom politikområdet Gestaltad livsmiljö", published twice (seedLines 131 and 194).
const gestaltad = sampleRow(1, 131);

describe("required fields", () => {
  it("accepts a complete published row, and the placeholder row with only region and text", () => {
    const grids = workbook("Blekinge", { 1: [gestaltad], 5: [{ region: "Blekinge", activity: NO_ACTIVITIES_TEXT, outputs: "", effects: "", goals: "" }] });
    const found = validate(grids).findings.filter((f) => f.code.startsWith("ROW_MISSING_"));
    expect(found).toEqual([]);
  });

  it("reports each empty required cell at its own address with the column's header", () => {
    const grids = workbook("Blekinge", { 1: [gestaltad] });
    for (const address of ["A4", "B4", "C4", "E4"]) setCell(grids, "Tabell 1", address, "");
    setCell(grids, "Tabell 1", "D4", "Något hände");
    const found = validate(grids).findings.filter((f) => f.code.startsWith("ROW_MISSING_"));
    // The empty Region cell is the workbook's region (Blekinge, on the information sheet): nothing missing there.
    expect(found.map((f) => [f.code, f.cell, f.column, f.row, f.table, f.sheet])).toEqual([
      ["ROW_MISSING_ACTIVITY", "B4", "Namn på insats och kort beskrivning", 4, 1, "Tabell 1"],
      ["ROW_MISSING_OUTPUTS", "C4", "Resultat i form av uppnådda prestationer under året", 4, 1, "Tabell 1"],
      ["ROW_MISSING_GOALS", "E4", "Mål", 4, 1, "Tabell 1"],
    ]);
    expect(found.every((f) => f.severity === "fel")).toBe(true);
  });

  it("reports an empty Region cell where no region is known: no information sheet, no region anywhere", () => {
    const grids = workbook("Blekinge", { 1: [gestaltad] }).filter((g) => g.name !== "Information");
    for (const g of grids) for (const row of g.values.slice(3)) if (row[0] === "Blekinge") row[0] = null;
    const found = withCode(validate(grids), "ROW_MISSING_REGION");
    expect(found.map((f) => [f.sheet, f.cell])).toContainEqual(["Tabell 1", "A4"]);
  });

  it("reports a published row whose outputs were left empty (Västerbotten, table 1)", () => {
    const found = withCode(validate(workbook("Västerbotten", { 1: [sampleRow(1, 3149)] })), "ROW_MISSING_OUTPUTS");
    expect(found.map((f) => f.cell)).toEqual(["C4"]);
  });

  it("does not count the template's starting row, which holds only the region", () => {
    expect(validate(workbook("Blekinge")).findings.filter((f) => f.code.startsWith("ROW_MISSING_"))).toEqual([]);
  });
});

describe("effects", () => {
  it("accepts effects written out and 'För tidigt att säga'", () => {
    const early = { ...gestaltad, effects: "För tidigt att säga" };
    expect(withCode(validate(workbook("Blekinge", { 1: [gestaltad, early] })), "EFFECTS_EMPTY")).toEqual([]);
  });

  it("warns at the effects cell of a published row with none (Blekinge, table 4)", () => {
    const found = withCode(validate(workbook("Blekinge", { 4: [sampleRow(4, 16669)] })), "EFFECTS_EMPTY");
    expect(found.map((f) => [f.severity, f.sheet, f.cell, f.column])).toEqual([
      ["varning", "Tabell 4", "D4", "Om möjligt resultat i form av uppnådda effekter under året"],
    ]);
    expect(found[0].message).toContain("För tidigt att säga");
  });
});

describe("region", () => {
  it("accepts the 21 short names and the long forms real workbooks use", () => {
    const grids = workbook("Jönköping", { 1: [{ ...sampleRow(1, 131), region: "Region Jönköpings län" }] });
    expect(validate(grids).findings.filter((f) => f.code.startsWith("REGION_"))).toEqual([]);
  });

  it("rejects a name that is none of the 21, and another region than the workbook's", () => {
    const grids = sampleWorkbook("Kalmar");
    setCell(grids, "Tabell 2", "A4", "Gotlands kommun län X");
    setCell(grids, "Tabell 3", "A5", "Västra Götalandsregionen");
    const result = validate(grids);
    expect(withCode(result, "REGION_UNKNOWN").map((f) => [f.sheet, f.cell])).toEqual([["Tabell 2", "A4"]]);
    const mismatch = withCode(result, "REGION_MISMATCH");
    expect(mismatch.map((f) => [f.sheet, f.cell, f.severity])).toEqual([["Tabell 3", "A5", "fel"]]);
    expect(mismatch[0].message).toContain("Västra Götaland");
    expect(mismatch[0].message).toContain("Kalmar");
  });

  it("checks table 8's region too", () => {
    const grids = sampleWorkbook("Kalmar");
    setCell(grids, "Tabell 8", "A5", "Kronoberg");
    expect(withCode(validate(grids), "REGION_MISMATCH").map((f) => [f.sheet, f.cell])).toEqual([["Tabell 8", "A5"]]);
  });
});

describe("placeholder row", () => {
  it("accepts the published placeholder rows, alone in their tables", () => {
    for (const region of ["Kalmar", "Örebro", "Jämtland Härjedalen", "Västmanland", "Blekinge"] as const) {
      expect(withCode(validate(sampleWorkbook(region)), "PLACEHOLDER_WITH_ROWS")).toEqual([]);
    }
  });

  it("rejects it next to real rows, pointing at the placeholder's activity cell", () => {
    const placeholder = { region: "Blekinge", activity: NO_ACTIVITIES_TEXT, outputs: "", effects: "", goals: "" };
    const found = withCode(validate(workbook("Blekinge", { 7: [sampleRow(1, 22), placeholder] })), "PLACEHOLDER_WITH_ROWS");
    expect(found.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["fel", "Tabell 7", "B5"]]);
  });
});

describe("duplicates", () => {
  it("warns about the row Blekinge published twice in table 1, at the second copy", () => {
    const result = validate(sampleWorkbook("Blekinge"));
    const found = withCode(result, "ROW_DUPLICATE");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "varning", sheet: "Tabell 1", table: 1 });
    const values = sheet(sampleWorkbook("Blekinge"), "Tabell 1").values;
    expect(values[found[0].row! - 1][1]).toBe(gestaltad.activity);
    expect(found[0].message).toMatch(/rad \d+/);
  });

  it("ignores case and white space, but not the same activity in two tables", () => {
    const shouting = { ...gestaltad, activity: `  ${gestaltad.activity.toUpperCase()} ` };
    expect(withCode(validate(workbook("Blekinge", { 1: [gestaltad, shouting] })), "ROW_DUPLICATE")).toHaveLength(1);
    expect(withCode(validate(workbook("Blekinge", { 1: [gestaltad], 2: [gestaltad] })), "ROW_DUPLICATE")).toEqual([]);
  });
});
