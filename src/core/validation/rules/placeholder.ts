import type { RecognisedRow } from "../../recognise";
import { NO_ACTIVITIES_TEXT } from "../../tables";
import { isPlaceholder } from "../context";
import type { Issue, Rule } from "../types";

/** "Inga insatser" next to real activities contradicts them; the master could not say which is true. */
export const placeholderRule: Rule = {
  id: "placeholder",
  description: `Raden "${NO_ACTIVITIES_TEXT}" står ensam i sin tabell.`,
  codes: { PLACEHOLDER_WITH_ROWS: "fel" },
  check(ctx) {
    const issues: Issue[] = [];
    for (const table of ctx.checkedTables) {
      if (table.def.kind !== "activity") continue;
      // A master holds every region's rows: a region's "inga insatser" is weighed against its own rows only.
      const groups = new Map<string, RecognisedRow[]>();
      for (const row of ctx.dataRows(table)) {
        const key = ctx.master ? ctx.regionOf(row) ?? "" : "";
        // Appended in place: copying the group for every row cost a table's row count squared.
        const group = groups.get(key);
        if (group) group.push(row);
        else groups.set(key, [row]);
      }
      for (const rows of groups.values()) {
        const real = rows.filter((r) => !isPlaceholder(r)).length;
        if (!real) continue;
        for (const row of rows.filter(isPlaceholder)) {
          issues.push({ code: "PLACEHOLDER_WITH_ROWS", params: { table: table.def.number, count: real, text: NO_ACTIVITIES_TEXT }, at: ctx.at(table, row, "activity") });
        }
      }
    }
    return issues;
  },
};
