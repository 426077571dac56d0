import * as fs from "fs";
import * as path from "path";
import { leaveOneOut, loadTaxonomy, recogniseReferences } from "../../../src/core/taxonomy";

const file = path.join(__dirname, "../../../data/sample-2023.json");
const NO_ACTIVITIES = "Regionen redovisar inga insatser i tabellform.";

describe("recognition on the whole 2023 sample", () => {
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as { tables: Record<string, { region: string; goals: string; activity: string; seedLine: number }[]> };
  const taxonomy = loadTaxonomy();
  const rows = Object.entries(data.tables).flatMap(([table, list]) => list.map((r) => ({ ...r, key: `${table}:${r.seedLine}` })));
  const counted = rows.filter((r) => r.activity.trim() !== NO_ACTIVITIES);
  const recognised = (t: typeof taxonomy, r: (typeof rows)[number]) => recogniseReferences(r.goals ?? "", t, { region: r.region }).some((x) => x.entryId);

  it("counts the sample's rows as the data README does (534, 7 of them the placeholder)", () => {
    expect(rows).toHaveLength(534);
    expect(counted).toHaveLength(527);
  });

  it("recognises at least one reference in ≥ 95 % of the non-placeholder rows (505 of 527 = 95.8 % reached)", () => {
    // The 22 rows without one cite no goal of any framework (read against the seed): 6 cross-references
    // (empty Mål or "Se tabell 2."), 4 Uppsala table 2 rows with the goals in another column, 8 that state
    // the project's own aims or results, and 4 that cite other plans (trafikförsörjningsprogram,
    // cykelstrategi, transportpolitiska mål) or a goal in prose without naming it. 97 % is out of reach.
    expect(counted.filter((r) => recognised(taxonomy, r)).length / counted.length).toBeGreaterThanOrEqual(0.95);
  });

  it("recognises ≥ 90 % of them when a row's own learned wordings are left out (92.4 % reached)", () => {
    const loo = counted.filter((r) => recognised(leaveOneOut(taxonomy, r.key), r)).length;
    expect(loo / counted.length).toBeGreaterThanOrEqual(0.9);
  });
});
