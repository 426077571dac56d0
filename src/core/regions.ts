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
