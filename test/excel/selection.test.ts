/** Following the selection: the selected row in one sync, and the workbook's selection event, as strict as Excel. */
import { onSelectionChanged, openWorkbook, readSelectedRow, type SelectedRow } from "../../src/excel";
import { MemoryWorkbook } from "../../src/testing";
import { sampleWorkbook } from "./workbooks";

/** Resolves with the next row delivered. */
function nextRow(rows: SelectedRow[]): Promise<SelectedRow> {
  const count = rows.length;
  return new Promise((resolve) => {
    const poll = () => (rows.length > count ? resolve(rows[rows.length - 1]) : setTimeout(poll, 1));
    poll();
  });
}

describe("the selected row", () => {
  test("is read with its values from column A, in one sync", async () => {
    const { workbook } = await sampleWorkbook("Blekinge");
    workbook.userSelect("Tabell 1", "C4");
    const row = await readSelectedRow(workbook.run);
    expect(workbook.syncCount).toBe(1);
    expect(row).toMatchObject({ sheet: "Tabell 1", row: 4, column: 3, address: "C4" });
    expect(row.values[0]).toBe("Blekinge");
    // Blekinge 1:22 in the seed: its Mål cell opens "Mål i RUS:".
    expect(String(row.values[4])).toMatch(/^Mål i RUS:\nStärkt attraktivitet särskilt för unga\./);
  });

  test("keeps a row's leading empty cells and gives an empty row as []", async () => {
    const workbook = new MemoryWorkbook(["Blad1"]);
    workbook.setValues("Blad1", "C2", [["x", null, "y"]]);
    workbook.userSelect("Blad1", "A2");
    expect((await readSelectedRow(workbook.run)).values).toEqual([null, null, "x", "", "y"]);
    workbook.userSelect("Blad1", "B9");
    expect((await readSelectedRow(workbook.run)).values).toEqual([]);
  });
});

describe("following the selection", () => {
  test("delivers each newly selected row with one sync per change, and stops", async () => {
    const { workbook } = await sampleWorkbook("Blekinge");
    const rows: SelectedRow[] = [];
    const stop = await onSelectionChanged(workbook.run, (row) => rows.push(row));
    expect(workbook.syncCount).toBe(1);
    expect(workbook.selectionHandlers.size).toBe(1);

    workbook.syncCount = 0;
    let next = nextRow(rows);
    workbook.userSelect("Tabell 2", "B5");
    expect((await next).address).toBe("B5");
    expect(workbook.syncCount).toBe(1);

    next = nextRow(rows);
    await openWorkbook(workbook.run).selectCell("Tabell 1", "E6"); // the add-in's own selection fires the event too
    expect((await next).address).toBe("E6");

    await stop();
    expect(workbook.selectionHandlers.size).toBe(0);
    workbook.userSelect("Tabell 3", "A4");
    await new Promise((r) => setTimeout(r, 20));
    expect(rows.map((r) => `${r.sheet}!${r.address}`)).toEqual(["Tabell 2!B5", "Tabell 1!E6"]);
  });

  test("a handler is registered only by the sync, as in Excel", async () => {
    const workbook = new MemoryWorkbook(["Blad1"]);
    await workbook.run(async (context) => {
      context.workbook.onSelectionChanged.add(async () => undefined);
      expect(workbook.selectionHandlers.size).toBe(0);
      await context.sync();
      expect(workbook.selectionHandlers.size).toBe(1);
    });
  });

  test("when the selection moves twice before Excel calls the handler, the older row is never delivered", async () => {
    const { workbook } = await sampleWorkbook("Blekinge");
    const rows: SelectedRow[] = [];
    await onSelectionChanged(workbook.run, (row) => rows.push(row));
    workbook.userSelect("Tabell 1", "A4");
    workbook.userSelect("Tabell 1", "A5");
    await nextRow(rows);
    await new Promise((r) => setTimeout(r, 30));
    // Each event reads the selection as it is when it runs: A5 (once or twice), never A4.
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.address))).toEqual(new Set(["A5"]));
  });
});
