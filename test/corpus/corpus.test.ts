/**
 * Every workbook of the corpus (test/corpus/shapes.ts: shapes regions really send, not our template)
 * consolidates with every row placed, table 8 included, and nothing rejected that a person would
 * place. Counts come from each workbook's own manifest; the nothing-lost oracle reads the raw grids.
 */
import { consolidate } from "../../src/core/consolidation";
import { expectNothingLost } from "../support/nothingLost";
import { corpus } from "./shapes";

const workbooks = corpus();

describe("the corpus of regional workbooks", () => {
  it("has at least twelve shapes, each from another region's 2023 rows", () => {
    expect(workbooks.length).toBeGreaterThanOrEqual(12);
    expect(new Set(workbooks.map((w) => w.region)).size).toBe(workbooks.length);
  });

  describe.each(workbooks.map((w) => [w.shape, w] as const))("%s", (_, w) => {
    const inputs = [{ file: w.file, grids: w.grids }];
    const result = consolidate(inputs);
    const file = result.files[0];

    it("loses nothing: every row of the manifest in the master or, with a reason, in Avvisat", () => {
      const { units } = expectNothingLost(inputs, result, { manifest: new Map([[w.file, w.manifest]]) });
      expect(file.rowsRead).toBe(units);
    });

    it(`places every row under ${w.region}: the published counts per table and table 8's answers`, () => {
      expect(file).toMatchObject({ status: "used", region: w.region });
      const placed = Object.fromEntries(Object.keys(w.expected.tables).map((n) => [n, result.master.activity[Number(n)].length]));
      expect(placed).toEqual(w.expected.tables);
      expect(result.master.form.flatMap((e) => e.answers)).toHaveLength(w.expected.answers);
      expect(result.rejected.map((r) => `${r.sheet}!${r.row} ${r.code}`)).toHaveLength(w.expected.rejected);
    });

    if (w.expected.yesNo) {
      it("takes each Ja/Nej from wherever the region wrote it", () => {
        const given = Object.fromEntries(result.master.form[0].answers.filter((a) => a.answer).map((a) => [a.question, a.answer]));
        expect(given).toEqual(w.expected.yesNo);
      });
    }
  });

  it("consolidates all together: every region of the corpus received, the reconciliation adds up", () => {
    const inputs = workbooks.map((w) => ({ file: w.file, grids: w.grids }));
    const result = consolidate(inputs);
    expectNothingLost(inputs, result, { manifest: new Map(workbooks.map((w) => [w.file, w.manifest])) });
    expect(result.files.every((f) => f.status === "used")).toBe(true);
    const placed = result.reconciliation.total.rowsInMaster;
    const expected = workbooks.reduce((n, w) => n + Object.values(w.expected.tables).reduce((a, b) => a + b, 0) + w.expected.answers, 0);
    expect(placed).toBe(expected);
    // For the closing note: rows placed / rows in the input, per shape.
    console.info(
      workbooks
        .map((w) => {
          const f = result.files.find((x) => x.file === w.file)!;
          return `${w.shape}: ${f.rowsInMaster} / ${f.rowsRead} (${f.rowsRejected} avvisade)`;
        })
        .join("\n")
    );
  });
});
