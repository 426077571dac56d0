/*
 * Cell text stays text through every writer into the open workbook: the template writer, the
 * master writer and setCellText. The in-memory workbook turns "=", "+", "-", "@" (and a leading
 * tab before them) into formulas in any cell not formatted as text, as Excel does
 * (strictness.test.ts shows it), so these tests fail if a writer forgets the text format.
 */
import { consolidate } from "../../src/core/consolidation";
import type { CellValue } from "../../src/core/grid";
import { buildTemplate } from "../../src/core/template";
import { setCellText, writeWorkbookSpec } from "../../src/excel";
import { MemoryWorkbook } from "../../src/testing";

const HOSTILE = ["=1+1", "+46 70 123", "-x", "@SUM(A1)", "\t=1+1"];
/** Not formulas, but Excel would still make numbers and dates of them. */
const NUMBER_LIKE = ["0046", "12%", "2023-12-31", "-5"];

/** Every cell of the workbook holding `text`, with its number format and formula. */
function cellsWith(workbook: MemoryWorkbook, text: CellValue) {
  return workbook.sheets.flatMap((sheet) =>
    [...sheet.cells].filter(([, cell]) => cell.value === text).map(([address, cell]) => ({ at: `${sheet.name}!${address}`, numberFormat: cell.numberFormat, formula: cell.formula }))
  );
}

function expectStoredAsText(workbook: MemoryWorkbook, texts: string[]): void {
  expect(workbook.formulaCells()).toEqual([]);
  for (const text of texts) {
    const cells = cellsWith(workbook, text);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).toEqual({ at: cell.at, numberFormat: "@", formula: undefined });
  }
}

/** A region's template whose every text field holds one of the strings, in every table. */
function hostileTemplate(texts: string[]) {
  const row = (i: number) => ({ region: "Blekinge", activity: `Insats ${i}`, outputs: texts[i % texts.length], effects: texts[(i + 1) % texts.length], goals: texts[(i + 2) % texts.length] });
  const rows = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [n, texts.map((_, i) => row(i))]));
  const table8 = [1, 2, 3, 4, 5, 6].map((q) => ({ question: q as 1, answer: null, text: texts[q % texts.length] }));
  return buildTemplate({ region: "Blekinge", year: 2023, created: "2024-01-15", contact: texts[0], rows, table8 });
}

describe("text that Excel would make a formula or a number stays text", () => {
  test("in the template written into the open workbook", async () => {
    const workbook = new MemoryWorkbook(["Blad1"]);
    await writeWorkbookSpec(workbook.run, hostileTemplate([...HOSTILE, ...NUMBER_LIKE]), { replaceExisting: false });
    expectStoredAsText(workbook, [...HOSTILE, ...NUMBER_LIKE]);
  });

  test("in the master written into the open workbook, from a regional workbook that holds it", async () => {
    const regional = hostileTemplate([...HOSTILE, ...NUMBER_LIKE]);
    const grids = regional.sheets.map((s) => ({ name: s.name, values: s.values, hidden: s.hidden }));
    const result = consolidate([{ file: "Blekinge.xlsx", grids }], { runDate: "2024-03-01", validate: false });
    const workbook = new MemoryWorkbook(["Blad1"]);
    await writeWorkbookSpec(workbook.run, result.spec, { replaceExisting: false });
    // Consolidation trims cell text, so "\t=1+1" arrives as "=1+1": as text all the same.
    const arrived = [...new Set([...HOSTILE, ...NUMBER_LIKE].map((t) => t.trim()))];
    expectStoredAsText(workbook, arrived);
    // Each string reached the master's tables 1–7, not only somewhere.
    for (const text of arrived) expect(cellsWith(workbook, text).some((c) => /^Tabell [1-7]!/.test(c.at))).toBe(true);
  });

  test("in a cell written with setCellText", async () => {
    const workbook = new MemoryWorkbook(["Tabell 1"]);
    const texts = [...HOSTILE, ...NUMBER_LIKE];
    for (const [i, text] of texts.entries()) await setCellText(workbook.run, "Tabell 1", `E${i + 4}`, text);
    expectStoredAsText(workbook, texts);
    expect(texts.map((_, i) => workbook.cell("Tabell 1", `E${i + 4}`)?.value)).toEqual(texts);
  });
});
