import { REGIONS, type Region } from "../regions";
import { canonicalReference, rusGoalsOf, rusStrategyOf } from "./taxonomy";
import { fold, STOP, words } from "./text";
import type { Taxonomy, TaxonomyEntry } from "./types";

export type MatchKind = "name" | "variant" | "prefix";

export interface Pattern {
  entry: TaxonomyEntry;
  kind: MatchKind;
  /**
   * The phrase's folded words. It matches where the folded text has exactly these words in a row,
   * whatever separates them – what the regex (?<![a-z0-9])w1[^a-z0-9]+w2…(?![a-z0-9]) matched before.
   */
  tokens: string[];
  /** Content words in the phrase: one or two is too little to trust without a label nearby. */
  weight: number;
  /** namesOwnRegion(entry), worked out once: it folds the name, too dear to do per cell and pattern. */
  namesOwnRegion: boolean;
}

export interface Compiled {
  patterns: Pattern[];
  /**
   * The patterns by their first word, each list in pattern order: a word of a text need only try
   * these, and where two entries share a wording the first in the taxonomy still wins.
   */
  byFirstWord: Map<string, Pattern[]>;
  canonical: Map<string, TaxonomyEntry>;
  byId: Map<string, TaxonomyEntry>;
  /** rusGoalsOf / rusStrategyOf for this taxonomy, kept per region (each is a scan of every entry). */
  rusGoals(region: Region): TaxonomyEntry[];
  rusStrategy(region: Region): TaxonomyEntry | undefined;
}

/** Long goals are often cut short (PDF columns, sloppy copying): their first words still identify them. */
const PREFIX_MIN_WORDS = 7;
const PREFIX_WORDS = 5;

const cache = new WeakMap<Taxonomy, Compiled>();

/**
 * Patterns for every name and variant of every entry, and the indexes over them, built once per
 * taxonomy object (an extended taxonomy is a new object and gets its own).
 */
export function compile(taxonomy: Taxonomy): Compiled {
  const hit = cache.get(taxonomy);
  if (hit) return hit;
  const patterns: Pattern[] = [];
  const add = (entry: TaxonomyEntry, kind: MatchKind, tokens: string[], weight: number) =>
    patterns.push({ entry, kind, tokens, weight, namesOwnRegion: namesOwnRegion(entry) });
  const prefixes = new Map<string, TaxonomyEntry[]>();
  for (const entry of taxonomy.entries) {
    const phrases = [...(entry.matchName === false ? [] : [entry.name]), ...(entry.variants ?? [])];
    const seen = new Set<string>();
    phrases.forEach((phrase, i) => {
      const tokens = words(phrase);
      const key = tokens.join(" ");
      if (!tokens.length || seen.has(key)) return;
      seen.add(key);
      add(entry, i === 0 && entry.matchName !== false ? "name" : "variant", tokens, tokens.filter((t) => !STOP.has(t)).length);
      if (tokens.length >= PREFIX_MIN_WORDS) {
        const p = tokens.slice(0, PREFIX_WORDS).join(" ");
        const list = prefixes.get(p) ?? [];
        if (!list.includes(entry)) list.push(entry);
        prefixes.set(p, list);
      }
    });
  }
  // A prefix shared by two entries identifies neither, so it is not used.
  for (const [p, list] of prefixes) if (list.length === 1) add(list[0], "prefix", p.split(" "), PREFIX_WORDS);

  const byFirstWord = new Map<string, Pattern[]>();
  for (const p of patterns) {
    const list = byFirstWord.get(p.tokens[0]);
    if (list) list.push(p);
    else byFirstWord.set(p.tokens[0], [p]);
  }
  const goals = new Map<Region, TaxonomyEntry[]>();
  const strategies = new Map<Region, TaxonomyEntry | undefined>();
  const compiled: Compiled = {
    patterns,
    byFirstWord,
    canonical: new Map(taxonomy.entries.map((e) => [canonicalReference(e), e] as const)),
    byId: new Map(taxonomy.entries.map((e) => [e.id, e] as const)),
    rusGoals: (region) => goals.get(region) ?? set(goals, region, rusGoalsOf(region, taxonomy)),
    rusStrategy: (region) => (strategies.has(region) ? strategies.get(region) : set(strategies, region, rusStrategyOf(region, taxonomy))),
  };
  cache.set(taxonomy, compiled);
  return compiled;
}

function set<K, V>(map: Map<K, V>, key: K, value: V): V {
  map.set(key, value);
  return value;
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
