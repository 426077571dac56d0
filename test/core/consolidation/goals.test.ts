/**
 * Goals in the master: Målöversikt per region and RUS goal (with data bars), and a region's own goals
 * from its "Mål" sheet carried into the master, so the master's validation and coverage know them.
 */
import { consolidate } from "../../../src/core/consolidation";
import { REGIONS } from "../../../src/core/regions";
import { writeWorkbookSpec } from "../../../src/excel";
import { validateWorkbook } from "../../../src/core/validation";
import { MemoryWorkbook } from "../../../src/testing";
import { gridsOf, sampleInputs, sampleWorkbook, sheet } from "./helpers";

const coverage = (result: ReturnType<typeof consolidate>) => result.spec.sheets.find((s) => s.name === "Målöversikt")!;
/** The rows of the RUS section: [region, goal, total, table 1 … table 7]. */
const rusRows = (result: ReturnType<typeof consolidate>) => {
  const values = coverage(result).values;
  const header = values.findIndex((r) => r[0] === "Region" && r[1] === "RUS-mål");
  return values.slice(header + 1);
};

describe("Målöversikt per region and RUS goal", () => {
  const result = consolidate(sampleInputs());

  it("lists each region's own RUS goals by name, in publication order, with counts that add up by table", () => {
    const rows = rusRows(result);
    const regions = [...new Set(rows.map((r) => r[0]))];
    expect(regions).toEqual([...REGIONS]);
    for (const r of rows) expect((r.slice(3) as number[]).reduce((a, b) => a + b, 0)).toBe(r[2]);
    // Blekinge 1:22 and others cite "Stärkt attraktivitet särskilt för unga" in the seed.
    const blekinge = rows.find((r) => r[0] === "Blekinge" && r[1] === "Stärkt attraktivitet särskilt för unga")!;
    expect(blekinge[2]).toBeGreaterThanOrEqual(1);
    expect(blekinge[3]).toBeGreaterThanOrEqual(1);
  });

  it("counts a region's goal only on its own rows and leaves replaced goals out unless cited", () => {
    const rows = rusRows(result);
    // Every replaced goal shown is cited at least once.
    for (const r of rows.filter((r) => /\(ersatt: /.test(String(r[1])))) expect(r[2]).toBeGreaterThan(0);
    // The whole sheet's RUS goal counts never exceed the rows of the region's own.
    const rowsOf = (region: string) => ACTIVITY_ROWS(result, region);
    for (const region of REGIONS) for (const r of rows.filter((r) => r[0] === region)) expect(r[2]).toBeLessThanOrEqual(rowsOf(region));
  });

  it("has data bars over the totals of both parts, and the Agenda 2030 chart", () => {
    const sheetSpec = coverage(result);
    const values = sheetSpec.values;
    const rusHeader = values.findIndex((r) => r[0] === "Region" && r[1] === "RUS-mål") + 1;
    const sharedEnd = values.findIndex((r, i) => i > 3 && r.length === 0);
    expect(sheetSpec.dataBars).toEqual([
      { range: `C4:C${sharedEnd}`, color: "#638EC6" },
      { range: `C${rusHeader + 1}:C${values.length}`, color: "#638EC6" },
    ]);
    expect(sheetSpec.charts).toEqual([{ type: "bar", title: expect.any(String), dataRange: "B4:C20" }]);
  });

  it("writes the data bars and the chart into Excel, within the request limits", async () => {
    const workbook = new MemoryWorkbook(["Blad1"]);
    await writeWorkbookSpec(workbook.run, { sheets: [coverage(result)] }, { replaceExisting: false });
    const bars = workbook.conditionalFormats("Målöversikt").filter((f) => f.type === "DataBar");
    expect(bars.map((b) => b.range).sort()).toEqual(coverage(result).dataBars!.map((b) => b.range).sort());
    for (const b of bars) expect(b.dataBar).toEqual({ fillColor: "#638EC6", gradientFill: true, lowerBound: "LowestValue", upperBound: "HighestValue" });
    expect(workbook.charts("Målöversikt")).toEqual([{ type: "BarClustered", range: "B4:C20", seriesBy: "Columns", title: "Agenda 2030: antal rader per mål" }]);
    expect(workbook.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
  });
});

function ACTIVITY_ROWS(result: ReturnType<typeof consolidate>, region: string): number {
  return Object.values(result.master.activity).flat().filter((r) => r.region === region).length;
}

describe("a region's own goals travel into the master", () => {
  // Blekinge adds a goal on its Mål sheet and cites it in a published row's Mål cell (table 1, row 4: seed line 22).
  const GOAL = "Fler glada besökare i skärgården";
  function withOwnGoal() {
    const inputs = sampleInputs(["Blekinge", "Kalmar"]);
    const grids = (inputs[0] as { grids: ReturnType<typeof sampleWorkbook> }).grids;
    sheet(grids, "Tabell 1").values[3][4] = `Mål i RUS: ${GOAL}`;
    grids.push({ name: "Mål", values: [["Region", "Typ", "Namn"], ["Blekinge", "Mål", GOAL], ["Kalmar", "Mål", "Ett mål för fel region"]] });
    return inputs;
  }

  it("the regional workbook alone knows the goal", () => {
    const grids = (withOwnGoal()[0] as { grids: ReturnType<typeof sampleWorkbook> }).grids;
    expect(validateWorkbook(grids).findings.filter((f) => f.code === "RUS_GOAL_UNKNOWN")).toEqual([]);
  });

  it("the master has a Mål sheet with the region's goals (not another region's), and its validation knows them", () => {
    const result = consolidate(withOwnGoal());
    const goals = result.spec.sheets.find((s) => s.name === "Mål")!;
    expect(goals.values.slice(1).map((r) => [r[0], r[3]])).toEqual([["Blekinge", GOAL]]);
    const master = validateWorkbook(gridsOf(result), { file: "master.xlsx" });
    expect(master.findings.filter((f) => f.code === "RUS_GOAL_UNKNOWN" || f.code === "GOAL_SHEET_INVALID")).toEqual([]);
    // Without the sheet the master would not know it: the check above is not empty by accident.
    const without = gridsOf(result).filter((g) => g.name !== "Mål");
    expect(validateWorkbook(without, { file: "master.xlsx" }).findings.filter((f) => f.code === "RUS_GOAL_UNKNOWN")).toHaveLength(1);
  });

  it("Målöversikt counts the goal under Blekinge", () => {
    const row = rusRows(consolidate(withOwnGoal())).find((r) => r[0] === "Blekinge" && r[1] === GOAL)!;
    expect(row.slice(2, 4)).toEqual([1, 1]);
  });

  it("a region that does not resubmit keeps its goals from the previous master", () => {
    const first = consolidate(withOwnGoal());
    const second = consolidate(sampleInputs(["Kalmar"]), { previous: gridsOf(first) });
    expect(second.spec.sheets.find((s) => s.name === "Mål")!.values.slice(1).map((r) => [r[0], r[3]])).toEqual([["Blekinge", GOAL]]);
    expect(rusRows(second).find((r) => r[0] === "Blekinge" && r[1] === GOAL)![2]).toBe(1);
  });

  it("a master without such goals has no Mål sheet", () => {
    expect(consolidate(sampleInputs(["Kalmar"])).spec.sheets.some((s) => s.name === "Mål")).toBe(false);
  });
});
