import { normalizeText, type RecognisedRow } from "../../recognise";
import { normalizedActivity } from "../context";
import type { Issue, Rule } from "../types";

/** Rows that say the same thing in every column, compared without case and white space. */
function key(row: RecognisedRow): string {
  return Object.values(row.values).map(normalizeText).join("\u0000");
}

/**
 * The same row twice in one table is usually a copy-paste slip (the published 2023 compilation has
 * Blekinge's "Gestaltad livsmiljö" row twice in table 1). A warning: the same activity may really
 * have been reported twice on purpose, and the same activity in two tables is normal.
 *
 * Normalising every cell of every row was most of this rule's time, and almost no row has a twin:
 * rows are first grouped by their normalised activity (worked out once per row, shared with the
 * placeholder check), and the whole key is made only for rows whose activity another row shares.
 * Two rows with the same key have the same activity, so the findings are those of comparing keys.
 */
export const duplicatesRule: Rule = {
  id: "duplicates",
  description: "Samma rad står inte två gånger i samma tabell.",
  codes: { ROW_DUPLICATE: "varning" },
  check(ctx) {
    const issues: Issue[] = [];
    // Table 8 has one row per question; its duplicates are the form rule's.
    for (const table of ctx.checkedTables.filter((t) => t.def.kind === "activity")) {
      const seen = new Map<string, number>();
      // Per normalised activity: the one row seen with it whose key is not made yet, or null once made.
      const pending = new Map<string, RecognisedRow | null>();
      const byActivity = "activity" in table.columns;
      for (const row of ctx.dataRows(table)) {
        if (byActivity) {
          const activity = normalizedActivity(row);
          const first = pending.get(activity);
          if (first === undefined) {
            // No other row has this activity (yet): no row before it has its key.
            pending.set(activity, row);
            continue;
          }
          if (first) {
            const k = key(first);
            if (!seen.has(k)) seen.set(k, first.sheetRow);
            pending.set(activity, null);
          }
        }
        const k = key(row);
        const first = seen.get(k);
        if (first === undefined) seen.set(k, row.sheetRow);
        else issues.push({ code: "ROW_DUPLICATE", params: { table: table.def.number, first }, at: ctx.at(table, row) });
      }
    }
    return issues;
  },
};
