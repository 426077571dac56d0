import { snapshotOfSpec } from "../../src/core/snapshot";
import { buildTemplate, templateSheetNames } from "../../src/core/template";
import { existingSheetNames, writeWorkbookSpec } from "../../src/excel";
import { MemoryWorkbook } from "../../src/testing";
import { loadWorkbook, writeSpecToBuffer } from "../../src/xlsx";

const created = "2026-11-26";

describe("writing the template into the open workbook", () => {
  test("creates every sheet, heading, table and dropdown in two syncs", async () => {
    const workbook = new MemoryWorkbook(["Blad1"]);
    const spec = buildTemplate({ region: "Blekinge", year: 2023, created });
    await writeWorkbookSpec(workbook.run, spec, { replaceExisting: false });
    expect(workbook.syncCount).toBe(2);
    const snapshot = workbook.snapshot();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Blad1", ...templateSheetNames()]);
    expect({ sheets: snapshot.sheets.slice(1) }).toEqual(snapshotOfSpec(spec));
    expect(workbook.findSheet("Listor")?.visibility).toBe("Hidden");
    expect(workbook.activeSheet).toBe("Information");
  });

  test("agrees sheet for sheet with the template the CLI writes as a file", async () => {
    const spec = buildTemplate({ region: "Västra Götaland", year: 2024, created, contact: "Anna Andersson" });
    const workbook = new MemoryWorkbook([]);
    workbook.addSheet("Blad1");
    await writeWorkbookSpec(workbook.run, spec, { replaceExisting: false });
    const file = await loadWorkbook(await writeSpecToBuffer(spec), "mall.xlsx");
    expect({ sheets: workbook.snapshot().sheets.slice(1) }).toEqual(file.snapshot);
  });

  test("keeps text that looks like a formula as text", async () => {
    const workbook = new MemoryWorkbook();
    const hostile = { region: "Blekinge", activity: "=HYPERLINK(\"http://x\")", outputs: "+46 10 123", effects: "-", goals: "@mål" };
    const spec = buildTemplate({ region: "Blekinge", year: 2023, created, rows: { 1: [hostile] } });
    await writeWorkbookSpec(workbook.run, spec, { replaceExisting: false });
    expect(workbook.formulaCells()).toEqual([]);
    expect(workbook.cell("Tabell 1", "B4")?.value).toBe(hostile.activity);
    expect(workbook.cell("Tabell 1", "B4")?.numberFormat).toBe("@");
  });

  test("never overwrites existing sheets unless asked, and replaces them when asked", async () => {
    const workbook = new MemoryWorkbook(["Tabell 3"]);
    workbook.setValues("Tabell 3", "A1", [["mina egna anteckningar"]]);
    expect(await existingSheetNames(workbook.run, templateSheetNames())).toEqual(["Tabell 3"]);
    const spec = buildTemplate({ region: "Skåne", year: 2023, created });
    await expect(writeWorkbookSpec(workbook.run, spec, { replaceExisting: false })).rejects.toThrow(/Tabell 3/);
    expect(workbook.grid("Tabell 3")).toEqual([["mina egna anteckningar"]]);
    await writeWorkbookSpec(workbook.run, spec, { replaceExisting: true });
    expect(workbook.snapshot()).toEqual(snapshotOfSpec(spec));
  });

  test("replaces a whole earlier template, Excel tables and all, in two syncs", async () => {
    const workbook = new MemoryWorkbook(["Blad1"]);
    await writeWorkbookSpec(workbook.run, buildTemplate({ region: "Skåne", year: 2023, created }), { replaceExisting: false });
    workbook.syncCount = 0;
    const spec = buildTemplate({ region: "Kalmar", year: 2024, created });
    await writeWorkbookSpec(workbook.run, spec, { replaceExisting: true });
    expect(workbook.syncCount).toBe(2);
    expect({ sheets: workbook.snapshot().sheets.slice(1) }).toEqual(snapshotOfSpec(spec));
  });
});

describe("writing large workbooks", () => {
  const longText = "Insatsen har stärkt samverkan mellan kommuner, näringsliv och akademi. ".repeat(8);
  function bigSpec(rowsPerTable: number) {
    const rows = Array.from({ length: rowsPerTable }, (_, i) => ({ region: "Blekinge", activity: `Insats ${i + 1}: ${longText}`, outputs: longText, effects: longText, goals: "Agenda 2030: 7 Hållbar energi för alla" }));
    return buildTemplate({ region: "Blekinge", year: 2023, created, rows: { 1: rows, 2: rows, 3: rows, 4: rows, 5: rows, 6: rows, 7: rows } });
  }

  test("syncs do not grow with the number of rows, only with megabytes, and no request passes 5 MB", async () => {
    const small = new MemoryWorkbook();
    await writeWorkbookSpec(small.run, bigSpec(100), { replaceExisting: false });
    expect(small.syncCount).toBe(2);

    const large = new MemoryWorkbook();
    const spec = bigSpec(1000);
    await writeWorkbookSpec(large.run, spec, { replaceExisting: false });
    const megabytes = JSON.stringify(spec.sheets.map((s) => s.values)).length / 1e6;
    expect(megabytes).toBeGreaterThan(10);
    // One sync to look, then one per ~4 MB: values and their formats, nothing per row.
    expect(large.syncCount).toBeLessThanOrEqual(2 + Math.ceil((megabytes * 2) / 3.5));
    expect(large.largestRequestBytes).toBeLessThan(5_000_000);
    expect({ sheets: large.snapshot().sheets.slice(1) }).toEqual(snapshotOfSpec(spec));
  }, 120000);

  test("hidden columns and charts are written", async () => {
    const workbook = new MemoryWorkbook();
    const spec = buildTemplate({ region: "Blekinge", year: 2023, created });
    spec.sheets[1].hiddenColumns = [6, 7];
    spec.sheets[1].charts = [{ type: "bar", title: "Mål per region", dataRange: "A3:B5" }];
    await writeWorkbookSpec(workbook.run, spec, { replaceExisting: false });
    expect(workbook.hiddenColumns("Tabell 1")).toEqual([6, 7]);
    expect(workbook.charts("Tabell 1")).toEqual([{ type: "BarClustered", range: "A3:B5", seriesBy: "Columns", title: "Mål per region" }]);
  });
});

describe("writing in parts", () => {
  test("reports each sheet written and lets the event loop run between parts; the same sheets as in one go", async () => {
    const spec = buildTemplate({ region: "Kalmar", year: 2024, created: "2024-02-01" });
    const inParts = new MemoryWorkbook(["Blad1"]);
    const progress: string[] = [];
    let timerRan = -1;
    setTimeout(() => (timerRan = progress.length), 0);
    await writeWorkbookSpec(inParts.run, spec, { replaceExisting: false, partBytes: 2_000, onProgress: (done, total) => progress.push(`${done}/${total}`) });
    const n = spec.sheets.length;
    expect(progress).toEqual(Array.from({ length: n }, (_, i) => `${i + 1}/${n}`));
    // A task queued before the write ran before it ended (a click is answered the same way).
    expect(timerRan).toBeGreaterThanOrEqual(0);
    expect(timerRan).toBeLessThan(n);
    const inOne = new MemoryWorkbook(["Blad1"]);
    await writeWorkbookSpec(inOne.run, spec, { replaceExisting: false });
    for (const name of templateSheetNames()) expect(inParts.grid(name)).toEqual(inOne.grid(name));
    // More, smaller syncs than in one go.
    expect(inParts.syncCount).toBeGreaterThan(inOne.syncCount);
  });
});
