/* The in-memory workbook keeps Office.js's rules for what the adapter tests rely on: queued until sync, loaded before read. */
import { MemoryWorkbook } from "../../src/testing";

describe("the in-memory workbook's conditional formats, links and active cell", () => {
  test("a conditional format is added at sync, at the top priority, and must be loaded to be seen", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    workbook.addConditionalFormat("T", { range: "A1:A9", type: "CellValue" });
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("T").getRange("A2");
      const added = range.conditionalFormats.add("Custom");
      added.custom.rule.formula = "=TRUE";
      added.custom.format.fill.color = "#FFC7CE";
      expect(workbook.conditionalFormats("T")).toHaveLength(1);
      const all = context.workbook.worksheets.getItem("T").getRange().conditionalFormats.load("items/type");
      expect(() => all.items).toThrow(/not available/);
      await context.sync();
      expect(all.items.map((f) => f.type)).toEqual(["Custom", "CellValue"]);
      expect(() => all.items[0].custom.rule.formula).toThrow(/not available/);
      expect(() => all.items[0].priority).toThrow(/not available/);
    });
    expect(workbook.conditionalFormats("T")).toEqual([{ range: "A2", type: "Custom", formula: "=TRUE", fill: "#FFC7CE" }, { range: "A1:A9", type: "CellValue" }]);
  });

  test("only formats that intersect the range are listed; a non-custom format has no custom rule", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    workbook.addConditionalFormat("T", { range: "A1:A9", type: "CellValue" });
    workbook.addConditionalFormat("T", { range: "C3", type: "Custom", formula: "=1" });
    await workbook.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("T").getRange("B1:C2").conditionalFormats.load("items/type");
      await context.sync();
      expect(formats.items).toHaveLength(0);
      const column = context.workbook.worksheets.getItem("T").getRange("A5").conditionalFormats.load("items/type");
      await context.sync();
      column.items[0].custom.rule.load("formula");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });

  test("a deleted format is gone at sync, and deleting it again fails", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    workbook.addConditionalFormat("T", { range: "A1", type: "Custom", formula: "=1" });
    await workbook.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("T").getRange().conditionalFormats.load("items/type");
      await context.sync();
      formats.items[0].delete();
      expect(workbook.conditionalFormats("T")).toHaveLength(1);
      await context.sync();
      expect(workbook.conditionalFormats("T")).toHaveLength(0);
      formats.items[0].delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("a hyperlink is set at sync, on one cell, and shows its text", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    await workbook.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("T").getRange("B2");
      cell.hyperlink = { documentReference: "'T'!A1", textToDisplay: "A1" };
      expect(workbook.hyperlink("T", "B2")).toBeUndefined();
      await context.sync();
      context.workbook.worksheets.getItem("T").getRange("B2:B3").hyperlink = { documentReference: "'T'!A1" };
      await expect(context.sync()).rejects.toThrow(/single cells/);
    });
    expect(workbook.hyperlink("T", "B2")).toEqual({ documentReference: "'T'!A1", textToDisplay: "A1" });
    expect(workbook.grid("T")).toEqual([["", ""], ["", "A1"]]);
  });

  test("the active cell follows a selection made earlier in the same batch, and needs loading", async () => {
    const workbook = new MemoryWorkbook(["T", "U"]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("U").getRange("C4:D5").select();
      const active = context.workbook.getActiveCell().load("rowIndex,columnIndex");
      expect(() => active.rowIndex).toThrow(/not available/);
      await context.sync();
      expect([active.rowIndex, active.columnIndex]).toEqual([3, 2]);
    });
  });
});
