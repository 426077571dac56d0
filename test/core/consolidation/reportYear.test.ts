/**
 * The report year the regions' information sheets state, carried into the master's Sammanställning
 * and read back from it (the publication's title year without --year, the next run's fallback).
 * The sample workbooks are the 2023 report: each information sheet says "År 2023".
 */
import { commonYear, consolidate, consolidationText, masterReportYear, REPORT_YEAR_LABEL } from "../../../src/core/consolidation";
import type { SheetGrid } from "../../../src/core/grid";
import { publicationYear, readMasterContent } from "../../../src/core/publication";
import { SUMMARY_SHEET } from "../../../src/core/sheets";
import { fileOf, gridsOf, sampleInputs, text } from "./helpers";

/** The workbook with its information sheet's År cell set to `year` (the cell found by its label, as a person would). */
function withYear(grids: SheetGrid[], year: number | string): SheetGrid[] {
  return grids.map((g) => {
    const r = g.values.findIndex((row) => text(row[0]) === "År");
    if (r < 0) return g;
    const values = g.values.map((row) => [...row]);
    values[r][1] = year;
    return { ...g, values };
  });
}

const summaryRow = (grids: SheetGrid[], label: string) => grids.find((g) => g.name === SUMMARY_SHEET)!.values.find((row) => text(row[0]) === label);

test("the year most workbooks state; a tie goes to the later year; none without one", () => {
  expect(commonYear([2023, 2023, 2022])).toBe(2023);
  expect(commonYear([2022, 2023])).toBe(2023);
  expect(commonYear([])).toBeUndefined();
});

test("the 21 sample workbooks: Redovisningsår 2023 on Sammanställning, in the result, and read back from the master", () => {
  const result = consolidate(sampleInputs(), { runDate: "2024-03-01" });
  expect(result.reportYear).toBe(2023);
  const master = gridsOf(result);
  expect(summaryRow(master, REPORT_YEAR_LABEL)?.[1]).toBe(2023);
  expect(masterReportYear(master)).toBe(2023);
  expect(readMasterContent(master).reportYear).toBe(2023);
  // No file is told its year differs.
  expect(result.files.flatMap((f) => f.notes).filter((n) => n.code === "year-differs")).toEqual([]);
});

test("a workbook that states another year is consolidated, and told so in Swedish and English", () => {
  const inputs = sampleInputs(["Blekinge", "Dalarna", "Gotland"]);
  inputs[1] = { ...inputs[1], grids: withYear((inputs[1] as { grids: SheetGrid[] }).grids, 2022) };
  const result = consolidate(inputs, { runDate: "2024-03-01" });
  expect(result.reportYear).toBe(2023);
  const dalarna = result.files.find((f) => f.file === fileOf("Dalarna"))!;
  expect(dalarna.status).toBe("used");
  expect(dalarna.messages).toContain("Informationsbladet anger redovisningsåret 2022; de flesta arbetsböckerna anger 2023, som sammanställningen gäller.");
  const note = dalarna.notes.find((n) => n.code === "year-differs")!;
  expect(consolidationText("en").note(note)).toBe("The information sheet gives the report year 2022; most workbooks give 2023, the year the master is for.");
  expect(result.files.filter((f) => f.notes.some((n) => n.code === "year-differs")).map((f) => f.file)).toEqual([fileOf("Dalarna")]);
});

test("no workbook states a year: no Redovisningsår row, unless the previous master has one", () => {
  const inputs = sampleInputs(["Blekinge", "Gotland"]).map((i) => ({ ...i, grids: withYear((i as { grids: SheetGrid[] }).grids, "") }));
  const alone = consolidate(inputs, { runDate: "2024-03-01" });
  expect(alone.reportYear).toBeUndefined();
  expect(summaryRow(gridsOf(alone), REPORT_YEAR_LABEL)).toBeUndefined();
  expect(masterReportYear(gridsOf(alone))).toBeUndefined();
  const previous = gridsOf(consolidate(sampleInputs(["Kalmar"]), { runDate: "2024-02-01" }));
  expect(consolidate(inputs, { previous, runDate: "2024-03-01" }).reportYear).toBe(2023);
});

test("the publication's year: the one asked for, else the master's, else the fallback", () => {
  const recorded = readMasterContent(gridsOf(consolidate(sampleInputs(["Kalmar"]), { runDate: "2024-03-01" })));
  const noYear = sampleInputs(["Kalmar"]).map((i) => ({ ...i, grids: withYear((i as { grids: SheetGrid[] }).grids, "") }));
  const without = readMasterContent(gridsOf(consolidate(noYear, { runDate: "2024-03-01" })));
  expect(publicationYear(recorded, 2021)).toEqual({ year: 2021, from: "asked" });
  expect(publicationYear(recorded)).toEqual({ year: 2023, from: "master" });
  expect(publicationYear(without, undefined, 2019)).toEqual({ year: 2019, from: "default" });
  expect(publicationYear(without)).toEqual({ year: new Date().getFullYear() - 1, from: "default" });
});
