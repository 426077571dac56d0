/** How the master and the template print: the page setup and row heights each sheet gets from what it holds. */
import { MAX_ROW_POINTS, wrappedLines } from "../../src/core/printLayout";
import { buildTemplate } from "../../src/core/template";
import type { SheetSpec } from "../../src/core/workbookSpec";
import { consolidate } from "../../src/core/consolidation";
import { sampleWorkbook } from "./consolidation/helpers";
import { consolidatedSample, sample } from "./publication/fixture";

const master = consolidatedSample().spec;
const sheet = (name: string, sheets: SheetSpec[] = master.sheets) => sheets.find((s) => s.name === name)!;
/** The row (1-based) whose first cells are these headings, read from the sheet's own values. */
const rowOf = (spec: SheetSpec, ...cells: string[]) => spec.values.findIndex((row) => cells.every((c, i) => row[i] === c)) + 1;

describe("the master prints", () => {
  const tableSheets = master.sheets.filter((s) => /^Tabell \d+$/.test(s.name));

  test("every table sheet: A4 landscape, one page wide, its heading row on every page, page numbers in the footer", () => {
    expect(tableSheets).toHaveLength(8);
    for (const spec of tableSheets) {
      const heading = rowOf(spec, "Region");
      expect(heading).toBeGreaterThan(0);
      expect(spec.print).toEqual({
        orientation: "landscape",
        paperSize: "A4",
        fitToWidth: 1,
        titleRows: `${heading}:${heading}`,
        margins: expect.any(Object),
        footer: { left: "&A", right: "Sida &P av &N" },
      });
    }
  });

  test("rows are as tall as their text: at least a line per paragraph, never over Excel's 409 points", () => {
    const table1 = sheet("Tabell 1");
    const first = rowOf(table1, "Region") + 1;
    sample.tables["1"].forEach((row, i) => {
      const paragraphs = Math.max(...[row.activity, row.outputs, row.effects, row.goals].map((t) => t.split("\n").length));
      const height = table1.rowHeights?.[first + i] ?? 15;
      expect(height).toBeGreaterThanOrEqual(Math.min(MAX_ROW_POINTS, 15 * paragraphs));
      expect(height).toBeLessThanOrEqual(MAX_ROW_POINTS);
    });
    // Gotland's answer to question 4 (over 10,000 characters) takes the most Excel allows.
    const form = sheet("Tabell 8");
    const gotland4 = form.values.findIndex((r) => r[0] === "Gotland" && r[1] === "4") + 1;
    expect(form.rowHeights?.[gotland4]).toBe(MAX_ROW_POINTS);
  });

  test("Sammanställning: landscape, one page wide; its several sections' headings are not repeated over each other's pages", () => {
    const summary = sheet("Sammanställning");
    expect(summary.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: 1 });
    expect(summary.print?.titleRows).toBeUndefined();
  });

  test("Målöversikt, a region per column, prints two pages wide with its goal columns on each page", () => {
    const coverage = sheet("Målöversikt");
    expect(rowOf(coverage, "Ramverk", "Mål")).toBeGreaterThan(0);
    expect(coverage.print).toMatchObject({ fitToWidth: 2, titleColumns: "A:B" });
    // Two sections (the frameworks, then each region's RUS goals, under a title row of its own): as on
    // Sammanställning, the first section's heading is not repeated over the second's pages.
    expect(coverage.titleRows.length).toBeGreaterThan(1);
    expect(coverage.print?.titleRows).toBeUndefined();
  });

  test("Avvisat with rejected rows: landscape, its list's heading repeated", () => {
    const grids = sampleWorkbook("Blekinge");
    const inputs = [{ file: "Blekinge.xlsx", grids }];
    for (let i = 0; i < 10; i++) grids.find((g) => g.name === "Tabell 2")!.values.push(["Atlantis", `Insats ${i}`, "Prestation", "", "Mål 1"]);
    const rejected = sheet("Avvisat", consolidate(inputs, { validate: false }).spec.sheets);
    const heading = rowOf(rejected, "Fil", "Blad", "Rad");
    expect(rejected.print).toMatchObject({ orientation: "landscape", titleRows: `${heading}:${heading}` });
  });
});

describe("the regional template prints", () => {
  const template = buildTemplate({ region: "Blekinge", year: 2024, created: "2024-01-15" });

  test("every visible sheet landscape and one page wide; the hidden list sheet is left alone", () => {
    for (const spec of template.sheets) {
      if (spec.hidden) expect(spec.print).toBeUndefined();
      else expect(spec.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: 1 });
    }
  });

  test("the empty template's rows keep Excel's height; the heading row is as tall as its wrapped headings", () => {
    const table1 = sheet("Tabell 1", template.sheets);
    const heading = rowOf(table1, "Region");
    expect(Object.keys(table1.rowHeights ?? {}).map(Number)).toEqual([heading]);
    expect(table1.rowHeights![heading]).toBeGreaterThan(15 * 3);
  });
});

describe("wrappedLines", () => {
  test.each([
    ["", 20, 1],
    ["kort", 20, 1],
    ["en\ntvå\ntre", 40, 3],
    // 27.55 characters a line in a column 20 wide: 9 words of 5 fit 4 a line.
    ["ordet ordet ordet ordet ordet ordet ordet ordet ordet", 20, 3],
    // A word longer than the line is broken.
    ["a".repeat(60), 20, 3],
  ])("%j in width %d: %d lines", (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });

  /** The rule as first written, word by word on split strings: a second reader of the one-pass count. */
  function linesByWords(text: string, width: number, heading = false): number {
    const capacity = Math.max(1, (width - 1) * 1.45 * (heading ? 0.6 : 1));
    let lines = 0;
    for (const paragraph of text.split(/\r?\n/)) {
      let used = 0;
      lines++;
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        if (used && used + 1 + word.length > capacity) {
          lines++;
          used = 0;
        }
        if (word.length > capacity) {
          lines += Math.ceil(word.length / capacity) - 1;
          used = word.length % capacity;
        } else used += (used ? 1 : 0) + word.length;
      }
    }
    return lines;
  }

  test("every text of the 2023 sample, in every width the master uses, counts as word by word", () => {
    const texts = Object.values(sample.tables).flatMap((rows) => rows.flatMap((row) => Object.values(row).filter((v): v is string => typeof v === "string")));
    texts.push(...Object.values(sample.table8).flatMap((answers) => answers.map((a) => a.text)));
    texts.push(" \u00a0ord\r\nord\u2003ord\n\n", "\t", "ord\rord", "lång".repeat(30) + " kort");
    // Prose that takes the line-to-line jump: a space at a paragraph's ends, empty paragraphs, a word
    // longer than the line after short ones and before them, words that end exactly where a line does.
    texts.push(" ord ord ord ord ord ord ord ord ord \n\n ord ord ord ord ord ord ord ord ", "kort ord " + "x".repeat(70) + " och sedan fler korta ord efter det", "ord".repeat(7) + " " + "ordet ".repeat(20).trim());
    texts.push(...[10, 11, 12, 13, 16, 17, 26, 27, 28, 29].map((n) => Array.from({ length: 12 }, (_, i) => "a".repeat(1 + ((n + i) % 9))).join(" ")));
    texts.push("två  mellanslag  här och där i en text som är längre än en rad", "\n", " ", "slut\n");
    expect(texts.length).toBeGreaterThan(2000);
    for (const width of [9, 12, 20, 30, 45, 60]) {
      for (const text of texts) {
        for (const heading of [false, true]) if (wrappedLines(text, width, heading) !== linesByWords(text, width, heading)) throw new Error(`${JSON.stringify(text)} in ${width}`);
      }
    }
  });

  test("headings are bold: fewer characters a line", () => {
    expect(wrappedLines("Fråga nr", 9)).toBe(1);
    expect(wrappedLines("Fråga nr", 9, true)).toBe(2);
  });
});
