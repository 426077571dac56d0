/** The findings list's state, alone: filters, groups, collapsing and the walk (pure functions). */
import type { Finding } from "../../src/core/validation";
import { ALL, applyFilters, filterOptions, groupFindings, initialState, reducer, step, steps } from "../../src/taskpane/findings/state";
import { REGIONS } from "../../src/core/regions";
import { en } from "../../src/taskpane/i18n/en";
import { sv } from "../../src/taskpane/i18n/sv";

const f = (over: Partial<Finding>): Finding => ({ code: "EFFECTS_EMPTY", severity: "varning", message: "Tom.", ...over, key: over.key ?? `${over.code ?? "EFFECTS_EMPTY"}|${over.sheet}|${over.cell}` });

const findings: Finding[] = [
  f({ code: "TABLE_MISSING", severity: "fel", message: "Tabell 5 saknas.", table: 5 }),
  f({ sheet: "Tabell 1", cell: "D5", table: 1, region: "Gotland" }),
  f({ sheet: "Tabell 1", cell: "D7", table: 1, region: "Blekinge" }),
  f({ sheet: "Tabell 1", cell: "B9", table: 1, region: "Gotland", code: "ROW_MISSING_ACTIVITY", severity: "fel", message: "Insats saknas." }),
  f({ sheet: "Tabell 3", cell: "D4", table: 3, region: "Gotland", accepted: { reason: "r", by: "b", at: "2024-03-01" } }),
];

test("filters: severity (open, errors, warnings, accepted), region, table, code", () => {
  expect(applyFilters(findings, ALL)).toHaveLength(5);
  expect(applyFilters(findings, { ...ALL, severity: "open" })).toHaveLength(4);
  expect(applyFilters(findings, { ...ALL, severity: "varning" }).map((x) => x.cell)).toEqual(["D5", "D7"]);
  expect(applyFilters(findings, { ...ALL, severity: "accepted" }).map((x) => x.cell)).toEqual(["D4"]);
  expect(applyFilters(findings, { ...ALL, region: "Gotland" }).map((x) => x.cell)).toEqual(["D5", "B9", "D4"]);
  expect(applyFilters(findings, { ...ALL, table: 1, code: "EFFECTS_EMPTY" }).map((x) => x.cell)).toEqual(["D5", "D7"]);
});

test("filter options: regions in publication order, with counts", () => {
  expect(filterOptions(findings, REGIONS).regions).toEqual([["Blekinge", 1], ["Gotland", 3]]);
  expect(filterOptions(findings, REGIONS).tables).toEqual([[1, 3], [3, 1], [5, 1]]);
});

test("groups: workbook-level first; identical messages collapse into one item; by region too", () => {
  const bySheet = groupFindings(findings, "sheet", "Arbetsboken");
  expect(bySheet.map((g) => [g.label, g.items.length, g.counts])).toEqual([
    ["Arbetsboken", 1, { fel: 1, varning: 0, accepted: 0 }],
    ["Tabell 1", 2, { fel: 1, varning: 2, accepted: 0 }],
    ["Tabell 3", 1, { fel: 0, varning: 0, accepted: 1 }],
  ]);
  expect(bySheet[1].items[0].findings.map((x) => x.cell)).toEqual(["D5", "D7"]);
  const byRegion = groupFindings(findings, "region", "Arbetsboken");
  expect(byRegion.map((g) => g.label)).toEqual(["Arbetsboken", "Gotland", "Blekinge"]);
  // An accepted warning is not collapsed with open ones.
  expect(byRegion[1].items.map((i) => i.findings.map((x) => x.cell))).toEqual([["D5"], ["B9"], ["D4"]]);
});

test("the walk: cells in list order, one step at a time, stopping at the ends", () => {
  const walk = steps(groupFindings(findings, "sheet", "Arbetsboken"));
  expect(walk.map((x) => x.cell)).toEqual(["D5", "D7", "B9", "D4"]);
  expect(step(walk, null, 1)?.finding.cell).toBe("D5");
  expect(step(walk, null, -1)?.finding.cell).toBe("D4");
  expect(step(walk, walk[1].key!, 1)?.finding.cell).toBe("B9");
  expect(step(walk, walk[3].key!, 1)).toBeNull();
  expect(step(walk, walk[0].key!, -1)).toBeNull();
});

test("the reducer: a filter or a new grouping forgets the current finding", () => {
  let state = reducer(initialState(), { type: "select", key: "k" });
  expect(state.current).toBe("k");
  state = reducer(state, { type: "filter", filters: { region: "Gotland" } });
  expect(state).toEqual({ filters: { ...ALL, region: "Gotland" }, grouping: "sheet", current: null });
  state = reducer(reducer(state, { type: "group", grouping: "region" }), { type: "clear" });
  expect(state).toEqual({ filters: ALL, grouping: "region", current: null });
});

test("every Office error code explained in Swedish is explained in English", () => {
  expect(Object.keys(en.officeErrors).sort()).toEqual(Object.keys(sv.officeErrors).sort());
});
