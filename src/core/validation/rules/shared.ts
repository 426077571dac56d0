import type { RecognisedRow, RecognisedTable } from "../../recognise";
import type { ProblemKind, Reference } from "../../taxonomy";
import type { ValidationContext } from "../context";

/** Helpers the goal rules share; not a rule itself. */

export interface RowRef {
  table: RecognisedTable;
  row: RecognisedRow;
  ref: Reference;
}

/** Activity-table rows (tables 1–7) that carry data, in the tables checked. */
export function activityRows(ctx: ValidationContext): { table: RecognisedTable; row: RecognisedRow }[] {
  return ctx.checkedTables
    .filter((t) => t.def.kind === "activity")
    .flatMap((table) => ctx.dataRows(table).map((row) => ({ table, row })));
}

/** Every recognised reference in a Mål cell, with its row. */
export function references(ctx: ValidationContext): RowRef[] {
  return activityRows(ctx).flatMap(({ table, row }) => ctx.referencesOf(table, row).map((ref) => ({ table, row, ref })));
}

/** The references the recogniser marked with a problem of this kind. */
export function withProblem(ctx: ValidationContext, kind: ProblemKind): (RowRef & { message: string })[] {
  return references(ctx).flatMap((r) => r.ref.problems.filter((p) => p.kind === kind).map((p) => ({ ...r, message: p.message })));
}

/** The cited text as a person reads it: one line, no trailing punctuation. */
export function quoted(ref: Reference): string {
  return ref.text.replace(/\s+/g, " ").replace(/[\s.,;:]+$/, "").trim();
}

/** "Blekinge, Kalmar och Kronoberg". */
export function list(items: readonly string[], and = "och"): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
