/**
 * What consolidation hands validation so nothing is worked out twice (ValidationOptions.references),
 * and the duplicates rule's cheaper first key: the findings must be exactly those without them.
 */
import { consolidate, goalCoverage } from "../../../src/core/consolidation";
import type { Region } from "../../../src/core/regions";
import { loadTaxonomy, type Reference } from "../../../src/core/taxonomy";
import { referenceMemo, type ReferenceMemo } from "../../../src/core/validation";
import { sampleInputs } from "../consolidation/helpers";
import { sampleRow, sampleWorkbook, validate, withCode, workbook } from "./helpers";

const taxonomy = loadTaxonomy();

/** A memo that counts what it is asked and what it has to recognise. */
function counting(memo: ReferenceMemo) {
  const asked: string[] = [];
  const seen = new Set<string>();
  let recognised = 0;
  const spy: ReferenceMemo = {
    taxonomy: memo.taxonomy,
    of(text: string, region: Region | null): Reference[] {
      asked.push(text);
      const key = `${region}\u0000${text}`;
      if (!seen.has(key)) {
        seen.add(key);
        recognised++;
      }
      return memo.of(text, region);
    },
  };
  return { spy, asked, recognised: () => recognised };
}

describe("references handed over to validation", () => {
  const regions: Region[] = ["Stockholm", "Blekinge", "Norrbotten", "Västernorrland"];

  it("gives the same findings as validation recognising its own, and is asked for the Mål cells", () => {
    for (const region of regions) {
      const grids = sampleWorkbook(region);
      const own = validate(grids, { taxonomy });
      const { spy, asked } = counting(referenceMemo(taxonomy));
      expect(validate(grids, { taxonomy, references: spy })).toEqual(own);
      expect(asked.length).toBeGreaterThan(0);
    }
  });

  it("recognises a text seen before only once, and the same text of another region again", () => {
    const memo = referenceMemo(taxonomy);
    const text = sampleRow(1, 2601).goals;
    const first = memo.of(text, "Stockholm");
    expect(memo.of(text, "Stockholm")).toBe(first);
    expect(memo.of(text, null)).not.toBe(first);
  });

  it("is not used for a workbook whose Mål sheet extends the taxonomy, nor for another taxonomy", () => {
    const blekinge = { ...sampleRow(1, 22), goals: "Mål i RUS: Fler glada besökare i skärgården" };
    const grids = workbook("Blekinge", { 1: [blekinge] });
    grids.push({ name: "Mål", values: [["Region", "Typ", "Namn"], ["Blekinge", "Mål", "Fler glada besökare i skärgården"]] });
    const own = validate(grids, { taxonomy });
    const { spy, asked } = counting(referenceMemo(taxonomy));
    expect(validate(grids, { taxonomy, references: spy })).toEqual(own);
    expect(asked).toEqual([]);
    expect(withCode(own, "RUS_GOAL_UNKNOWN")).toEqual([]);

    const other = counting(referenceMemo(loadTaxonomy()));
    const plain = sampleWorkbook("Stockholm");
    expect(validate(plain, { taxonomy, references: other.spy })).toEqual(validate(plain, { taxonomy }));
    expect(other.asked).toEqual([]);
  });

  it("lets goal coverage reuse what validation recognised, with the same lines", () => {
    const result = consolidate(sampleInputs(regions), { taxonomy });
    const rows = [1, 2, 3, 4, 5, 6, 7].flatMap((n) => result.master.activity[n as 1]);
    const own = goalCoverage(rows, taxonomy);
    const memo = referenceMemo(taxonomy);
    for (const row of rows) memo.of(row.values.goals, row.region);
    const { spy, recognised } = counting(memo);
    expect(goalCoverage(rows, taxonomy, spy)).toEqual(own);
    // A memo for another taxonomy is not used; the lines are the same.
    expect(goalCoverage(rows, taxonomy, referenceMemo(loadTaxonomy()))).toEqual(own);
    expect(recognised()).toBeGreaterThan(0);
  });
});

describe("duplicates, grouped by activity first", () => {
  const gestaltad = sampleRow(1, 22);

  it("compares the whole row of rows sharing an activity, and names the first copy", () => {
    const other = { ...gestaltad, goals: `${gestaltad.goals} Agenda 2030 mål 11` };
    const spaced = { ...gestaltad, activity: `${gestaltad.activity.toUpperCase()}.`, effects: ` ${gestaltad.effects}\n` };
    const found = withCode(validate(workbook("Blekinge", { 1: [other, gestaltad, spaced, other] })), "ROW_DUPLICATE");
    // Rows 4–7: the fifth (row 6) repeats row 5; the last (row 7) repeats the first (row 4).
    expect(found.map((f) => [f.row, f.message.match(/rad (\d+)/)?.[1]])).toEqual([
      [6, "5"],
      [7, "4"],
    ]);
  });

  it("finds nothing among rows with different activities", () => {
    const rows = [1, 2, 3].map((n) => ({ ...gestaltad, activity: `${gestaltad.activity} ${n}` }));
    expect(withCode(validate(workbook("Blekinge", { 1: rows })), "ROW_DUPLICATE")).toEqual([]);
  });
});
