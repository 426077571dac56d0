import { normalizeRegion, type Region } from "../regions";
import bundled from "./taxonomy-2023.json";
import type { Framework, Taxonomy, TaxonomyEntry } from "./types";

/** The taxonomy shipped with this version of the product. Callers get a copy they may extend. */
export function loadTaxonomy(): Taxonomy {
  const data = bundled as unknown as Taxonomy;
  return { version: data.version, entries: data.entries.map((e) => ({ ...e })), sources: { ...data.sources }, aliases: { ...data.aliases } };
}

/** The entry with this id, or the one a merged id now points to (taxonomy.aliases). */
export function entryById(taxonomy: Taxonomy, id: string): TaxonomyEntry | undefined {
  const target = taxonomy.aliases?.[id] ?? id;
  return taxonomy.entries.find((e) => e.id === target);
}

/** A region's RUS goals (not the strategy entry itself), in taxonomy order. */
export function rusGoalsOf(region: Region | string, taxonomy: Taxonomy = defaultTaxonomy()): TaxonomyEntry[] {
  const r = normalizeRegion(region);
  if (!r) return [];
  return taxonomy.entries.filter((e) => e.framework === "rus" && e.level !== "strategi" && e.regions?.includes(r));
}

/** The region's RUS as a whole ("rus:gotland"): cited by "RUS samtliga mål". */
export function rusStrategyOf(region: Region, taxonomy: Taxonomy): TaxonomyEntry | undefined {
  return taxonomy.entries.find((e) => e.framework === "rus" && e.level === "strategi" && e.regions?.includes(region));
}

/** May this region cite Fonden för en rättvis omställning? Only its territories may. */
export function jtfAllowed(region: Region | string, taxonomy: Taxonomy = defaultTaxonomy()): boolean {
  const r = normalizeRegion(region);
  const jtf = entryById(taxonomy, "jtf");
  return !!r && !!jtf && (!jtf.regions || jtf.regions.includes(r));
}

export type Eligibility = "whole" | "part" | "none";

/** "part" where only part of the region is in the programme area (Aurora's Sápmi, Sverige–Norge in Västra Götaland). */
export function interregEligibility(programmeId: string, region: Region | string, taxonomy: Taxonomy = defaultTaxonomy()): Eligibility {
  const r = normalizeRegion(region);
  const id = programmeId.startsWith("interreg:") || programmeId === "interreg" ? programmeId : `interreg:${programmeId}`;
  const e = entryById(taxonomy, id);
  if (!r || !e) return "none";
  if (e.partialRegions?.includes(r)) return "part";
  return !e.regions || e.regions.includes(r) ? "whole" : "none";
}

/** True when the region, or part of it, may take part in the programme ("aurora" or "interreg:aurora"). */
export function interregAllowed(programmeId: string, region: Region | string, taxonomy: Taxonomy = defaultTaxonomy()): boolean {
  return interregEligibility(programmeId, region, taxonomy) !== "none";
}

/** How each framework is named at the start of a canonical reference. */
export function frameworkLabel(entry: TaxonomyEntry): string {
  const labels: Record<Framework, string> = {
    rus: "RUS",
    agenda2030: "Agenda 2030",
    national: "Nationell strategi",
    transport: "Transportpolitiska mål",
    po: "Regionalfonden",
    "erdf-so": "Regionalfonden",
    erdf: "Regionalfonden",
    esf: "ESF+",
    jtf: "FRO",
    interreg: "Interreg",
    legacy: "2014–2020",
    amif: "AMIF",
  };
  const label = labels[entry.framework];
  return entry.framework === "rus" && entry.regions?.length === 1 ? `${label} ${entry.regions[0]}` : label;
}

/**
 * The line the goal picker writes into a Mål cell: "Agenda 2030: 7 Hållbar energi för alla",
 * "Regionalfonden: PO1 Ett smartare Europa", "RUS Blekinge: Stärkt attraktivitet, särskilt för unga".
 * The code is left out when the name already says it ("Delmål 8").
 */
export function canonicalReference(entry: TaxonomyEntry): string {
  const code = entry.code && !new RegExp(`(^|\\s)${entry.code.replace(/\./g, "\\.")}(\\s|$)`).test(entry.name) ? `${entry.code} ` : "";
  return `${frameworkLabel(entry)}: ${code}${entry.name}`;
}

let cached: Taxonomy | undefined;
function defaultTaxonomy(): Taxonomy {
  return (cached ??= loadTaxonomy());
}
