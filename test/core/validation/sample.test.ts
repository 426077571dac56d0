/**
 * All 21 published 2023 reports, each in the template as the product makes it. The goal rules must
 * not call a published row wrong: there are no "fel" findings of the goal codes. The other errors
 * are the published data's own gaps, counted here so a change in them is seen.
 */
import { REGIONS } from "../../../src/core/regions";
import { type Finding, validateWorkbook } from "../../../src/core/validation";
import { reportOf, sampleWorkbook } from "./helpers";

const GOAL_CODES = /^(GOALS_|AGENDA2030_|PO_|JTF_|INTERREG_|ERDF_|RUS_)/;

describe("the 21 sample workbooks", () => {
  const logged: unknown[] = [];
  const spies = (["log", "info", "warn", "error"] as const).map((m) => jest.spyOn(console, m).mockImplementation((...a) => void logged.push(a)));
  const results = REGIONS.map((region) => ({ region, result: validateWorkbook(sampleWorkbook(region), { file: `${region}.xlsx` }) }));
  const all: Finding[] = results.flatMap((r) => r.result.findings);
  spies.forEach((s) => s.mockRestore());

  it("validate without printing anything", () => {
    expect(logged).toEqual([]);
  });

  it("read every region's report", () => {
    for (const { region, result } of results) expect(result.report?.region).toBe(region);
  });

  it("have no goal-related errors on published rows but Uppsala's four table 2 rows with their goals under Prestationer", () => {
    const errors = all.filter((f) => f.severity === "fel" && GOAL_CODES.test(f.code));
    expect(errors.map((f) => `${f.code} ${f.file} ${f.sheet}!${f.cell}`)).toEqual(
      ["E4", "E5", "E6", "E7"].map((cell) => `GOALS_IN_OTHER_COLUMN Uppsala.xlsx Tabell 2!${cell}`)
    );
  });

  it("report the published data's own gaps: empty outputs and goals, cross-references instead of content, shifted columns, Ja/Nej left out", () => {
    const errors: Record<string, number> = {};
    for (const f of all.filter((f) => f.severity === "fel")) errors[f.code] = (errors[f.code] ?? 0) + 1;
    // Seven rows point elsewhere ("Se tabell 2."): one CROSS_REFERENCE each instead of 4 missing outputs, 4 missing goals
    // and 5 empty effects (test/core/validation/reviewerRules.test.ts names the rows).
    expect(errors).toEqual({ ROW_MISSING_OUTPUTS: 4, ROW_MISSING_GOALS: 1, CROSS_REFERENCE: 7, GOALS_IN_OTHER_COLUMN: 4, FORM_YESNO_MISSING: 4 });
  });

  it("warn about the 22 empty effects cells (27 less the cross-referencing rows') and the one row published twice", () => {
    const count = (code: string) => all.filter((f) => f.code === code).length;
    expect(count("EFFECTS_EMPTY")).toBe(22);
    expect(count("ROW_DUPLICATE")).toBe(1);
  });

  it("count findings by severity", () => {
    for (const { result } of results) {
      expect(result.counts.fel + result.counts.varning).toBe(result.findings.length);
      expect(result.counts.fel).toBe(result.findings.filter((f) => f.severity === "fel").length);
    }
  });

  it("give every finding a file, sheet, cell, table, row and column", () => {
    for (const f of all) {
      expect(f).toEqual(expect.objectContaining({ file: expect.any(String), sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/) }));
      expect(f.table).toBeGreaterThanOrEqual(1);
      expect(f.cell).toBe(`${f.cell!.replace(/\d+$/, "")}${f.row}`);
      expect(f.column).toBeTruthy();
    }
  });

  it("sort findings by sheet in workbook order, then row, then column", () => {
    const order = sampleWorkbook("Västerbotten").map((g) => g.name);
    const findings = results.find((r) => r.region === "Västerbotten")!.result.findings;
    const keys = findings.map((f) => [order.indexOf(f.sheet!), f.row!, f.cell!.replace(/\d+$/, "")] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
    expect(keys).toEqual(sorted);
    expect(reportOf("Västerbotten").tables[1].length).toBeGreaterThan(0);
  });
});
