import { isPlaceholder } from "../context";
import type { Issue, Rule } from "../types";

const REQUIRED = [
  ["region", "ROW_MISSING_REGION"],
  ["activity", "ROW_MISSING_ACTIVITY"],
  ["outputs", "ROW_MISSING_OUTPUTS"],
  ["goals", "ROW_MISSING_GOALS"],
] as const;

/**
 * Every activity row names its region, the activity, what it achieved and the goals it serves.
 * The "no activities" row needs only its region. Fields whose column is missing altogether are
 * left to the columns rule, so one missing column is one finding, not one per row.
 */
export const requiredFieldsRule: Rule = {
  id: "required-fields",
  description: "Varje rad i tabell 1–7 har region, insats, prestationer och mål; varje rad i tabell 8 har region.",
  codes: { ROW_MISSING_REGION: "fel", ROW_MISSING_ACTIVITY: "fel", ROW_MISSING_OUTPUTS: "fel", ROW_MISSING_GOALS: "fel" },
  check(ctx) {
    const issues: Issue[] = [];
    for (const table of ctx.checkedTables) {
      const fields = table.def.kind === "activity" ? REQUIRED : REQUIRED.slice(0, 1);
      for (const row of ctx.dataRows(table)) {
        const placeholder = table.def.kind === "activity" && isPlaceholder(row);
        for (const [field, code] of fields) {
          if (!(field in table.columns) || row.values[field]) continue;
          if (placeholder && field !== "region") continue;
          issues.push({ code, params: { table: table.def.number }, at: ctx.at(table, row, field) });
        }
      }
    }
    return issues;
  },
};
