/**
 * The taxonomy as it would be had one 2023 row never been read: what recognition of that row says about
 * next year's text. A wording taken from the 2023 report (entry.learned) is left out when that row is the
 * only one it occurs in; an entry known only from the report (no source document) is left out when no
 * other row taught it any wording. Names and wordings from the strategies and regulations always stay.
 */
import type { Taxonomy, TaxonomyEntry } from "./types";

/** True when the entry rests on a document other than the 2023 compilation itself. */
export function hasSourceDocument(entry: TaxonomyEntry): boolean {
  return entry.sources.some((s) => s !== "S-seed");
}

/** True when the entry's own name was taken from the 2023 report. */
function nameLearned(entry: TaxonomyEntry): boolean {
  return !!entry.learned && Object.prototype.hasOwnProperty.call(entry.learned, entry.name);
}

/**
 * The taxonomy without what was learned from the row `rowKey` ("<table>:<seedLine>") alone. Returns the
 * same object when the row taught nothing, so its compiled form is reused.
 */
export function leaveOneOut(taxonomy: Taxonomy, rowKey: string): Taxonomy {
  const onlyThisRow = (rows: string[]) => rows.length > 0 && rows.every((r) => r === rowKey);
  let changed = false;
  const entries: TaxonomyEntry[] = [];
  for (const e of taxonomy.entries) {
    const learned = e.learned ?? {};
    const own = Object.keys(learned).filter((w) => onlyThisRow(learned[w]));
    const reportOnly = !hasSourceDocument(e) && nameLearned(e);
    const taughtElsewhere = Object.values(learned).some((rows) => rows.some((r) => r !== rowKey));
    // Known only from the report and from no other row: from this row alone, or from rows we cannot name
    // (cited by number, or only in table 8), so no row may rely on it.
    if (reportOnly && !taughtElsewhere) {
      changed = true;
      continue;
    }
    if (!own.length) {
      entries.push(e);
      continue;
    }
    changed = true;
    const drop = new Set(own);
    const copy: TaxonomyEntry = { ...e, variants: e.variants?.filter((v) => !drop.has(v)) };
    if (drop.has(e.name)) copy.matchName = false;
    entries.push(copy);
  }
  return changed ? { ...taxonomy, entries } : taxonomy;
}
