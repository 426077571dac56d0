import { normalizeText, type RecognisedRow } from "../../recognise";
import type { Issue, Rule } from "../types";

/** Rows that say the same thing in every column, compared without case and white space. */
function key(row: RecognisedRow): string {
  return Object.values(row.values).map(normalizeText).join("\u0000");
}

/**
 * The same row twice in one table is usually a copy-paste slip (the published 2023 compilation has
 * Blekinge's "Gestaltad livsmiljö" row twice in table 1). A warning: the same activity may really
 * have been reported twice on purpose, and the same activity in two tables is normal.
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
      for (const row of ctx.dataRows(table)) {
        const k = key(row);
        const first = seen.get(k);
        if (first === undefined) seen.set(k, row.sheetRow);
        else issues.push({ code: "ROW_DUPLICATE", params: { table: table.def.number, first }, at: ctx.at(table, row) });
      }
    }
    return issues;
  },
};
