/**
 * The taxonomy report's counting and classification of the 2023 rows (scripts/taxonomy-report.js prints it),
 * kept apart so test/core/taxonomy/report.test.ts can check it against the TypeScript source: `core` holds the
 * functions it needs, from lib/ for the script and from src/ for the test.
 *
 *   recognitionFigures(core, data) → { taxonomy, byRegion, total, byFramework, unrecognised, lostInLoo, problems }
 *
 * Per row that is not the placeholder: recognised with all variants (all) and leave-one-out (loo); whether its
 * Mål cell cites something (citing: not empty, not only a cross-reference); for a row not recognised, its reason
 * (REASON) – the validator's onlyCrossReference and goals-elsewhere rule decide, not a second copy of them here.
 */

const NO_ACTIVITIES = "Regionen redovisar inga insatser i tabellform.";

/** Why a row's Mål cell is not recognised, with the report's Swedish names. */
const REASON = { empty: "tom", crossReference: "hänvisning", elsewhere: "mål i annan kolumn", prose: "prosa" };

const blank = () => ({ rows: 0, placeholders: 0, all: 0, loo: 0, citing: 0, empty: 0, crossReference: 0, elsewhere: 0, looElsewhere: 0 });

/**
 * @param core { loadTaxonomy, recogniseReferences, leaveOneOut, validateWorkbook, onlyCrossReference, RULES, buildTemplate, REGIONS }
 * @param data data/sample-2023.json
 */
function recognitionFigures(core, data) {
  const { recogniseReferences, leaveOneOut, validateWorkbook, onlyCrossReference, RULES, buildTemplate, REGIONS } = core;
  const taxonomy = core.loadTaxonomy();
  const GOALS_ELSEWHERE = RULES.filter((r) => r.id === "goals-elsewhere");

  /**
   * The validator's goals-elsewhere finding for one row (the row alone in its table of the real template, checked
   * by that rule only), with the given taxonomy: { column, cell, goals } from its parameters, or null.
   */
  function goalsElsewhere(table, row, tax) {
    const { region, activity, outputs, effects, goals } = row;
    const spec = buildTemplate({ region, year: data.year, rows: { [table]: [{ region, activity, outputs, effects, goals }] }, created: "2024-01-15" });
    const grids = spec.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => [...r]), hidden: s.hidden }));
    const result = validateWorkbook(grids, { file: "report.xlsx", rules: GOALS_ELSEWHERE, taxonomy: tax, keepParams: true });
    const f = result.findings.find((x) => x.code === "GOALS_IN_OTHER_COLUMN" && x.table === Number(table));
    if (!f) return null;
    return { column: f.params.column, cell: f.params.at, goals: f.params.goals };
  }

  /** The reason class of a row whose Mål cell has no recognised reference. */
  function reasonOf(table, row, tax) {
    const text = (row.goals || "").trim();
    if (!text) return { reason: "empty" };
    if (onlyCrossReference(text)) return { reason: "crossReference" };
    const elsewhere = goalsElsewhere(table, row, tax);
    return elsewhere ? { reason: "elsewhere", elsewhere } : { reason: "prose" };
  }

  const byRegion = Object.fromEntries(REGIONS.map((r) => [r, blank()]));
  const total = blank();
  const byFramework = {};
  const unrecognised = [];
  const lostInLoo = [];
  const problems = [];
  for (const [table, rows] of Object.entries(data.tables)) {
    for (const row of rows) {
      const stats = byRegion[row.region] || (byRegion[row.region] = blank());
      const placeholder = (row.activity || "").trim() === NO_ACTIVITIES;
      for (const s of [stats, total]) { s.rows++; if (placeholder) s.placeholders++; }
      if (placeholder) continue;
      const text = row.goals || "";
      const refs = recogniseReferences(text, taxonomy, { region: row.region });
      const held = leaveOneOut(taxonomy, `${table}:${row.seedLine}`);
      const looRefs = held === taxonomy ? refs : recogniseReferences(text, held, { region: row.region });
      for (const r of refs) {
        const k = r.entryId ? r.framework : `${r.framework} (utan träff)`;
        byFramework[k] = (byFramework[k] || 0) + 1;
        if (r.problems.length) problems.push({ table, region: row.region, ref: r });
      }
      const all = refs.some((r) => r.entryId);
      const loo = looRefs.some((r) => r.entryId);
      const where = { table, seedLine: row.seedLine, region: row.region, goals: text.replace(/\s+/g, " ").trim() };
      // A recognised Mål cell cites something; an unrecognised one gets its reason from the validator's tests.
      const why = all ? null : reasonOf(table, row, taxonomy);
      const looWhy = loo ? null : held === taxonomy && why ? why : reasonOf(table, row, held);
      for (const s of [stats, total]) {
        if (all) s.all++;
        if (loo) s.loo++;
        if (!why || (why.reason !== "empty" && why.reason !== "crossReference")) s.citing++;
        if (why && (why.reason === "empty" || why.reason === "crossReference")) s[why.reason]++;
        if (why?.reason === "elsewhere") s.elsewhere++;
        if (looWhy?.reason === "elsewhere") s.looElsewhere++;
      }
      if (!all) unrecognised.push({ ...where, ...why });
      else if (!loo) lostInLoo.push({ ...where, ...looWhy });
    }
  }
  return { taxonomy, byRegion, total, byFramework, unrecognised, lostInLoo, problems };
}

module.exports = { recognitionFigures, REASON, NO_ACTIVITIES };
