import { REGIONS, type Region } from "../regions";
import { ACTIVITY_TABLES } from "../tables";
import { canonicalReference, type Framework, type Taxonomy, type TaxonomyEntry } from "../taxonomy";
import { type ReferenceMemo, referenceMemo } from "../validation";
import { isNoActivitiesText } from "../read";
import type { MasterRow } from "./types";

/**
 * Goal coverage for "Målöversikt": how many master rows (tables 1–7) cite each Agenda 2030 goal,
 * each cohesion policy objective and programme, and the national strategy's areas, by table and by
 * region. A row counts once per entry, however often it names it. RUS goals are counted together in
 * one summary line and, per region, goal by goal (lines with `region`: the region's current goals,
 * and replaced ones still cited, counted on the region's own rows); rows citing nothing the taxonomy
 * knows are counted too.
 */
export interface CoverageLine {
  /** Taxonomy id, or "rus" / "none" for the two summary lines. */
  id: string;
  framework: string;
  label: string;
  total: number;
  /** In the order of ACTIVITY_TABLES. */
  byTable: number[];
  /** In publication order. */
  byRegion: number[];
  /** A RUS goal's line: the region whose goal it is. */
  region?: Region;
}

export const COVERAGE_FRAMEWORKS: readonly { framework: Framework; label: string }[] = [
  { framework: "agenda2030", label: "Agenda 2030" },
  { framework: "po", label: "Politiskt mål (sammanhållningspolitiken)" },
  { framework: "erdf-so", label: "Specifikt mål (Regionalfonden)" },
  { framework: "erdf", label: "Regionalfonden" },
  { framework: "esf", label: "ESF+" },
  { framework: "jtf", label: "Fonden för en rättvis omställning" },
  { framework: "interreg", label: "Interreg" },
  { framework: "national", label: "Nationell strategi" },
  { framework: "transport", label: "Transportpolitiska mål" },
];

function line(id: string, framework: string, label: string): CoverageLine {
  return { id, framework, label, total: 0, byTable: new Array(ACTIVITY_TABLES.length).fill(0), byRegion: new Array(REGIONS.length).fill(0) };
}

/**
 * `memo`, when given for this taxonomy, holds references already recognised (consolidation hands over
 * the one its validation filled, so the master's Mål cells are not recognised a second time).
 */
export function goalCoverage(rows: readonly MasterRow[], taxonomy: Taxonomy, memo?: ReferenceMemo): CoverageLine[] {
  const lines: CoverageLine[] = [];
  const byId = new Map<string, CoverageLine>();
  for (const { framework, label } of COVERAGE_FRAMEWORKS) {
    for (const entry of taxonomy.entries.filter((e) => e.framework === framework)) {
      const l = line(entry.id, label, canonicalReference(entry));
      lines.push(l);
      byId.set(entry.id, l);
    }
  }
  const rus = line("rus", "RUS", "RUS: regionens egna mål (alla)");
  const none = line("none", "Inget känt mål", "Rader utan mål som känns igen");
  lines.push(rus, none);
  // Each region's RUS goals, in the taxonomy's order (the strategy first, as "all goals").
  const rusLines = new Map<string, CoverageLine>();
  for (const entry of taxonomy.entries) {
    const region = entry.framework === "rus" ? entry.regions?.[0] : undefined;
    if (!region) continue;
    rusLines.set(entry.id, { ...line(entry.id, "RUS", rusLabel(entry)), region });
  }
  const count = (l: CoverageLine, row: MasterRow) => {
    l.total++;
    l.byTable[ACTIVITY_TABLES.findIndex((t) => t.number === row.table)]++;
    l.byRegion[REGIONS.indexOf(row.region)]++;
  };
  // The recogniser costs a few milliseconds a row; the same Mål text of a region recurs (pasted goals).
  const references = memo && memo.taxonomy === taxonomy ? memo : referenceMemo(taxonomy);
  for (const row of rows) {
    if (isNoActivitiesText(row.values.activity)) continue;
    const refs = references.of(row.values.goals, row.region);
    const ids = new Set(refs.map((r) => r.entryId).filter((id): id is string => !!id));
    for (const id of ids) {
      const l = byId.get(id);
      if (l) count(l, row);
    }
    if (refs.some((r) => r.framework === "rus" && r.entryId)) count(rus, row);
    if (!ids.size) count(none, row);
    for (const id of ids) {
      const l = rusLines.get(id);
      // Another region's goal cited by mistake is the rus-goals rule's, not this region's coverage.
      if (l && l.region === row.region) count(l, row);
    }
  }
  const current = (id: string) => !taxonomy.entries.find((e) => e.id === id)?.superseded;
  const perRegion = [...rusLines.values()].filter((l) => l.total > 0 || current(l.id));
  return [...lines, ...REGIONS.flatMap((region) => perRegion.filter((l) => l.region === region))];
}

/** "Mål 2: En öppen, jämställd … region", "Växtplats Blekinge (strategin som helhet)", "… (ersatt: Dalarna 2020)". */
function rusLabel(entry: TaxonomyEntry): string {
  const code = entry.code && !entry.name.startsWith(entry.code) ? `${entry.code} ` : "";
  const whole = entry.level === "strategi" ? " (strategin som helhet)" : "";
  const replaced = entry.superseded ? ` (ersatt: ${entry.superseded})` : "";
  return `${code}${entry.name}${whole}${replaced}`;
}
