import type { Finding, Severity } from "../../core/validation";

/*
 * The findings list as plain data and pure functions, tested without a browser: which findings the
 * filters let through, how they are grouped (by sheet or by region), identical messages collapsed
 * into one item with a count, and the walk with Nästa/Föregående over the findings that have a cell,
 * in the order the list shows them.
 */

export type SeverityFilter = "all" | "open" | Severity | "accepted";

export interface Filters {
  severity: SeverityFilter;
  /** "" for all. */
  region: string;
  /** 0 for all. */
  table: number;
  /** "" for all. */
  code: string;
}

export type Grouping = "sheet" | "region";

export interface ListState {
  filters: Filters;
  grouping: Grouping;
  /** The key of the finding Nästa/Föregående last selected. */
  current: string | null;
}

export const ALL: Filters = { severity: "all", region: "", table: 0, code: "" };

export function initialState(grouping: Grouping = "sheet"): ListState {
  return { filters: ALL, grouping, current: null };
}

export type ListAction =
  | { type: "filter"; filters: Partial<Filters> }
  | { type: "clear" }
  | { type: "group"; grouping: Grouping }
  | { type: "select"; key: string | null };

export function reducer(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case "filter":
      return { ...state, filters: { ...state.filters, ...action.filters }, current: null };
    case "clear":
      return { ...state, filters: ALL, current: null };
    case "group":
      return { ...state, grouping: action.grouping, current: null };
    case "select":
      return { ...state, current: action.key };
  }
}

function severityMatches(f: Finding, severity: SeverityFilter): boolean {
  switch (severity) {
    case "all":
      return true;
    case "open":
      return !f.accepted;
    case "accepted":
      return Boolean(f.accepted);
    default:
      return f.severity === severity && !f.accepted;
  }
}

export function applyFilters(findings: readonly Finding[], filters: Filters): Finding[] {
  return findings.filter(
    (f) =>
      severityMatches(f, filters.severity) &&
      (!filters.region || f.region === filters.region) &&
      (!filters.table || f.table === filters.table) &&
      (!filters.code || f.code === filters.code)
  );
}

/** What the filters can choose from: the regions, tables and codes the findings have, with counts, in a sensible order. */
export function filterOptions(findings: readonly Finding[], regionOrder: readonly string[]): { regions: [string, number][]; tables: [number, number][]; codes: [string, number][] } {
  const count = <K>(keys: (K | undefined)[]) => {
    const m = new Map<K, number>();
    for (const k of keys) if (k !== undefined && k !== "") m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const rank = (r: string) => (regionOrder.indexOf(r) < 0 ? regionOrder.length : regionOrder.indexOf(r));
  const regions = [...count(findings.map((f) => f.region))].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0], "sv"));
  const tables = [...count(findings.map((f) => f.table))].sort((a, b) => a[0] - b[0]);
  // Codes in the order they first appear (the findings are in sheet and row order).
  const codes = [...count(findings.map((f) => f.code))];
  return { regions, tables, codes };
}

/** One line of the list: a finding, or several with the same code and message (collapsed). */
export interface Item {
  /** The first finding's key (stable across runs). */
  key: string;
  code: string;
  severity: Severity;
  message: string;
  findings: Finding[];
}

export interface Group {
  key: string;
  label: string;
  items: Item[];
  counts: Record<Severity, number> & { accepted: number };
}

/**
 * Groups in the findings' order (sheets in workbook order, regions as they first appear; workbook-
 * level findings, with no sheet or region, first under `workbookLabel`). Within a group, findings
 * with the same code, message and status (open, accepted, reopened) form one item.
 */
export function groupFindings(findings: readonly Finding[], grouping: Grouping, workbookLabel: string): Group[] {
  const groups = new Map<string, Group>();
  findings.forEach((f) => {
    const name = grouping === "sheet" ? f.sheet : f.region;
    const gkey = name ?? "";
    let group = groups.get(gkey);
    if (!group) {
      group = { key: gkey || "\u0000workbook", label: name ?? workbookLabel, items: [], counts: { fel: 0, varning: 0, accepted: 0 } };
      groups.set(gkey, group);
    }
    if (f.accepted) group.counts.accepted++;
    else group.counts[f.severity]++;
    const status = f.accepted ? "a" : f.reopened ? "r" : "o";
    const same = group.items.find((item) => item.code === f.code && item.message === f.message && status === (item.findings[0].accepted ? "a" : item.findings[0].reopened ? "r" : "o"));
    if (same) same.findings.push(f);
    else group.items.push({ key: findingKey(f), code: f.code, severity: f.severity, message: f.message, findings: [f] });
  });
  const all = [...groups.values()];
  // Workbook-level findings (the most serious kind: a missing table) come first.
  return [...all.filter((g) => g.key === "\u0000workbook"), ...all.filter((g) => g.key !== "\u0000workbook")];
}

/** The findings Nästa/Föregående walk through: those with a cell to select, in the order the list shows them. */
export function steps(groups: readonly Group[]): Finding[] {
  return groups.flatMap((g) => g.items.flatMap((item) => item.findings)).filter((f) => f.sheet && f.cell);
}

/** The finding one step from the current one (the first or last when there is no current one); null at either end. */
export function step(walk: readonly Finding[], current: string | null, direction: 1 | -1): { finding: Finding; index: number } | null {
  if (!walk.length) return null;
  const at = current === null ? -1 : walk.findIndex((f) => findingKey(f) === current);
  const index = at < 0 ? (direction === 1 ? 0 : walk.length - 1) : at + direction;
  if (index < 0 || index >= walk.length) return null;
  return { finding: walk[index], index };
}

/** The finding's key (validation gives every finding one). */
export function findingKey(f: Finding): string {
  return f.key ?? `${f.code}|${f.sheet ?? ""}|${f.cell ?? ""}`;
}
