/*
 * A 7,000-row workbook (the published 2023 rows of data/sample-2023.json, repeated to 1,000 rows
 * in each of tables 1–7) read and validated within Excel on the web's 5 MB limits. The oracle
 * is the rows put in: read straight from the JSON file here, not from anything the adapter
 * returns; the byte figures are this file's own count of the values' JSON.
 */
import * as fs from "fs";
import * as path from "path";
import { trimGrid } from "../../src/core/grid";
import { buildTemplate, HEADER_ROW } from "../../src/core/template";
import { validateFromRibbon } from "../../src/commands/validate";
import { REPORT_SHEET } from "../../src/core/validation";
import { readOpenWorkbook, writeWorkbookSpec } from "../../src/excel";
import { MemoryWorkbook } from "../../src/testing";

const LIMIT = 5_000_000;
const ROWS_PER_TABLE = 1000;

interface SampleRow {
  region: string;
  activity: string;
  outputs: string;
  effects: string;
  goals: string;
}
const sample: { tables: Record<string, SampleRow[]> } = JSON.parse(fs.readFileSync(path.join(__dirname, "../../data/sample-2023.json"), "utf8"));

/** Table n's published rows, all regions', as Blekinge's, repeated to `count` rows; copies numbered so no two rows are alike. */
function rowsOf(table: number, count: number): SampleRow[] {
  const published = sample.tables[String(table)];
  return Array.from({ length: count }, (_, i) => {
    const row = published[i % published.length];
    const copy = Math.floor(i / published.length);
    return { region: "Blekinge", activity: copy ? `${row.activity} (${copy + 1})` : row.activity, outputs: row.outputs, effects: row.effects, goals: row.goals };
  });
}

const tables = [1, 2, 3, 4, 5, 6, 7];
const rows = Object.fromEntries(tables.map((n) => [n, rowsOf(n, ROWS_PER_TABLE)]));
/** Columns A–E of tables 1–7 as PRODUCT.md lists them: Region, activity, outputs, effects, goals. */
const asCells = (row: SampleRow) => [row.region, row.activity, row.outputs, row.effects, row.goals];
const utf8 = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");
/** The bytes of the table rows' values alone: a floor for what any read must bring back. */
const tableBytes = tables.reduce((n, t) => n + utf8(rows[t].map(asCells)), 0);

async function largeWorkbook(): Promise<{ workbook: MemoryWorkbook; spec: ReturnType<typeof buildTemplate> }> {
  const workbook = new MemoryWorkbook(["Blad1"]);
  const spec = buildTemplate({ region: "Blekinge", year: 2023, rows, created: "2024-01-15" });
  await writeWorkbookSpec(workbook.run, spec, { replaceExisting: false });
  expect(workbook.syncs.filter((s) => s.failed)).toEqual([]);
  expect(workbook.largestRequestBytes).toBeLessThan(LIMIT);
  workbook.resetCounters();
  return { workbook, spec };
}

function expectWithinLimits(workbook: MemoryWorkbook): void {
  expect(workbook.syncs.filter((s) => s.failed)).toEqual([]);
  expect(workbook.largestRequestBytes).toBeLessThan(LIMIT);
  expect(workbook.largestResponseBytes).toBeLessThan(LIMIT);
}

describe("a 7,000-row workbook", () => {
  test("is more than one response can carry", () => {
    expect(tables.reduce((n, t) => n + rows[t].length, 0)).toBe(7000);
    expect(tableBytes).toBeGreaterThan(LIMIT);
  });

  test("is read in a few syncs, none over 5 MB, and the grids read are the rows put in", async () => {
    const { workbook, spec } = await largeWorkbook();
    const grids = await readOpenWorkbook(workbook.run);

    expectWithinLimits(workbook);
    // Two syncs to find the sheets and their used areas, then the values: at least one sync per
    // 5 MB (the limit), at most one per 3 MB (a budget that wasted a quarter of each would still do).
    const valueSyncs = workbook.syncCount - 2;
    expect(valueSyncs).toBeGreaterThanOrEqual(Math.ceil(tableBytes / LIMIT));
    expect(valueSyncs).toBeLessThanOrEqual(Math.ceil(tableBytes / 3_000_000));
    expect(workbook.totalResponseBytes).toBeGreaterThan(tableBytes);

    for (const t of tables) {
      const grid = grids.find((g) => g.name === `Tabell ${t}`)!.values;
      const data = grid.slice(HEADER_ROW).filter((row) => row.some((v) => v !== "" && v !== null)).map((row) => row.slice(0, 5));
      expect(data).toEqual(rows[t].map(asCells));
    }
    for (const sheet of spec.sheets) expect(trimGrid(grids.find((g) => g.name === sheet.name)!.values)).toEqual(trimGrid(sheet.values));
  }, 60000);

  test("is validated from the ribbon in a few syncs, none over 5 MB, with its marks and report", async () => {
    const { workbook } = await largeWorkbook();
    // A few broken rows, so there is something to mark.
    workbook.setText("Tabell 1", `A${HEADER_ROW + 1}`, [["Atlantis"]]);
    workbook.setText("Tabell 3", `C${HEADER_ROW + 10}`, [[""]]);
    const result = await validateFromRibbon(workbook.run, new Date(2026, 10, 26, 14, 3));

    expectWithinLimits(workbook);
    // Three syncs of small loads (the sheets, their used areas and formats, …), the values as above,
    // and the marks and the report sheet, whose request grows with the number of findings.
    // Writing syncs send more than they get back (the new marks' ids come back with them).
    const written = workbook.syncs.filter((s) => s.requestBytes > s.responseBytes).reduce((n, s) => n + s.requestBytes, 0);
    expect(workbook.syncCount).toBeGreaterThanOrEqual(2 + Math.ceil(tableBytes / LIMIT) + Math.ceil(written / LIMIT));
    expect(workbook.syncCount).toBeLessThanOrEqual(2 + Math.ceil(tableBytes / 3_000_000) + Math.ceil(written / 3_000_000));
    expect(result.findings.some((f) => f.sheet === "Tabell 1" && f.cell === `A${HEADER_ROW + 1}`)).toBe(true);
    expect(result.findings.some((f) => f.sheet === "Tabell 3" && f.cell === `C${HEADER_ROW + 10}`)).toBe(true);
    expect(workbook.grid(REPORT_SHEET)).toHaveLength(result.findings.length + 2);
  }, 60000);
});
