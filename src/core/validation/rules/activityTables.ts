import { normalizedActivity, isPlaceholder } from "../context";
import { activityRows } from "./shared";
import { crossReferenceOf } from "./rowContent";
import type { RecognisedRow, RecognisedTable } from "../../recognise";
import type { Issue, Rule } from "../types";

/**
 * The same activity in two tables (Norrbotten's "North Sweden Green Deal" in tables 2 and 6 in 2023). A
 * warning, for information: an activity may serve two strategic areas and be reported in both, but
 * then each row should say what it did for that table's area, and a copy left in the wrong table
 * looks the same. Rows are the same activity when their Insats cells read the same; the placeholder
 * and cross-references are left to their own rules. In a master, per region.
 */
export const activityTablesRule: Rule = {
  id: "activity-tables",
  description: "Samma insats redovisas inte i flera tabeller utan att det framgår vad den gjort i varje.",
  codes: { ACTIVITY_IN_TWO_TABLES: "varning" },
  check(ctx) {
    const issues: Issue[] = [];
    const first = new Map<string, { table: RecognisedTable; row: RecognisedRow }>();
    for (const { table, row } of activityRows(ctx)) {
      const activity = normalizedActivity(row);
      if (!activity || isPlaceholder(row) || crossReferenceOf(ctx, table, row)) continue;
      const key = `${ctx.regionOf(row) ?? ""}\u0000${activity}`;
      const earlier = first.get(key);
      if (!earlier) first.set(key, { table, row });
      else if (earlier.table.def.number !== table.def.number) {
        const at = ctx.at(earlier.table, earlier.row, "activity");
        issues.push({ code: "ACTIVITY_IN_TWO_TABLES", params: { table: table.def.number, otherTable: earlier.table.def.number, otherSheet: at.sheet, otherCell: at.cell }, at: ctx.at(table, row, "activity") });
      }
    }
    return issues;
  },
};
