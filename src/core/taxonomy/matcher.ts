import { REGIONS, type Region } from "../regions";
import { canonicalReference } from "./taxonomy";
import { fold, phrasePattern, STOP, words } from "./text";
import type { Taxonomy, TaxonomyEntry } from "./types";

export type MatchKind = "name" | "variant" | "prefix";

export interface Pattern {
  entry: TaxonomyEntry;
  kind: MatchKind;
  regex: RegExp;
  /** Content words in the phrase: one or two is too little to trust without a label nearby. */
  weight: number;
}

export interface Compiled {
  patterns: Pattern[];
  canonical: Map<string, TaxonomyEntry>;
  byId: Map<string, TaxonomyEntry>;
}

/** Long goals are often cut short (PDF columns, sloppy copying): their first words still identify them. */
const PREFIX_MIN_WORDS = 7;
const PREFIX_WORDS = 5;

const cache = new WeakMap<Taxonomy, Compiled>();

/** Patterns for every name and variant of every entry, built once per taxonomy object. */
export function compile(taxonomy: Taxonomy): Compiled {
  const hit = cache.get(taxonomy);
  if (hit) return hit;
  const patterns: Pattern[] = [];
  const prefixes = new Map<string, TaxonomyEntry[]>();
  for (const entry of taxonomy.entries) {
    const phrases = [...(entry.matchName === false ? [] : [entry.name]), ...(entry.variants ?? [])];
    const seen = new Set<string>();
    phrases.forEach((phrase, i) => {
      const tokens = words(phrase);
      const key = tokens.join(" ");
      if (!tokens.length || seen.has(key)) return;
      seen.add(key);
      const weight = tokens.filter((t) => !STOP.has(t)).length;
      patterns.push({ entry, kind: i === 0 && entry.matchName !== false ? "name" : "variant", regex: new RegExp(phrasePattern(tokens), "g"), weight });
      if (tokens.length >= PREFIX_MIN_WORDS) {
        const p = tokens.slice(0, PREFIX_WORDS).join(" ");
        const list = prefixes.get(p) ?? [];
        if (!list.includes(entry)) list.push(entry);
        prefixes.set(p, list);
      }
    });
  }
  // A prefix shared by two entries identifies neither, so it is not used.
  for (const [p, list] of prefixes) {
    if (list.length === 1) patterns.push({ entry: list[0], kind: "prefix", regex: new RegExp(phrasePattern(p.split(" ")), "g"), weight: PREFIX_WORDS });
  }
  const canonical = new Map(taxonomy.entries.map((e) => [canonicalReference(e), e] as const));
  const compiled = { patterns, canonical, byId: new Map(taxonomy.entries.map((e) => [e.id, e] as const)) };
  cache.set(taxonomy, compiled);
  return compiled;
}

/** The folded word a region's goals use for the region itself ("Ett nyskapande Västmanland"). */
const REGION_WORD: Record<Region, string> = Object.fromEntries(
  REGIONS.map((r) => [r, fold(r === "Västra Götaland" ? "Västra Götaland" : r.split(" ")[0])]),
) as Record<Region, string>;

/** True when a RUS goal names its own region, so finding it in another region's row is telling. */
export function namesOwnRegion(entry: TaxonomyEntry): boolean {
  const region = entry.regions?.[0];
  return !!region && fold(entry.name).includes(REGION_WORD[region]);
}
