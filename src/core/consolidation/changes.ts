import { normalizeText } from "../recognise";
import type { Region } from "../regions";
import { ACTIVITY_COLUMNS, type ActivityTableNumber, QUESTIONS } from "../tables";
import type { CellChange, FormEntry, MasterRow, RegionChanges, RowChange } from "./types";

/**
 * What a resubmission changed, per region. Rows of tables 1–7 are matched within table and region
 * by their activity text (normalised: case, spaces and line breaks do not count); the k-th row with
 * a text matches the k-th row with the same text before. Rows left over on both sides that stand at
 * the same position in the region's table are the same row with a new activity text; the rest are
 * added or removed. Table 8 is compared question by question.
 */

const FIELDS = ["activity", "outputs", "effects", "goals"] as const;
const label = (field: string) => ACTIVITY_COLUMNS.find((c) => c.key === field)!.header.split("\n")[0];

function cellDiff(before: MasterRow | null, after: MasterRow | null): CellChange[] {
  return FIELDS.flatMap((f) => {
    const b = before?.values[f] ?? "";
    const a = after?.values[f] ?? "";
    return a === b ? [] : [{ column: label(f), before: b, after: a }];
  });
}

function diffTable(table: ActivityTableNumber, region: Region, before: MasterRow[], after: MasterRow[]): RowChange[] {
  const matchOf = new Map<number, number>(); // after index → before index
  const taken = new Set<number>();
  after.forEach((row, i) => {
    const key = normalizeText(row.values.activity);
    const j = before.findIndex((old, k) => !taken.has(k) && normalizeText(old.values.activity) === key);
    if (j >= 0) {
      matchOf.set(i, j);
      taken.add(j);
    }
  });
  after.forEach((_, i) => {
    if (!matchOf.has(i) && i < before.length && !taken.has(i)) {
      matchOf.set(i, i);
      taken.add(i);
    }
  });
  const changes: RowChange[] = [];
  after.forEach((row, i) => {
    const j = matchOf.get(i);
    const old = j === undefined ? null : before[j];
    const cells = cellDiff(old, row);
    if (!old) changes.push({ region, table, kind: "added", label: row.values.activity, after: row.lineage, cells });
    else if (cells.length) changes.push({ region, table, kind: "changed", label: row.values.activity, before: old.lineage, after: row.lineage, cells });
  });
  before.forEach((old, j) => {
    if (!taken.has(j)) changes.push({ region, table, kind: "removed", label: old.values.activity, before: old.lineage, cells: cellDiff(old, null) });
  });
  return changes;
}

function formCells(entry: FormEntry | undefined): Map<string, string> {
  const cells = new Map<string, string>();
  for (const q of QUESTIONS) {
    const answer = entry?.answers.find((a) => a.question === q.number);
    cells.set(`Fråga ${q.number}`, answer?.text ?? "");
    if (q.yesNo) cells.set(`Fråga ${q.number} Ja/Nej`, answer?.answer ?? "");
  }
  return cells;
}

function diffForm(region: Region, before: FormEntry | undefined, after: FormEntry | undefined): RowChange[] {
  if (!before && !after) return [];
  const b = formCells(before);
  const a = formCells(after);
  const cells = [...a.keys()].flatMap((column) => (a.get(column) === b.get(column) ? [] : [{ column, before: b.get(column)!, after: a.get(column)! }]));
  if (!before) return [{ region, table: 8, kind: "added", label: "Tabell 8", after: after!.lineage, cells }];
  if (!after) return [{ region, table: 8, kind: "removed", label: "Tabell 8", before: before.lineage, cells }];
  return cells.length ? [{ region, table: 8, kind: "changed", label: "Tabell 8", before: before.lineage, after: after.lineage, cells }] : [];
}

export function diffRegion(
  region: Region,
  before: { rows: MasterRow[]; form?: FormEntry },
  after: { rows: MasterRow[]; form?: FormEntry }
): RegionChanges {
  const rows: RowChange[] = [];
  for (const table of [1, 2, 3, 4, 5, 6, 7] as const) {
    rows.push(...diffTable(table, region, before.rows.filter((r) => r.table === table), after.rows.filter((r) => r.table === table)));
  }
  rows.push(...diffForm(region, before.form, after.form));
  const count = (kind: RowChange["kind"]) => rows.filter((r) => r.kind === kind).length;
  return { region, added: count("added"), removed: count("removed"), changed: count("changed"), rows };
}
