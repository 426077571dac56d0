import { compareRegions, isRegion, normalizeRegion, REGIONS, regionOrder } from "../../src/core/regions";

/** Copied from PRODUCT.md, "The 21 regions, in publication order". */
const PUBLICATION_ORDER = [
  "Blekinge", "Dalarna", "Gotland", "Gävleborg", "Halland", "Jämtland Härjedalen",
  "Jönköping", "Kalmar", "Kronoberg", "Norrbotten", "Skåne", "Stockholm", "Sörmland", "Uppsala",
  "Värmland", "Västerbotten", "Västernorrland", "Västmanland", "Västra Götaland", "Örebro",
  "Östergötland",
];

describe("REGIONS", () => {
  test("are the 21 regions in publication order", () => {
    expect([...REGIONS]).toEqual(PUBLICATION_ORDER);
    expect(new Set(REGIONS).size).toBe(21);
  });

  test("publication order is Swedish collation, not code-point order", () => {
    expect([...PUBLICATION_ORDER].sort(new Intl.Collator("sv").compare)).toEqual(PUBLICATION_ORDER);
    // Code-point order would put Å before Ä; Swedish puts Å, Ä, Ö after Z in that order.
    expect(["Östergötland", "Zeta", "Ärla", "Åsele", "Örebro"].sort(compareRegions)).toEqual([
      "Örebro", "Östergötland", "Zeta", "Åsele", "Ärla",
    ]);
  });

  test("isRegion knows exactly the short forms", () => {
    for (const region of PUBLICATION_ORDER) expect(isRegion(region)).toBe(true);
    expect(isRegion("Södermanland")).toBe(false);
    expect(isRegion("blekinge")).toBe(false);
  });
});

describe("normalizeRegion", () => {
  test.each([
    ["Region Jönköpings län", "Jönköping"],
    ["Västra Götalandsregionen", "Västra Götaland"],
    ["Region Örebro län", "Örebro"],
    ["Södermanland", "Sörmland"],
    ["Södermanlands län", "Sörmland"],
    ["Region Sörmland", "Sörmland"],
    ["Region Skåne", "Skåne"],
    ["Gotlands län", "Gotland"],
    ["Region Gotland", "Gotland"],
    ["Stockholms län", "Stockholm"],
    ["Region Stockholm", "Stockholm"],
    ["Region Jämtland Härjedalen", "Jämtland Härjedalen"],
    ["Jämtlands län", "Jämtland Härjedalen"],
    ["Region Västra Götaland", "Västra Götaland"],
    ["Region Östergötland", "Östergötland"],
    ["Västerbottens län", "Västerbotten"],
    ["Region Kalmar län", "Kalmar"],
    ["Dalarnas län", "Dalarna"],
    ["  REGION   uppsala ", "Uppsala"],
    ["region skåne", "Skåne"],
    ["VÄSTRA GÖTALANDSREGIONEN", "Västra Götaland"],
    ["Region\u00a0Halland", "Halland"],
    ["Region\tGävleborg\n", "Gävleborg"],
  ])("%j → %s", (input, expected) => {
    expect(normalizeRegion(input)).toBe(expected);
  });

  test("every short form maps to itself, in any case and spacing", () => {
    for (const region of PUBLICATION_ORDER) {
      expect(normalizeRegion(region)).toBe(region);
      expect(normalizeRegion(`  ${region.toUpperCase().replace(" ", "   ")}  `)).toBe(region);
      expect(normalizeRegion(`Region ${region.toLowerCase()}`)).toBe(region);
    }
  });

  test("decomposed (NFD) letters, as pasted from some sources, still match", () => {
    expect(normalizeRegion("Örebro".normalize("NFD"))).toBe("Örebro");
    expect(normalizeRegion("Region Jönköpings län".normalize("NFD"))).toBe("Jönköping");
  });

  test.each([["Narnia"], [""], ["   "], ["Regionen"], ["Region"], ["Region Narnia"], ["län"], ["Sverige"], ["2023"], ["Örebrö"]])(
    "%j is not a region",
    (input) => {
      expect(normalizeRegion(input)).toBeNull();
    }
  );

  test("non-strings are not regions", () => {
    expect(normalizeRegion(2023)).toBeNull();
    expect(normalizeRegion(0)).toBeNull();
    expect(normalizeRegion(null)).toBeNull();
    expect(normalizeRegion(undefined)).toBeNull();
    expect(normalizeRegion({ region: "Skåne" })).toBeNull();
  });
});

describe("compareRegions", () => {
  test("sorts the short forms into publication order from any starting order", () => {
    const shuffled = [...PUBLICATION_ORDER].reverse();
    shuffled.push(shuffled.splice(3, 1)[0]);
    expect(shuffled.sort(compareRegions)).toEqual(PUBLICATION_ORDER);
    expect([...PUBLICATION_ORDER].sort().sort(compareRegions)).toEqual(PUBLICATION_ORDER);
  });

  test("å ä ö come after z: Örebro before Östergötland, Västra Götaland before Örebro", () => {
    expect(compareRegions("Örebro", "Östergötland")).toBeLessThan(0);
    expect(compareRegions("Östergötland", "Örebro")).toBeGreaterThan(0);
    expect(compareRegions("Västra Götaland", "Örebro")).toBeLessThan(0);
    expect(compareRegions("Uppsala", "Västra Götaland")).toBeLessThan(0);
    expect(compareRegions("Stockholm", "Sörmland")).toBeLessThan(0);
    expect(compareRegions("Gotland", "Gävleborg")).toBeLessThan(0);
    expect(compareRegions("Skåne", "Skåne")).toBe(0);
  });

  test("long forms sort where their region does", () => {
    const names = ["Region Östergötland", "Region Örebro län", "Västra Götalandsregionen", "Södermanland", "Stockholms län", "Region Jönköpings län", "Blekinge"];
    expect([...names].sort(compareRegions)).toEqual([
      "Blekinge", "Region Jönköpings län", "Stockholms län", "Södermanland", "Västra Götalandsregionen", "Region Örebro län", "Region Östergötland",
    ]);
    expect(compareRegions("Region Örebro län", "Östergötland")).toBeLessThan(0);
    expect(compareRegions("Västra Götalandsregionen", "Örebro")).toBeLessThan(0);
  });

  test("names that are not regions come after all 21, in Swedish order", () => {
    expect(["Narnia", "Östergötland", "Ankeborg", "Blekinge"].sort(compareRegions)).toEqual(["Blekinge", "Östergötland", "Ankeborg", "Narnia"]);
    expect(regionOrder("Narnia")).toBe(21);
    expect(regionOrder("Region Blekinge")).toBe(0);
    expect(regionOrder("Region Östergötland")).toBe(20);
  });
});
