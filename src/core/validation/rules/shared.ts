import type { RecognisedRow, RecognisedTable } from "../../recognise";
import type { ProblemKind, Reference } from "../../taxonomy";
import type { ValidationContext } from "../context";

/** Helpers the goal rules share; not a rule itself. */

export interface RowRef {
  table: RecognisedTable;
  row: RecognisedRow;
  ref: Reference;
}

/**
 * What the goal rules walk, worked out once per workbook: nine rules ask for the references (or the
 * rows with a problem of some kind), and rebuilding the lists each time cost more than reading them.
 * A context never changes once built (see buildContext), so keying on it is safe.
 */
const rowsOf = new WeakMap<ValidationContext, { table: RecognisedTable; row: RecognisedRow }[]>();
const refsOf = new WeakMap<ValidationContext, RowRef[]>();

/** Activity-table rows (tables 1–7) that carry data, in the tables checked. Do not change the list returned. */
export function activityRows(ctx: ValidationContext): { table: RecognisedTable; row: RecognisedRow }[] {
  let rows = rowsOf.get(ctx);
  if (!rows) {
    rows = ctx.checkedTables
      .filter((t) => t.def.kind === "activity")
      .flatMap((table) => ctx.dataRows(table).map((row) => ({ table, row })));
    rowsOf.set(ctx, rows);
  }
  return rows;
}

/** Every recognised reference in a Mål cell, with its row. Do not change the list returned. */
export function references(ctx: ValidationContext): RowRef[] {
  let refs = refsOf.get(ctx);
  if (!refs) {
    refs = activityRows(ctx).flatMap(({ table, row }) => ctx.referencesOf(table, row).map((ref) => ({ table, row, ref })));
    refsOf.set(ctx, refs);
  }
  return refs;
}

/** The references the recogniser marked with a problem of this kind. */
export function withProblem(ctx: ValidationContext, kind: ProblemKind): (RowRef & { message: string })[] {
  const out: (RowRef & { message: string })[] = [];
  for (const r of references(ctx)) {
    // Most references have no problem at all: skip them without building anything.
    if (!r.ref.problems.length) continue;
    for (const p of r.ref.problems) if (p.kind === kind) out.push({ ...r, message: p.message });
  }
  return out;
}

/** The cited text as a person reads it: one line, no trailing punctuation. */
export function quoted(ref: Reference): string {
  return ref.text.replace(/\s+/g, " ").replace(/[\s.,;:]+$/, "").trim();
}

/** "Blekinge, Kalmar och Kronoberg". */
export function list(items: readonly string[], and = "och"): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
