/* Reading the open workbook in blocks that keep every response under Excel on the web's 5 MB. */
import { loadSheetList, loadUsedAreas, readOpenWorkbook, readUsedValues } from "../../src/excel";
import { MemoryWorkbook } from "../../src/testing";

const LIMIT = 5_000_000;

/** rows × columns cells of about `length` characters, each different. */
function texts(rows: number, columns: number, length: number): string[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => `r${r}c${c} ${"x".repeat(length)}`));
}

describe("reading the open workbook", () => {
  test("a used range that does not start at A1 comes back in place: rows above empty, cells to the left null", async () => {
    const workbook = new MemoryWorkbook(["Blad1", "T"]);
    workbook.setValues("T", "C5", [["a", "b"], ["c", "d"]]);
    workbook.setValues("T", "E9", [["e"]]);
    const grids = await readOpenWorkbook(workbook.run);
    expect(grids).toEqual([
      { name: "Blad1", values: [], hidden: false },
      {
        name: "T",
        hidden: false,
        values: [[], [], [], [], [null, null, "a", "b", ""], [null, null, "c", "d", ""], [null, null, "", "", ""], [null, null, "", "", ""], [null, null, "", "", "e"]],
      },
    ]);
    expect(workbook.syncCount).toBe(3);
  });

  test("an empty workbook takes two syncs and no values", async () => {
    const workbook = new MemoryWorkbook(["Blad1", "Blad2"]);
    expect(await readOpenWorkbook(workbook.run)).toEqual([
      { name: "Blad1", values: [], hidden: false },
      { name: "Blad2", values: [], hidden: false },
    ]);
    expect(workbook.syncCount).toBe(2);
  });

  test("values far longer than the first guess: the refused sync is split and sent again, nothing lost", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    const values = texts(400, 5, 4_000); // about 8 MB, twenty times the first guess per cell
    workbook.setText("T", "A1", values);
    const grids = await readOpenWorkbook(workbook.run);
    expect(grids[0].values).toEqual(values);
    const refused = workbook.syncs.filter((s) => s.failed);
    expect(refused.map((s) => s.failed)).toEqual(["ResponsePayloadSizeLimitExceeded"]);
    expect(Math.max(...workbook.syncs.filter((s) => !s.failed).map((s) => s.responseBytes))).toBeLessThan(LIMIT);
    // Sheets, used areas, the refused sync, then the 8 MB in syncs of at most 5 MB.
    expect(workbook.syncCount).toBeLessThanOrEqual(3 + Math.ceil(8_100_000 / 2_500_000));
  });

  test("a row longer than one response can carry is read in pieces of columns", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    const values = texts(2, 1_000, 6_000); // two rows of about 6 MB each
    workbook.setText("T", "B2", values);
    const grids = await readOpenWorkbook(workbook.run);
    expect(grids[0].values.slice(1).map((row) => row.slice(1))).toEqual(values);
    expect(workbook.syncs.filter((s) => s.failed).length).toBeLessThanOrEqual(1);
    expect(Math.max(...workbook.syncs.filter((s) => !s.failed).map((s) => s.responseBytes))).toBeLessThan(LIMIT);
    // 12 MB cannot come back in fewer than three syncs of values.
    expect(workbook.syncs.filter((s) => !s.failed).length).toBeGreaterThanOrEqual(2 + 3);
  });

  test("a smaller budget splits the same way, for callers that want smaller syncs", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    const values = texts(20, 10, 2_000); // 20 kB a row
    workbook.setText("T", "B2", values);
    const grids = await workbook.run(async (context) => {
      const sheets = loadSheetList(context);
      await context.sync();
      const areas = loadUsedAreas(sheets.items);
      await context.sync();
      return readUsedValues(context, sheets.items, areas, { budget: 10_000 });
    });
    expect(grids[0].values.slice(1).map((row) => row.slice(1))).toEqual(values);
    // After the first sync has shown how long the cells are, none brings back much more than the budget.
    expect(Math.max(...workbook.syncs.slice(3).map((s) => s.responseBytes))).toBeLessThan(12_000);
  });

  test("several sheets share a sync when they fit", async () => {
    const workbook = new MemoryWorkbook(["A", "B", "C"]);
    for (const name of ["A", "B", "C"]) workbook.setText(name, "A1", texts(50, 5, 100));
    const grids = await readOpenWorkbook(workbook.run);
    expect(grids.map((g) => g.values)).toEqual([texts(50, 5, 100), texts(50, 5, 100), texts(50, 5, 100)]);
    expect(workbook.syncCount).toBe(3);
  });
});
