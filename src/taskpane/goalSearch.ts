import Fuse, { type IFuseOptions } from "fuse.js";
import { type Region, normalizeRegion } from "../core/regions";
import {
  canonicalReference, type Framework, GROUP_LABEL, GROUP_ORDER, interregAllowed, jtfAllowed, searchTaxonomy, type Taxonomy, type TaxonomyEntry,
} from "../core/taxonomy";
import type { Language } from "./i18n";

/**
 * The goal picker's search: what the officer may pick for this region, found despite typos and word
 * splits ("innovaiton", "klimta", "kompetens försörjning"). Fuse.js (Apache-2.0, bundled with the
 * picker's lazy chunk, ~9 kB gzipped) does the fuzzy matching; the taxonomy's own word-prefix search
 * still puts exact hits first. Superseded RUS goals, other regions' goals, programmes the region is
 * not part of and the 2014–2020 structures are not offered. The English pane searches English names too.
 */

export interface GoalHit {
  entry: TaxonomyEntry;
  /** What the picker writes into the Mål cell. */
  reference: string;
}

export interface GoalGroup {
  framework: Framework;
  label: string;
  hits: GoalHit[];
}

export interface GoalSearch {
  /** Groups in a fixed order, the region's RUS first; every entry when the query is empty. */
  search(query: string, limitPerGroup?: number): GoalGroup[];
  /** Every entry the picker offers (for the ticked list and the cell's goals). */
  offered(id: string): boolean;
}

/** The core's group order (the 2014–2020 structures are never offered, see offeredFor). */
const ORDER: readonly Framework[] = GROUP_ORDER.filter((f) => f !== "legacy");

const LABELS: Record<Language, Readonly<Record<Framework, string>>> = {
  sv: GROUP_LABEL,
  en: {
    rus: "Regional development strategy", agenda2030: "Agenda 2030", po: "Regional Fund – policy objectives", "erdf-so": "Regional Fund – specific objectives",
    erdf: "Regional Fund programmes", interreg: "Interreg", jtf: "Just Transition Fund", esf: "ESF+",
    national: "National strategy", transport: "Transport policy goals", legacy: "Programme period 2014–2020", amif: "AMIF",
  },
};

/** Whether the region may pick the entry: its own RUS (current strategy), programmes it is part of. */
function offeredFor(entry: TaxonomyEntry, region: Region | null, taxonomy: Taxonomy): boolean {
  if (entry.framework === "legacy") return false;
  if (entry.framework === "rus") return !!region && !!entry.regions?.includes(region) && !entry.superseded;
  if (!region) return true;
  if (entry.framework === "jtf") return jtfAllowed(region, taxonomy);
  // A programme's priorities and objectives ("interreg:aurora:1.1") are open to the programme's regions.
  if (entry.framework === "interreg") return entry.id === "interreg" || interregAllowed(entry.id.split(":").slice(0, 2).join(":"), region, taxonomy);
  return !entry.regions || entry.regions.includes(region);
}

/**
 * Fuse's settings, tried on the taxonomy (test/taskpane/goalSearch.test.ts): each query word is matched
 * on its own (token search, every word must match), closely enough that "klimta" finds "klimat" (two
 * letters of six) but "aurora" not "Europa"; a hit scoring worse than MAX_SCORE overall is dropped, which
 * is where "innovaiton" began to find "Ett smartare Europa" and "turism" "Förbättrad infrastruktur".
 */
const THRESHOLD = 0.3;
const MAX_SCORE = 0.55;

export function createGoalSearch(taxonomy: Taxonomy, options: { region?: string | null; language?: Language } = {}): GoalSearch {
  const region = options.region ? normalizeRegion(options.region) : null;
  const language = options.language ?? "sv";
  const entries = taxonomy.entries.filter((e) => offeredFor(e, region, taxonomy));
  const ids = new Set(entries.map((e) => e.id));
  // Not the regulations' full wordings: their long sentences match almost any word somewhere.
  const keys: IFuseOptions<TaxonomyEntry>["keys"] = [
    { name: "code", weight: 3 },
    { name: "name", weight: 3 },
    { name: "variants", weight: 1 },
    ...(language === "en" ? [{ name: "nameEn", weight: 3 }] : []),
  ];
  const fuse = new Fuse(entries, {
    keys, includeScore: true, threshold: THRESHOLD, useTokenSearch: true, tokenMatch: "all",
    ignoreLocation: true, ignoreFieldNorm: true, ignoreDiacritics: true, minMatchCharLength: 2,
  });
  const label = (framework: Framework) => (framework === "rus" && region ? `${LABELS[language].rus} ${region}` : LABELS[language][framework]);

  const search = (query: string, limitPerGroup = 8): GoalGroup[] => {
    const q = query.trim();
    let ranked: TaxonomyEntry[];
    if (!q) ranked = entries;
    else {
      // Word-prefix hits first ("häl väl"), then Fuse's by closeness; each entry once.
      const exact = searchTaxonomy(taxonomy, q, { region: region ?? undefined, limit: 1000 }).flatMap((g) => g.hits.map((h) => h.entry)).filter((e) => ids.has(e.id));
      const fuzzy = fuse.search(q.replace(/\s+/g, " ")).filter((r) => (r.score ?? 1) <= MAX_SCORE).map((r) => r.item);
      ranked = [...new Map([...exact, ...fuzzy].map((e) => [e.id, e])).values()];
    }
    const groups = new Map<Framework, GoalHit[]>();
    for (const entry of ranked) {
      const list = groups.get(entry.framework) ?? [];
      if (list.length < limitPerGroup) list.push({ entry, reference: canonicalReference(entry) });
      groups.set(entry.framework, list);
    }
    return ORDER.filter((f) => groups.get(f)?.length).map((framework) => ({ framework, label: label(framework), hits: groups.get(framework)! }));
  };
  return { search, offered: (id) => ids.has(id) };
}
