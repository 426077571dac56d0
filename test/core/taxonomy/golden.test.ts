/**
 * The recogniser and the validator give exactly what they gave when golden-references.json was made
 * (scripts/taxonomy/make-golden.js): every 2023 sample Mål cell with its own, no and another region,
 * tricky synthetic texts, extended taxonomies and the findings on the 21 sample workbooks.
 * A failure here is a behaviour change: intended ones regenerate the file and review its diff.
 */
import * as fs from "fs";
import * as path from "path";
import { isDeepStrictEqual } from "util";
import { extendTaxonomy, loadTaxonomy, parseExtensionJson, recogniseReferences, type Reference } from "../../../src/core/taxonomy";
import { validateWorkbook } from "../../../src/core/validation";
import { reports, sampleWorkbook } from "../validation/helpers";

interface Golden {
  extensions: { grid: (string | number | null)[][]; json: string };
  references: { source: string; text: string; region: string | null; refs: Reference[] }[];
  extended: { extension: "grid" | "json"; text: string; region: string | null; refs: Reference[] }[];
  validation: { region: string; counts: unknown; findings: unknown[] }[];
}

const golden: Golden = JSON.parse(fs.readFileSync(path.join(__dirname, "golden-references.json"), "utf8"));
const rec = (text: string, taxonomy = loadTaxonomy(), region: string | null) => recogniseReferences(text, taxonomy, region ? { region } : {});

describe("golden: recogniseReferences", () => {
  it("gives the frozen references for every sample and synthetic text", () => {
    const taxonomy = loadTaxonomy();
    const differing = golden.references
      .map((c) => ({ ...c, actual: plain(rec(c.text, taxonomy, c.region)) }))
      .filter((c) => !isDeepStrictEqual(c.actual, c.refs));
    // Show the first difference in full, then name every case that differs.
    if (differing.length) expect({ text: differing[0].text, refs: differing[0].actual }).toEqual({ text: differing[0].text, refs: differing[0].refs });
    expect(differing.map((c) => `${c.source} (${c.region ?? "ingen region"})`)).toEqual([]);
    expect(golden.references.length).toBeGreaterThan(1600);
  });

  it("gives the frozen references against extended taxonomies", () => {
    const base = loadTaxonomy();
    const taxonomies = { grid: extendTaxonomy(base, golden.extensions.grid), json: extendTaxonomy(base, parseExtensionJson(golden.extensions.json)) };
    for (const c of golden.extended) expect([c.text, rec(c.text, taxonomies[c.extension], c.region)]).toEqual([c.text, c.refs]);
  });

  it("gives the same result whatever was recognised before (no state leaks between calls)", () => {
    const taxonomy = loadTaxonomy();
    const shuffled = [...golden.references].reverse();
    for (const c of shuffled.slice(0, 300)) expect(rec(c.text, taxonomy, c.region)).toEqual(c.refs);
  });
});

describe("golden: validateWorkbook on the 21 sample workbooks", () => {
  it("gives the frozen findings", () => {
    expect(reports.map((r) => r.region)).toEqual(golden.validation.map((v) => v.region));
    for (const expected of golden.validation) {
      const result = validateWorkbook(sampleWorkbook(expected.region as Parameters<typeof sampleWorkbook>[0]), { file: "test.xlsx" });
      // The golden holds the findings' positions and messages; the reviewer's keys (region, source, key, fingerprint) are tested in test/core/validation.
      const positions = result.findings.map(({ region: _r, sourceFile: _f, sourceSheet: _s, sourceRow: _w, key: _k, fingerprint: _p, ...rest }) => rest);
      expect({ region: expected.region, counts: result.counts, findings: JSON.parse(JSON.stringify(positions)) }).toEqual(expected);
    }
  });
});

/** As JSON would store it (no undefined fields), so the comparison is exact otherwise. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}
