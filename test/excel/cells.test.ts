import { getSelectedCell, openWorkbook, selectCell, setCellText } from "../../src/excel";
import { MemoryWorkbook } from "../../src/testing";

describe("one cell at a time", () => {
  test("selectCell activates the sheet and selects the cell, in one sync", async () => {
    const workbook = new MemoryWorkbook(["Information", "Tabell 3"]);
    await selectCell(workbook.run, "Tabell 3", "E7");
    expect(workbook.syncCount).toBe(1);
    expect(workbook.activeSheet).toBe("Tabell 3");
    expect(workbook.selection).toEqual({ sheet: "Tabell 3", address: "E7" });
  });

  test("getSelectedCell gives the active cell's sheet, row, column and address, in one sync", async () => {
    const workbook = new MemoryWorkbook(["Information", "Tabell 3"]);
    const pane = openWorkbook(workbook.run);
    expect(await pane.getSelectedCell()).toEqual({ sheet: "Information", row: 1, column: 1, address: "A1" });
    await pane.selectCell("Tabell 3", "AB12:AC20");
    workbook.syncCount = 0;
    expect(await getSelectedCell(workbook.run)).toEqual({ sheet: "Tabell 3", row: 12, column: 28, address: "AB12" });
    expect(workbook.syncCount).toBe(1);
  });

  test("selecting a cell on a sheet that is gone says so in Swedish", async () => {
    const workbook = new MemoryWorkbook(["Information"]);
    await expect(selectCell(workbook.run, "Tabell 3", "E7")).rejects.toThrow('Bladet "Tabell 3" finns inte i arbetsboken.');
  });

  test("setCellText keeps text that looks like a formula as text, in one sync", async () => {
    const workbook = new MemoryWorkbook(["Tabell 1"]);
    await setCellText(workbook.run, "Tabell 1", "E4", "=SUMMA(A1)");
    expect(workbook.syncCount).toBe(1);
    expect(workbook.formulaCells()).toEqual([]);
    expect(workbook.cell("Tabell 1", "E4")).toMatchObject({ value: "=SUMMA(A1)", numberFormat: "@" });
    for (const text of ["+46 10 123", "-", "@mål"]) await openWorkbook(workbook.run).setCellText("Tabell 1", "E5", text);
    expect(workbook.cell("Tabell 1", "E5")?.value).toBe("@mål");
  });

  test("without the text format first, the in-memory workbook makes a formula, as Excel would", () => {
    const workbook = new MemoryWorkbook(["Tabell 1"]);
    workbook.setValues("Tabell 1", "A1", [["=SUMMA(A1)"]]);
    expect(workbook.formulaCells()).toEqual(["Tabell 1!A1"]);
  });
});
