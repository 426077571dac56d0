import { normalizeRegion, type Region } from "../regions";
import { canonicalReference } from "./taxonomy";
import { fold, words } from "./text";
import type { Framework, Taxonomy, TaxonomyEntry } from "./types";

export interface SearchOptions {
  /** The picking region: its RUS goals come first, other regions' RUS goals are left out. */
  region?: Region | string;
  /** At most this many hits per group. */
  limit?: number;
}

export interface SearchHit {
  entry: TaxonomyEntry;
  /** What the picker writes into the Mål cell. */
  reference: string;
  score: number;
}

export interface SearchGroup {
  framework: Framework;
  /** "RUS Blekinge", "Agenda 2030" … */
  label: string;
  hits: SearchHit[];
}

/** The order of the goal picker's groups (the pane's search follows it too). */
export const GROUP_ORDER: readonly Framework[] = ["rus", "agenda2030", "po", "erdf-so", "erdf", "interreg", "jtf", "esf", "national", "transport", "legacy", "amif"];
/** The groups' Swedish names (the pane's Swedish labels). */
export const GROUP_LABEL: Readonly<Record<Framework, string>> = {
  rus: "RUS", agenda2030: "Agenda 2030", po: "Regionalfonden – politiska mål", "erdf-so": "Regionalfonden – specifika mål",
  erdf: "Regionalfondsprogram", interreg: "Interreg", jtf: "Fonden för en rättvis omställning", esf: "ESF+",
  national: "Nationell strategi", transport: "Transportpolitiska mål", legacy: "Programperioden 2014–2020", amif: "AMIF",
};

/**
 * Search-as-you-type for the goal picker. Every query word must begin a word of the entry (its code,
 * name, variants or full name), so "häl väl" finds "Hälsa och välbefinnande" and "7" finds goal 7.
 * Case and diacritics are ignored. Groups come in a fixed order with the region's own RUS first.
 */
export function searchTaxonomy(taxonomy: Taxonomy, query: string, options: SearchOptions = {}): SearchGroup[] {
  const region = options.region ? normalizeRegion(options.region) : null;
  const q = words(query);
  const groups = new Map<Framework, SearchHit[]>();
  for (const entry of taxonomy.entries) {
    if (entry.framework === "rus" && region && !entry.regions?.includes(region)) continue;
    const score = scoreEntry(entry, q);
    if (score <= 0) continue;
    const list = groups.get(entry.framework) ?? [];
    list.push({ entry, reference: canonicalReference(entry), score });
    groups.set(entry.framework, list);
  }
  return GROUP_ORDER.filter((f) => groups.has(f)).map((framework) => ({
    framework,
    label: framework === "rus" && region ? `RUS ${region}` : GROUP_LABEL[framework],
    hits: groups.get(framework)!.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 50),
  }));
}

function scoreEntry(entry: TaxonomyEntry, query: string[]): number {
  if (!query.length) return 1; // an empty query lists everything, in taxonomy order
  const fields = [entry.code ?? "", entry.name, ...(entry.variants ?? []), entry.fullName ?? ""];
  let best = 0;
  fields.forEach((field, i) => {
    const ws = words(field);
    if (!query.every((q) => ws.some((w) => w.startsWith(q)))) return;
    // Prefer the code and the name to variants, and whole-word hits to prefixes.
    const exact = query.filter((q) => ws.includes(q)).length;
    const s = (i === 0 ? 4 : i === 1 ? 3 : 1) + exact + (fold(field).trim() === query.join(" ") ? 5 : 0);
    best = Math.max(best, s);
  });
  return best;
}
