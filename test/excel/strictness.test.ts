/*
 * The in-memory workbook refuses what Excel on the web refuses. Expected codes and messages are
 * Microsoft's (the Excel error table and office.js's own strings), expected values are Excel's
 * (a date serial as Excel shows it, the number Excel keeps of "0046"), written out here rather
 * than taken from the fake.
 */
import { MemoryWorkbook } from "../../src/testing";

const LIMIT = 5_000_000;
const REQUEST_REFUSED = {
  name: "RichApi.Error",
  code: "RequestPayloadSizeLimitExceeded",
  message: 'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
};
const RESPONSE_REFUSED = {
  name: "RichApi.Error",
  code: "ResponsePayloadSizeLimitExceeded",
  message: 'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
};

/** rows × 5 cells of `length` copies of `ch`: about rows × 5 × length × (bytes of ch) bytes of JSON. */
function block(rows: number, length: number, ch = "x"): string[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: 5 }, (_, c) => `${r},${c}:${ch.repeat(length)}`));
}

describe("requests over 5 MB", () => {
  test("a sync that sends 5.5 MB of values fails as Excel fails it, and nothing is written", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    const values = block(100, 11_000); // 5,500,000 characters of x
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("T").getRange("A1:E100").values = values;
      await expect(context.sync()).rejects.toMatchObject({ ...REQUEST_REFUSED, httpStatusCode: 400, debugInfo: { code: REQUEST_REFUSED.code } });
    });
    expect(workbook.grid("T")).toEqual([]);
    expect(workbook.syncs).toEqual([expect.objectContaining({ failed: "RequestPayloadSizeLimitExceeded" })]);
    expect(workbook.largestRequestBytes).toBeGreaterThan(5_500_000);
  });

  test("4.5 MB in one sync goes through, and the counters say how much was sent", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    const values = block(100, 9_000);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("T").getRange("A1:E100").values = values;
      await context.sync();
    });
    expect(workbook.grid("T")).toEqual(values);
    expect(workbook.syncCount).toBe(1);
    expect(workbook.largestRequestBytes).toBeGreaterThan(4_500_000);
    expect(workbook.largestRequestBytes).toBeLessThan(LIMIT);
    expect(workbook.totalRequestBytes).toBe(workbook.largestRequestBytes);
  });

  test("bytes are UTF-8: 2.6 million å is 5.2 MB, though only 2.6 million characters", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("T").getRange("A1:E100").values = block(100, 5_200, "å");
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
  });

  test("many small operations add up: every call is part of the request", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("T");
      // 60,000 single-cell writes of a short text: little data, but 60,000 actions and objects.
      for (let row = 1; row <= 60_000; row++) sheet.getRange(`A${row}`).values = [["ok"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    });
  });
});

describe("responses over 5 MB", () => {
  test("loading 5.5 MB of values fails as Excel fails it; nothing loaded can be read", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    workbook.setText("T", "A1", block(100, 11_000));
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("T").getRange("A1:E100").load("values");
      const sheets = context.workbook.worksheets.load("items/name");
      await expect(context.sync()).rejects.toMatchObject(RESPONSE_REFUSED);
      expect(() => range.values).toThrow(/not available/);
      expect(() => sheets.items).toThrow(/not available/);
    });
    expect(workbook.largestResponseBytes).toBeGreaterThan(5_500_000);
    expect(workbook.largestRequestBytes).toBeLessThan(1_000);
  });

  test("two loads of 2.75 MB each fail together: the limit is per sync, not per range", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    workbook.setText("T", "A1", block(100, 11_000));
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("T");
      sheet.getRange("A1:E50").load("values");
      sheet.getRange("A51:E100").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
      const first = sheet.getRange("A1:E50").load("values");
      await context.sync();
      expect(first.values).toEqual(block(100, 11_000).slice(0, 50));
      const second = sheet.getRange("A51:E100").load("values");
      await context.sync();
      expect(second.values).toEqual(block(100, 11_000).slice(50));
    });
    expect(workbook.syncs.map((s) => s.failed ?? "ok")).toEqual(["ResponsePayloadSizeLimitExceeded", "ok", "ok"]);
    expect(workbook.syncs[1].responseBytes).toBeGreaterThan(2_750_000);
    expect(workbook.totalResponseBytes).toBe(workbook.syncs.reduce((n, s) => n + s.responseBytes, 0));
  });

  test("a read of more than 5,000,000 cells fails with RangeExceedsLimit", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("T").getRange().load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    });
  });
});

describe("values written to cells that are not text", () => {
  // What Excel keeps: [typed, value read back, formula or undefined].
  const cases: [string, string | number | boolean, string | undefined][] = [
    ["=1+1", "=1+1", "=1+1"],
    ["+46 70 123", "=+46 70 123", "=+46 70 123"],
    ["+46701234567", 46701234567, undefined],
    ["-5", -5, undefined],
    ["-x", "=-x", "=-x"],
    ["- en punkt", "=- en punkt", "=- en punkt"],
    ["@SUM(A1)", "=SUM(A1)", "=SUM(A1)"],
    ["\t=1+1", "=1+1", "=1+1"],
    ["\r\n+1+1", "=+1+1", "=+1+1"],
    [" =1+1", " =1+1", undefined],
    ["0046", 46, undefined],
    [" 12 ", 12, undefined],
    ["12%", 0.12, undefined],
    ["1,5", 1.5, undefined],
    ["2023-12-31", 45291, undefined],
    ["1900-03-01", 61, undefined],
    ["TRUE", true, undefined],
    ["-", "-", undefined],
    ["+", "+", undefined],
    ["@", "@", undefined],
    ["Blekinge", "Blekinge", undefined],
  ];

  test.each(cases)("%j is stored as %j", async (typed, value, formula) => {
    const workbook = new MemoryWorkbook(["T"]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("T").getRange("B2").values = [[typed]];
      await context.sync();
    });
    expect(workbook.cell("T", "B2")?.value).toBe(value);
    expect(workbook.cell("T", "B2")?.formula).toBe(formula);
    expect(workbook.formulaCells()).toEqual(formula ? ["T!B2"] : []);
  });

  test("a percentage and a date get the format Excel gives them", () => {
    const workbook = new MemoryWorkbook(["T"]);
    workbook.setValues("T", "A1", [["12%", "2023-12-31"]]);
    expect(workbook.cell("T", "A1")?.numberFormat).toBe("0%");
    expect(workbook.cell("T", "B1")?.numberFormat).toBe("yyyy-mm-dd");
  });

  test("a cell formatted as text keeps every one of them as the string it is", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    const typed = cases.map(([t]) => t);
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("T").getRange(`A1:A${typed.length}`);
      range.numberFormat = typed.map(() => ["@"]);
      range.values = typed.map((t) => [t]);
      await context.sync();
    });
    expect(workbook.formulaCells()).toEqual([]);
    expect(workbook.grid("T").map((row) => row[0])).toEqual(typed);
  });

  test("the format must come first: text written before the format is set is already a formula", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("T").getRange("A1");
      range.values = [["=1+1"]];
      range.numberFormat = [["@"]];
      await context.sync();
    });
    expect(workbook.formulaCells()).toEqual(["T!A1"]);
  });
});

describe("used ranges", () => {
  test("are the bounding box of the used cells, wherever it starts", async () => {
    const workbook = new MemoryWorkbook(["T"]);
    workbook.setValues("T", "C5", [["a"]]);
    workbook.setValues("T", "F20", [["b"]]);
    workbook.setValues("T", "D12", [[7]]);
    await workbook.run(async (context) => {
      const used = context.workbook.worksheets.getItem("T").getUsedRangeOrNullObject(true).load("isNullObject,address,rowIndex,columnIndex,rowCount,columnCount,values");
      await context.sync();
      expect([used.isNullObject, used.rowIndex, used.columnIndex, used.rowCount, used.columnCount]).toEqual([false, 4, 2, 16, 4]);
      expect(used.address).toBe("T!C5:F20");
      expect(used.values[0]).toEqual(["a", "", "", ""]);
      expect(used.values[15]).toEqual(["", "", "", "b"]);
      expect(used.values[7][1]).toBe(7);
    });
  });

  test("without valuesOnly, formatted cells count too; an empty sheet has none, or A1 from getUsedRange", async () => {
    const workbook = new MemoryWorkbook(["T", "Tom"]);
    workbook.setValues("T", "C5", [["a"]]);
    workbook.setFormat("T", "H30", { fill: "#FFFF00" });
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("T");
      const values = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
      const all = sheet.getUsedRangeOrNullObject(false).load("rowIndex,columnIndex,rowCount,columnCount");
      const empty = context.workbook.worksheets.getItem("Tom").getUsedRangeOrNullObject(true).load("isNullObject");
      const fallback = context.workbook.worksheets.getItem("Tom").getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      expect([values.rowIndex, values.columnIndex, values.rowCount, values.columnCount]).toEqual([4, 2, 1, 1]);
      expect([all.rowIndex, all.columnIndex, all.rowCount, all.columnCount]).toEqual([4, 2, 26, 6]);
      expect(empty.isNullObject).toBe(true);
      expect([fallback.rowIndex, fallback.columnIndex, fallback.rowCount, fallback.columnCount]).toEqual([0, 0, 1, 1]);
    });
  });
});

describe("sheet names", () => {
  const refused: [string, string][] = [
    ["", "empty"],
    ["x".repeat(32), "32 characters"],
    ["Tabell 1: Jämställdhet", ":"],
    ["Tabell\\1", "\\"],
    ["Tabell 1/2", "/"],
    ["Tabell 1?", "?"],
    ["Tabell *", "*"],
    ["Tabell [1]", "[ ]"],
    ["Tabell ]", "]"],
    ["'Tabell 1", "apostrophe first"],
    ["Tabell 1'", "apostrophe last"],
    ["History", "History"],
    ["history", "history in any case"],
  ];

  test.each(refused)("%j is refused on add and on rename (%s) with InvalidArgument", async (name) => {
    const workbook = new MemoryWorkbook(["Blad1"]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.add(name);
      await expect(context.sync()).rejects.toMatchObject({ name: "RichApi.Error", code: "InvalidArgument", message: "The argument is invalid or missing or has an incorrect format." });
      context.workbook.worksheets.getItem("Blad1").name = name;
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Blad1"]);
    expect(() => workbook.addSheet(name)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
  });

  test("31 characters, apostrophes inside and other punctuation are accepted", async () => {
    const workbook = new MemoryWorkbook(["Blad1"]);
    const names = ["x".repeat(31), "Pelles 'egna' blad", "Tabell 1 (2023) – Mål & medel", "~ersätts 1", "Historik"];
    await workbook.run(async (context) => {
      for (const name of names) context.workbook.worksheets.add(name);
      await context.sync();
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Blad1", ...names]);
  });

  test("a name in use, in any case, is refused on add and on rename with ItemAlreadyExists; a sheet may change its own case", async () => {
    const workbook = new MemoryWorkbook(["Tabell 1", "Tabell 2"]);
    await workbook.run(async (context) => {
      context.workbook.worksheets.add("TABELL 1");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      context.workbook.worksheets.getItem("Tabell 2").name = "tabell 1";
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      context.workbook.worksheets.getItem("Tabell 2").name = "TABELL 2";
      await context.sync();
    });
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Tabell 1", "TABELL 2"]);
    expect(() => new MemoryWorkbook(["Blad1", "blad1"])).toThrow(expect.objectContaining({ code: "ItemAlreadyExists" }));
  });
});
