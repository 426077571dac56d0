import { normalizeText } from "../recognise";
import type { Region } from "../regions";
import { ACTIVITY_COLUMNS, ACTIVITY_TABLES, columnName, FORM_TABLE, QUESTIONS } from "../tables";
import type { CellChange, FormEntry, FormEntryAnswer, MasterRow, RegionChanges, RowChange } from "./types";

/**
 * What a resubmission changed, per region. Rows of tables 1–7 are matched within table and region
 * by their activity text (normalised: case, spaces and line breaks do not count); the k-th row with
 * a text matches the k-th row with the same text before. Rows left over on both sides that stand at
 * the same position in the region's table are the same row with a new activity text; the rest are
 * added or removed. Table 8 is compared question by question, an answer being a row of its own.
 */

/** Every column of tables 1–7 but the region, which is the same by construction. */
const COMPARED = ACTIVITY_COLUMNS.filter((c) => c.key !== "region");

function cellDiff(before: MasterRow | null, after: MasterRow | null): CellChange[] {
  return COMPARED.flatMap((c) => {
    const b = before?.values[c.key] ?? "";
    const a = after?.values[c.key] ?? "";
    return a === b ? [] : [{ column: columnName(c), before: b, after: a }];
  });
}

function diffTable(table: MasterRow["table"], region: Region, before: MasterRow[], after: MasterRow[]): RowChange[] {
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

const ANSWER_COLUMN = columnName(FORM_TABLE.columns.find((c) => c.key === "response")!);
const YES_NO_COLUMN = columnName(FORM_TABLE.columns.find((c) => c.key === "answer")!);

function answerCells(before: FormEntryAnswer | undefined, after: FormEntryAnswer | undefined): CellChange[] {
  const cells: CellChange[] = [];
  if ((before?.answer ?? "") !== (after?.answer ?? "")) cells.push({ column: YES_NO_COLUMN, before: before?.answer ?? "", after: after?.answer ?? "" });
  if ((before?.text ?? "") !== (after?.text ?? "")) cells.push({ column: ANSWER_COLUMN, before: before?.text ?? "", after: after?.text ?? "" });
  return cells;
}

function diffForm(region: Region, before: FormEntry | undefined, after: FormEntry | undefined): RowChange[] {
  const table = FORM_TABLE.number;
  return QUESTIONS.flatMap((q): RowChange[] => {
    const b = before?.answers.find((a) => a.question === q.number);
    const a = after?.answers.find((x) => x.question === q.number);
    const label = `Fråga ${q.number}`;
    const cells = answerCells(b, a);
    if (!b && !a) return [];
    if (!b) return [{ region, table, question: q.number, kind: "added", label, after: a!.lineage, cells }];
    if (!a) return [{ region, table, question: q.number, kind: "removed", label, before: b.lineage, cells }];
    return cells.length ? [{ region, table, question: q.number, kind: "changed", label, before: b.lineage, after: a.lineage, cells }] : [];
  });
}

export function diffRegion(
  region: Region,
  before: { rows: MasterRow[]; form?: FormEntry },
  after: { rows: MasterRow[]; form?: FormEntry }
): RegionChanges {
  const rows: RowChange[] = [];
  for (const def of ACTIVITY_TABLES) {
    const table = def.number as MasterRow["table"];
    rows.push(...diffTable(table, region, before.rows.filter((r) => r.table === table), after.rows.filter((r) => r.table === table)));
  }
  rows.push(...diffForm(region, before.form, after.form));
  const count = (kind: RowChange["kind"]) => rows.filter((r) => r.kind === kind).length;
  return { region, added: count("added"), removed: count("removed"), changed: count("changed"), rows };
}
