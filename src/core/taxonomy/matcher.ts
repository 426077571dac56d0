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
  /** namesOwnRegion(entry, tokens), worked out once: does this wording itself name the goal's region? */
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
    patterns.push({ entry, kind, tokens, weight, namesOwnRegion: namesOwnRegion(entry, tokens) });
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

/** Words of a strategy's name that every region's strategy has ("Regional utvecklingsstrategi 2020-2030"). */
const GENERIC_STRATEGY_WORD = /^(regional|regionala|regionalt|utvecklingsstrategi|utvecklingsstrategin|strategi|strategin|rus|for|i|lan|lans|och|\d+)$/;

/**
 * True when a RUS goal's wording names its own region ("Ett nyskapande Västmanland"), so finding it in another
 * region's row is telling. Per wording, not per entry: "Attraktiva livsmiljöer", a variant of Blekinge's
 * "I Blekinge utvecklar vi attraktiva livsmiljöer", says nothing about Blekinge.
 */
export function namesOwnRegion(entry: TaxonomyEntry, tokens: string[] = words(entry.name)): boolean {
  const region = entry.regions?.[0];
  if (!region) return false;
  // A strategy's own name is telling even without the region in it ("RUFS 2050", "VG2021-2030",
  // "Klimat att växa i"), unless it is only the generic words every region uses.
  if (entry.level === "strategi" && tokens.some((t) => !GENERIC_STRATEGY_WORD.test(t))) return true;
  const word = REGION_WORD[region].split(" ");
  // The region's last word may be inflected or compounded: "Gotlands", "Blekingebor", "Västra Götalands".
  const last = word.length - 1;
  return tokens.some((_, i) => word.every((w, k) => (k < last ? tokens[i + k] === w : !!tokens[i + k]?.startsWith(w))));
}
