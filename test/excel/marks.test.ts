import { trimGrid } from "../../src/core/grid";
import type { Finding } from "../../src/core/validation";
import { MARK_FILL, MARK_FORMULA, markFindings, openWorkbook, planMarks, readOpenWorkbook } from "../../src/excel";
import { marks, markedCells, sampleWorkbook } from "./workbooks";

/** Each finding's cell, with the colour it should have: an error's red wins over a warning's yellow. */
function expectedMarks(findings: readonly Finding[]): Map<string, string> {
  const expected = new Map<string, string>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    if (expected.get(key) !== MARK_FILL.fel) expected.set(key, MARK_FILL[f.severity]);
  }
  return expected;
}

describe("reading the open workbook", () => {
  test("returns every sheet's grid from A1, hidden sheets flagged, in three syncs: sheets, used areas, values", async () => {
    const { workbook, spec } = await sampleWorkbook("Blekinge");
    const grids = await readOpenWorkbook(workbook.run);
    expect(workbook.syncCount).toBe(3);
    expect(grids.map((g) => g.name)).toEqual(["Blad1", ...spec.sheets.map((s) => s.name)]);
    for (const sheet of spec.sheets) {
      const grid = grids.find((g) => g.name === sheet.name)!;
      expect(trimGrid(grid.values)).toEqual(trimGrid(sheet.values));
      expect(grid.hidden).toBe(Boolean(sheet.hidden));
    }
  });
});

describe("marking the findings' cells", () => {
  test("marks exactly the findings' cells, red for errors and yellow for warnings, in four syncs", async () => {
    const { workbook } = await sampleWorkbook("Blekinge");
    workbook.setValues("Tabell 1", "A4", [["Atlantis"]]);
    workbook.setValues("Tabell 2", "E5", [[""]]);
    const result = await openWorkbook(workbook.run).validate("sv");
    expect(workbook.syncCount).toBe(4);
    expect(result.findings.some((f) => f.sheet === "Tabell 1" && f.cell === "A4" && f.severity === "fel")).toBe(true);
    expect(result.findings.some((f) => f.sheet === "Tabell 2" && f.cell === "E5")).toBe(true);
    expect(markedCells(workbook)).toEqual(expectedMarks(result.findings));
    expect(markedCells(workbook).get("Tabell 1!A4")).toBe(MARK_FILL.fel);
    expect(markedCells(workbook).get("Tabell 1!D9")).toBe(MARK_FILL.varning);
    for (const sheet of workbook.sheets) for (const format of workbook.conditionalFormats(sheet.name)) expect(format.formula).toBe(MARK_FORMULA);
  });

  test("leaves the user's own fill and conditional formats as they were, through marking and unmarking", async () => {
    const { workbook } = await sampleWorkbook("Blekinge");
    workbook.setValues("Tabell 1", "A4", [["Atlantis"]]);
    workbook.setFormat("Tabell 1", "A4", { fill: "#00B0F0", bold: true });
    const own = [
      { range: "A4:E40", type: "Custom", formula: "=LEN(A4)>500", fill: "#E2EFDA" },
      { range: "B4:B40", type: "CellValue" },
    ];
    for (const format of own) workbook.addConditionalFormat("Tabell 1", format);
    const before = { ...workbook.cell("Tabell 1", "A4") };

    const pane = openWorkbook(workbook.run);
    await pane.validate("sv");
    expect(marks(workbook, "Tabell 1")).toContainEqual({ range: "A4", fill: MARK_FILL.fel });
    expect(workbook.cell("Tabell 1", "A4")).toEqual(before);

    workbook.setValues("Tabell 1", "A4", [["Blekinge"]]);
    await pane.validate("sv");
    expect(markedCells(workbook).has("Tabell 1!A4")).toBe(false);
    expect(workbook.cell("Tabell 1", "A4")).toEqual({ ...before, value: "Blekinge" });
    const userFormats = workbook.conditionalFormats("Tabell 1").filter((f) => f.formula !== MARK_FORMULA);
    expect(userFormats).toEqual([...own].reverse());
  });

  test("the next run removes the marks of fixed findings and keeps the others, never doubling a mark", async () => {
    const { workbook } = await sampleWorkbook("Blekinge");
    workbook.setValues("Tabell 1", "A4", [["Atlantis"]]);
    workbook.setValues("Tabell 5", "B4", [[""]]);
    const pane = openWorkbook(workbook.run);
    const first = await pane.validate("sv");
    expect(markedCells(workbook).has("Tabell 5!B4")).toBe(true);

    workbook.setValues("Tabell 5", "B4", [["Insatsen har nu ett namn"]]);
    workbook.syncCount = 0;
    const second = await pane.validate("sv");
    expect(workbook.syncCount).toBe(4);
    expect(second.findings.length).toBeLessThan(first.findings.length);
    expect(markedCells(workbook).has("Tabell 5!B4")).toBe(false);
    expect(markedCells(workbook)).toEqual(expectedMarks(second.findings));
  });

  test("finds its marks again on a renamed sheet", async () => {
    const { workbook } = await sampleWorkbook("Blekinge");
    const pane = openWorkbook(workbook.run);
    await pane.validate("sv");
    expect(marks(workbook, "Tabell 1").length).toBeGreaterThan(0);
    workbook.findSheet("Tabell 1")!.name = "Tabell 1 (gammal)";
    await pane.markFindings([]);
    expect(markedCells(workbook).size).toBe(0);
  });

  test("skips findings without a cell and on sheets that are gone, in four syncs", async () => {
    const { workbook } = await sampleWorkbook("Blekinge");
    const findings: Finding[] = [
      { code: "TABLE_MISSING", severity: "fel", message: "Tabell 9 saknas" },
      { code: "X", severity: "fel", message: "", sheet: "Borttaget blad", cell: "A1" },
      { code: "Y", severity: "varning", message: "", sheet: "Tabell 2", cell: "C7" },
      { code: "Z", severity: "fel", message: "", sheet: "tabell 2", cell: "c8" },
    ];
    await markFindings(workbook.run, findings);
    expect(workbook.syncCount).toBe(4);
    expect(markedCells(workbook)).toEqual(new Map([["Tabell 2!C7", MARK_FILL.varning], ["Tabell 2!C8", MARK_FILL.fel]]));
  });
});

describe("planning the marks", () => {
  const f = (sheet: string, cell: string, severity: Finding["severity"]): Finding => ({ code: "C", message: "", severity, sheet, cell });

  test("joins neighbouring cells down a column with the same severity; an error outranks a warning", () => {
    const plan = planMarks(
      [f("T", "E4", "varning"), f("T", "E5", "varning"), f("T", "E6", "varning"), f("T", "E6", "fel"), f("T", "E7", "varning"), f("T", "E9", "varning"), f("T", "A5", "fel"), f("T", "B2:C3", "fel")],
      ["T"]
    );
    expect(plan).toEqual([
      { sheet: "T", range: "A5", severity: "fel" },
      { sheet: "T", range: "E4:E5", severity: "varning" },
      { sheet: "T", range: "E6", severity: "fel" },
      { sheet: "T", range: "E7", severity: "varning" },
      { sheet: "T", range: "E9", severity: "varning" },
      { sheet: "T", range: "B2:C3", severity: "fel" },
    ]);
  });

  test("uses the workbook's spelling of the sheet name and ignores addresses it cannot read", () => {
    expect(planMarks([f("tabell 1", "a4", "fel"), f("Tabell 1", "not a cell", "fel")], ["Tabell 1"])).toEqual([{ sheet: "Tabell 1", range: "A4", severity: "fel" }]);
  });
});
