import { normalizeRegion } from "../regions";
import { fold, slug, words } from "./text";
import type { Taxonomy, TaxonomyEntry } from "./types";

/** One RUS goal added or renamed by a region (a row of the "Mål" sheet, or an item of the coordinator's JSON). */
export interface ExtensionGoal {
  region: string;
  /** The region's word for the level: Mål, Prioritering, Delmål … (default "Mål"). */
  type?: string;
  code?: string;
  name: string;
  /** Id or current name of the goal this one renames. */
  replaces?: string;
  variants?: string[];
  /** The sheet row it came from, for error messages. */
  row?: number;
}

export interface TaxonomyExtension {
  /** Where the extension came from, kept as the entries' source ("Region Blekinge, RUS 2024"). */
  source?: string;
  goals: ExtensionGoal[];
  /** From a sheet: the column each field was read from ("D (Namn)"), so errors name it. */
  columnNames?: Record<string, string>;
}

export type Cell = string | number | boolean | null;
export type Grid = Cell[][];

export interface ExtensionIssue {
  /** 1-based row in the sheet, or the index in the JSON goals list (1-based). */
  row: number;
  column: string;
  message: string;
}

export class TaxonomyExtensionError extends Error {
  constructor(readonly issues: ExtensionIssue[]) {
    super(issues.map((i) => `Rad ${i.row}, kolumn ${i.column}: ${i.message}`).join("\n"));
    this.name = "TaxonomyExtensionError";
  }
}

/** Header words accepted for each column of the "Mål" sheet; order of columns does not matter. */
type Field = Exclude<keyof ExtensionGoal, "row">;
const COLUMNS: Record<Field, string[]> = {
  region: ["region"],
  type: ["typ", "niva"],
  code: ["kod", "nummer", "nr"],
  name: ["namn", "mal", "lydelse"],
  replaces: ["ersatter", "ersatter id", "tidigare namn"],
  variants: ["varianter", "andra skrivsatt"],
};

const text = (c: Cell): string => (c === null || c === undefined ? "" : String(c).trim());
const colLetter = (i: number): string => (i < 26 ? "" : colLetter(Math.floor(i / 26) - 1)) + String.fromCharCode(65 + (i % 26));

/**
 * Reads the rows of a "Mål" sheet: a header row (Region | Typ | Kod | Namn | Ersätter | Varianter),
 * then one goal per row. Blank rows are skipped; rows above the header (titles) are ignored.
 */
export function readGoalSheet(grid: Grid, source = "Mål-blad"): TaxonomyExtension {
  const headerAt = grid.findIndex((row) => row.some((c) => fold(text(c)).trim() === "namn"));
  if (headerAt < 0) throw new TaxonomyExtensionError([{ row: 1, column: "Namn", message: "hittar ingen rubrikrad med kolumnen Namn" }]);
  const cols: Partial<Record<Field, number>> = {};
  grid[headerAt].forEach((c, i) => {
    const h = fold(text(c)).replace(/\s+/g, " ").trim();
    for (const [key, names] of Object.entries(COLUMNS)) if (names.includes(h)) cols[key as Field] ??= i;
  });
  if (cols.region === undefined) throw new TaxonomyExtensionError([{ row: headerAt + 1, column: "Region", message: "rubrikraden saknar kolumnen Region" }]);
  const goals: ExtensionGoal[] = [];
  for (let r = headerAt + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every((c) => text(c) === "")) continue;
    const get = (k: Field) => (cols[k] === undefined ? "" : text(row[cols[k]!]));
    const variants = get("variants");
    goals.push({
      row: r + 1, region: get("region"), type: get("type") || undefined, code: get("code") || undefined,
      name: get("name"), replaces: get("replaces") || undefined, variants: variants ? variants.split(/\s*;\s*/).filter(Boolean) : undefined,
    });
  }
  const letters = Object.fromEntries(Object.entries(cols).map(([k, i]) => [k, `${colLetter(i!)} (${text(grid[headerAt][i!])})`]));
  return { source, goals, columnNames: letters };
}

/** Parses the coordinator's JSON file: { source?, goals: [{ region, type?, code?, name, replaces?, variants? }] }. */
export function parseExtensionJson(json: string): TaxonomyExtension {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new TaxonomyExtensionError([{ row: 0, column: "-", message: `ogiltig JSON: ${(e as Error).message}` }]);
  }
  const goals = (data as TaxonomyExtension)?.goals;
  if (!Array.isArray(goals)) throw new TaxonomyExtensionError([{ row: 0, column: "goals", message: "filen saknar listan goals" }]);
  return data as TaxonomyExtension;
}

/**
 * A new taxonomy with the extension's RUS goals added, or renamed in place (the id stays, the old
 * name becomes a variant so last year's cells are still recognised). All rows are checked first;
 * any bad row rejects the whole extension, so a region never ends up with half a goal list.
 */
export function extendTaxonomy(base: Taxonomy, extension: TaxonomyExtension | Grid): Taxonomy {
  const ext = Array.isArray(extension) ? readGoalSheet(extension) : extension;
  const colName = (k: string) => ext.columnNames?.[k] ?? k;
  const entries = base.entries.map((e) => ({ ...e }));
  const source = `user:${ext.source ?? "tillägg"}`;
  const issues: ExtensionIssue[] = [];
  const seen = new Set<string>();
  ext.goals.forEach((g, i) => {
    const row = g.row ?? i + 1;
    const bad = (column: string, message: string) => issues.push({ row, column: colName(column), message });
    const region = normalizeRegion(g.region);
    if (!region) return bad("region", g.region ? `okänd region "${g.region}"` : "region saknas");
    const name = typeof g.name === "string" ? g.name.replace(/\s+/g, " ").trim() : "";
    if (!name) return bad("name", "namn saknas");
    if (/^[\d\s.,]+$/.test(name)) return bad("name", `"${name}" är bara en siffra; skriv målets lydelse`);
    const key = `${region}|${fold(name)}`;
    if (seen.has(key)) return bad("name", `"${name}" finns redan på en tidigare rad för ${region}`);
    seen.add(key);
    const own = entries.filter((e) => e.framework === "rus" && e.regions?.includes(region) && e.level !== "strategi");
    let target: TaxonomyEntry | undefined;
    if (g.replaces) {
      // By id (or an id merged into another), else by wording: the name or a known variant, whatever the punctuation.
      const r = words(g.replaces).join(" ");
      const id = base.aliases?.[g.replaces] ?? g.replaces;
      target = own.find((e) => e.id === id) ?? own.find((e) => [e.name, ...(e.variants ?? [])].some((w) => words(w).join(" ") === r));
      if (!target) return bad("replaces", `hittar inget RUS-mål för ${region} med id eller namn "${g.replaces}"`);
    } else if (g.code) {
      target = own.find((e) => e.code === String(g.code));
    }
    const level = (g.type ?? "Mål").toLowerCase();
    if (target) {
      const old = target.name;
      Object.assign(target, { name, level, code: g.code ? String(g.code) : target.code, confidence: "user" as const, sources: [...target.sources, source] });
      // A renamed goal is matched by its new name even where the bundled name was not matched on its own.
      delete target.matchName;
      target.variants = [...new Set([...(target.variants ?? []), ...(old !== name ? [old] : []), ...(g.variants ?? [])])];
      return;
    }
    const rs = slug(region);
    let id = `rus:${rs}:${g.code ? slug(String(g.code)) : slug(name).slice(0, 40)}`;
    while (entries.some((e) => e.id === id)) id += "-x";
    entries.push({ id, framework: "rus", code: g.code ? String(g.code) : undefined, name, level, regions: [region], parent: `rus:${rs}`,
      variants: g.variants, confidence: "user", sources: [source] });
  });
  if (issues.length) throw new TaxonomyExtensionError(issues);
  for (const e of entries) for (const k of Object.keys(e)) if (e[k] === undefined) delete e[k];
  return {
    version: base.version, entries, sources: { ...base.sources, [source]: { title: ext.source ?? "Tillägg från användare" } },
    aliases: base.aliases,
    extensions: [...(base.extensions ?? []), ext.source ?? "tillägg"],
  };
}
