/** The 21 regions, by the short name used in the published compilation, in publication order. */
export const REGIONS = [
  "Blekinge",
  "Dalarna",
  "Gotland",
  "Gävleborg",
  "Halland",
  "Jämtland Härjedalen",
  "Jönköping",
  "Kalmar",
  "Kronoberg",
  "Norrbotten",
  "Skåne",
  "Stockholm",
  "Sörmland",
  "Uppsala",
  "Värmland",
  "Västerbotten",
  "Västernorrland",
  "Västmanland",
  "Västra Götaland",
  "Örebro",
  "Östergötland",
] as const;

export type Region = (typeof REGIONS)[number];

/** Each region's own name for itself, as the published compilation heads its answers in table 8. */
export const REGION_OFFICIAL_NAMES: Readonly<Record<Region, string>> = {
  Blekinge: "Region Blekinge",
  Dalarna: "Region Dalarna",
  Gotland: "Region Gotland",
  Gävleborg: "Region Gävleborg",
  Halland: "Region Halland",
  "Jämtland Härjedalen": "Region Jämtland Härjedalen",
  Jönköping: "Region Jönköpings län",
  Kalmar: "Region Kalmar län",
  Kronoberg: "Region Kronoberg",
  Norrbotten: "Region Norrbotten",
  Skåne: "Region Skåne",
  Stockholm: "Region Stockholm",
  Sörmland: "Region Sörmland",
  Uppsala: "Region Uppsala",
  Värmland: "Region Värmland",
  Västerbotten: "Region Västerbotten",
  Västernorrland: "Region Västernorrland",
  Västmanland: "Region Västmanland",
  "Västra Götaland": "Västra Götalandsregionen",
  Örebro: "Region Örebro län",
  Östergötland: "Region Östergötland",
};

/** Names real workbooks use that the plain rules below cannot derive. Keys are folded (see fold). */
const ALIASES: Record<string, Region> = {
  södermanland: "Sörmland",
  "västra götalandsregionen": "Västra Götaland",
  vgr: "Västra Götaland",
  jämtland: "Jämtland Härjedalen",
  härjedalen: "Jämtland Härjedalen",
  "jämtland/härjedalen": "Jämtland Härjedalen",
  "jämtland-härjedalen": "Jämtland Härjedalen",
};

/** Lower case, single spaces, no surrounding punctuation: the form names are compared in. */
function fold(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/^[\s.,;:]+|[\s.,;:]+$/g, "");
}

const BY_FOLDED = new Map<string, Region>(REGIONS.map((r) => [fold(r), r]));

function lookup(candidate: string): Region | null {
  return BY_FOLDED.get(candidate) ?? ALIASES[candidate] ?? null;
}

/**
 * The region a name refers to, in its short form, or null when it names none of the 21.
 * Accepts "Region Jönköpings län", "Västra Götalandsregionen", "Södermanland", "REGION  skåne", "Gotlands län".
 */
export function normalizeRegion(input: unknown): Region | null {
  if (typeof input !== "string") return null;
  let name = fold(input);
  if (!name) return null;
  const direct = lookup(name);
  if (direct) return direct;
  name = name.replace(/^region /, "").replace(/ läns? ?(landsting)?$/, "").replace(/^landstinget i /, "");
  name = name.replace(/ län$/, "").replace(/s?regionen$/, "");
  return lookup(name) ?? (name.endsWith("s") ? lookup(name.slice(0, -1)) : null);
}

export function isRegion(name: string): name is Region {
  return (REGIONS as readonly string[]).includes(name);
}

/** Position in publication order; unknown names come after all regions. */
export function regionOrder(name: string): number {
  const region = normalizeRegion(name);
  return region ? REGIONS.indexOf(region) : REGIONS.length;
}

const swedish = new Intl.Collator("sv");

/** Sorts region names in publication order (Swedish collation for names outside the 21). */
export function compareRegions(a: string, b: string): number {
  return regionOrder(a) - regionOrder(b) || swedish.compare(a, b);
}

/**
 * The regions a heading names ("Region Gotland – redovisning 2023", "Västra Götalandsregionen",
 * "Jönköpings län"), each once, in the order named. Used for titles, never for data cells.
 */
export function regionsNamedIn(text: string): Region[] {
  const found: Region[] = [];
  const add = (candidate: string) => {
    const region = normalizeRegion(candidate);
    if (region && !found.includes(region)) found.push(region);
  };
  for (const m of text.matchAll(/\bregion\s+(\p{L}+(?:[\s-]\p{L}+)?)/giu)) {
    add(m[1]);
    add(m[1].split(/[\s-]/)[0]);
  }
  for (const m of text.matchAll(/(\p{L}+(?:\s\p{L}+)?)(?:regionen|s? läns?)\b/giu)) add(`${m[1]}${m[0].slice(m[1].length)}`);
  return found;
}


/** Folded further for near misses: without diacritics (å, ä → a, ö → o), letters and digits only. */
function loose(name: string): string {
  return fold(name)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]/g, "");
}

/** Edit distance where swapping two neighbouring letters counts once ("Blekning" is 2 from "Blekinge"). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Every name a region answers to, loosely folded: its short name and the aliases above. */
const LOOSE_NAMES: [string, Region][] = [...REGIONS.map((r): [string, Region] => [loose(r), r]), ...Object.entries(ALIASES).map(([alias, r]): [string, Region] => [loose(alias), r])];

/**
 * The region a name that names none of the 21 was probably meant to be, for a "did you mean …?":
 * the same letters without å, ä, ö ("Jonkoping", "Vastra Gotaland"), a near miss ("Blekning"), or the
 * start of exactly one region's name ("Västra"). Null when nothing is close, or for a name that
 * normalizeRegion accepts as it is.
 */
export function suggestRegion(input: string): Region | null {
  if (normalizeRegion(input)) return null;
  const name = loose(fold(input).replace(/^region /, "").replace(/ läns?$/, "").replace(/ lan$/, ""));
  if (name.length < 3) return null;
  const exact = LOOSE_NAMES.find(([n]) => n === name || n === name.replace(/s$/, ""));
  if (exact) return exact[1];
  let best: { region: Region; distance: number } | null = null;
  for (const [n, region] of LOOSE_NAMES) {
    const distance = editDistance(name, n);
    if (!best || distance < best.distance) best = { region, distance };
  }
  if (best && best.distance <= (name.length >= 5 ? 2 : 1)) return best.region;
  const prefixed = new Set(LOOSE_NAMES.filter(([n]) => name.length >= 4 && n.startsWith(name)).map(([, r]) => r));
  return prefixed.size === 1 ? [...prefixed][0] : null;
}
