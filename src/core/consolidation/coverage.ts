import { REGIONS } from "../regions";
import { ACTIVITY_TABLES } from "../tables";
import { canonicalReference, type Framework, type Taxonomy } from "../taxonomy";
import { type ReferenceMemo, referenceMemo } from "../validation";
import { isPlaceholderText } from "./placeholder";
import type { MasterRow } from "./types";

/**
 * Goal coverage for "Målöversikt": how many master rows (tables 1–7) cite each Agenda 2030 goal,
 * each cohesion policy objective and programme, and the national strategy's areas, by table and by
 * region. A row counts once per entry, however often it names it. RUS goals are counted together
 * (every region has its own), and rows citing nothing the taxonomy knows are counted too.
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
  const count = (l: CoverageLine, row: MasterRow) => {
    l.total++;
    l.byTable[ACTIVITY_TABLES.findIndex((t) => t.number === row.table)]++;
    l.byRegion[REGIONS.indexOf(row.region)]++;
  };
  // The recogniser costs a few milliseconds a row; the same Mål text of a region recurs (pasted goals).
  const references = memo && memo.taxonomy === taxonomy ? memo : referenceMemo(taxonomy);
  for (const row of rows) {
    if (isPlaceholderText(row.values.activity)) continue;
    const refs = references.of(row.values.goals, row.region);
    const ids = new Set(refs.map((r) => r.entryId).filter((id): id is string => !!id));
    for (const id of ids) {
      const l = byId.get(id);
      if (l) count(l, row);
    }
    if (refs.some((r) => r.framework === "rus" && r.entryId)) count(rus, row);
    if (!ids.size) count(none, row);
  }
  return lines;
}
