import type { RecognisedRow, RecognisedTable } from "../../recognise";
import type { ValidationContext } from "../context";

/**
 * What a row's cells hold, for the rules on content (not a rule itself): a cross-reference instead of
 * content ("Se tabell 2.", "Se regionens återrapportering avsnitt 4.1"), and goals written in another
 * column than Mål. Worked out once per row; the field rules ask for it to stay silent where one of
 * these findings already says what is wrong.
 */

/** Fields that identify a row rather than report on it: a cross-reference there is the row's name plus a pointer. */
const IDENTITY = new Set(["region", "activity"]);

/**
 * "Se tabell 2", "se även regionens återrapportering avsnitt 4.1", "se avsnitt 7.2", "se bilaga 3": a pointer to
 * another part of the report. "Se nedan" / "se ovan" point inside the cell and are not cross-references.
 */
const POINTER =
  /\bse\s+(?:även\s+|vidare\s+|mer\s+i\s+)?(?:(?:regionens\s+)?återrapportering(?:en)?(?:\s+avsnitt\s*\d+(?:\.\d+)*)?|tabell\s*\d+|avsnitt\s*\d+(?:\.\d+)*|bilaga(?:\s*\d+)?)/giu;

/** A cell that is a pointer and at most this many other words ("Uppnådda prestationer/resultat 2023, se …") has no content of its own. */
const MAX_OTHER_WORDS = 6;

export interface CrossReference {
  /** The pointer as written, first one: "Se tabell 2", "se regionens återrapportering avsnitt 4.1". */
  pointer: string;
  /** Content fields that hold only a pointer, or nothing, in table order: these are what the row lacks. */
  fields: string[];
  /** The field the finding points at: the first content cell that is only a pointer, else the activity. */
  at: string;
}

/** The words of a cell once its pointers are taken out. */
function otherWords(text: string): number {
  return (text.replace(POINTER, " ").match(/\p{L}{2,}/gu) ?? []).length;
}

/**
 * Every pointer has "se" and a space, and one of the words it points with: two cheap tests first, as
 * most cells have neither (a third of validation's time went to POINTER; "se " alone is in much prose).
 */
const MAY_POINT = /se\s/iu;
const POINTS_WITH = /tabell|avsnitt|bilaga|terrapportering/iu;

function pointerIn(text: string): string | null {
  if (!MAY_POINT.test(text) || !POINTS_WITH.test(text)) return null;
  POINTER.lastIndex = 0;
  const m = POINTER.exec(text);
  return m ? m[0].replace(/\s+/g, " ") : null;
}

/**
 * The pointer when a cell holds only a cross-reference – a pointer and at most a few other words ("Se tabell 2.",
 * "Uppnådda prestationer 2023, se regionens återrapportering avsnitt 4.1") – else null. Also what the
 * taxonomy report uses to tell a Mål cell that points elsewhere from one that cites something.
 */
export function onlyCrossReference(text: string): string | null {
  const pointer = text ? pointerIn(text) : null;
  return pointer && otherWords(text) <= MAX_OTHER_WORDS ? pointer : null;
}

/** A table's content fields (those it has, identity aside), in table order: worked out once per table. */
const contentOf = new WeakMap<RecognisedTable, string[]>();
function contentFields(table: RecognisedTable): string[] {
  let fields = contentOf.get(table);
  if (!fields) contentOf.set(table, (fields = table.defined.filter((c) => !IDENTITY.has(c.key) && c.key in table.columns).map((c) => c.key)));
  return fields;
}

/** Could any cell of the row (its activity or a content cell) hold a pointer? The cheap test pointerIn starts with. */
function mayPointAnywhere(row: RecognisedRow, content: readonly string[]): boolean {
  if (MAY_POINT.test(row.values.activity ?? "")) return true;
  for (const field of content) if (MAY_POINT.test(row.values[field] ?? "")) return true;
  return false;
}

/** Per validation (a context is built for one pass over rows that do not change), per row. */
const crossReferences = new WeakMap<ValidationContext, WeakMap<RecognisedRow, CrossReference | null>>();

/**
 * A row whose content is a cross-reference: a content cell (outputs, effects, goals …) that holds only a
 * pointer, or an activity with a pointer and every content cell empty ("Bazaren 2023 Se tabell 2.").
 * A pointer beside real content ("… se även regionens återrapportering avsnitt 7.2.") is not one.
 */
export function crossReferenceOf(ctx: ValidationContext, table: RecognisedTable, row: RecognisedRow): CrossReference | null {
  let memo = crossReferences.get(ctx);
  if (!memo) crossReferences.set(ctx, (memo = new WeakMap()));
  const known = memo.get(row);
  if (known !== undefined) return known;
  const content = contentFields(table);
  // Most rows have no "se " in any cell: no pointer, nothing to work out (this ran for every row).
  if (!mayPointAnywhere(row, content)) {
    memo.set(row, null);
    return null;
  }
  const text = (field: string) => (row.values[field] ?? "").trim();
  const onlyPointer = content.filter((f) => onlyCrossReference(text(f)));
  const empty = content.filter((f) => !text(f));
  const activityPointer = pointerIn(text("activity"));
  let value: CrossReference | null = null;
  if (onlyPointer.length) {
    value = { pointer: onlyCrossReference(text(onlyPointer[0]))!, fields: content.filter((f) => onlyPointer.includes(f) || empty.includes(f)), at: onlyPointer[0] };
  } else if (activityPointer && content.length && empty.length === content.length) {
    value = { pointer: activityPointer, fields: content, at: "activity" };
  }
  memo.set(row, value);
  return value;
}

/** Is this field of the row left to the cross-reference finding (it holds a pointer or nothing in a cross-referencing row)? */
export function coveredByCrossReference(ctx: ValidationContext, table: RecognisedTable, row: RecognisedRow, field: string): boolean {
  return crossReferenceOf(ctx, table, row)?.fields.includes(field) ?? false;
}

/** Fields where goals may be written by mistake: the two result columns. */
const RESULT_FIELDS = ["outputs", "effects"] as const;

/** At least this share of a result cell's letters must be goal references for the cell to count as goals. */
const GOAL_SHARE = 0.6;

export interface GoalsElsewhere {
  field: (typeof RESULT_FIELDS)[number];
  /** The goals recognised there, as written. */
  texts: string[];
}

const elsewhere = new WeakMap<ValidationContext, WeakMap<RecognisedRow, GoalsElsewhere | null>>();

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

/**
 * Goals in the outputs or effects column while Mål cites none: the row's columns are shifted (Uppsala's
 * table 2 in 2023 has its RUS goals under Prestationer and its effects under Mål). A result cell counts
 * when most of its text is references to the taxonomy, recognised for the row's region.
 */
export function goalsElsewhere(ctx: ValidationContext, table: RecognisedTable, row: RecognisedRow): GoalsElsewhere | null {
  let memo = elsewhere.get(ctx);
  if (!memo) elsewhere.set(ctx, (memo = new WeakMap()));
  if (memo.has(row)) return memo.get(row)!;
  let value: GoalsElsewhere | null = null;
  if (!ctx.referencesOf(table, row).some((r) => r.entryId) && !crossReferenceOf(ctx, table, row)) {
    for (const field of RESULT_FIELDS) {
      const text = row.values[field] ?? "";
      if (!(field in table.columns) || !text.trim()) continue;
      const refs = ctx.referencesIn(text, ctx.regionOf(row)).filter((r) => r.entryId);
      const covered = refs.reduce((n, r) => n + letters(r.text), 0);
      if (refs.length && covered >= GOAL_SHARE * letters(text)) {
        value = { field, texts: refs.map((r) => r.text.replace(/\s+/g, " ").trim()) };
        break;
      }
    }
  }
  memo.set(row, value);
  return value;
}
