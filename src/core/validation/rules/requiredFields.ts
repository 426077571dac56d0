import { type ColumnDef, columnName, TABLES, WIDE_FORM_COLUMNS } from "../../tables";
import { isPlaceholder } from "../context";
import type { Issue, Rule, Severity } from "../types";
import { coveredByCrossReference, goalsElsewhere } from "./rowContent";

/** The code of an empty required cell, from the column's field: "goals" → ROW_MISSING_GOALS (a new required column needs its messages). */
const codeOf = (column: ColumnDef) => `ROW_MISSING_${column.key.toUpperCase()}`;

/** Every code a required column can raise, from the table definitions. */
const CODES: Record<string, Severity> = Object.fromEntries(
  [...TABLES.flatMap((t): readonly ColumnDef[] => t.columns), ...WIDE_FORM_COLUMNS].filter((c) => c.required).map((c) => [codeOf(c), "fel" as const])
);

/**
 * Every data row fills the cells its table's definition marks required (tables 1–7: region, activity,
 * outputs and goals; table 8: region). The "no activities" row needs only its region. Fields whose
 * column is missing altogether are left to the columns rule, so one missing column is one finding,
 * not one per row; cells of a cross-referencing row and a Mål cell whose goals stand in another
 * column are left to the cross-reference and goals-elsewhere rules.
 */
export const requiredFieldsRule: Rule = {
  id: "required-fields",
  description: "Varje rad i tabell 1–7 har region, insats, prestationer och mål; varje rad i tabell 8 har region.",
  codes: CODES,
  check(ctx) {
    const issues: Issue[] = [];
    for (const table of ctx.checkedTables) {
      const required = table.defined.filter((c) => c.required);
      for (const row of ctx.dataRows(table)) {
        const placeholder = table.def.kind === "activity" && isPlaceholder(row);
        for (const column of required) {
          if (!(column.key in table.columns) || row.values[column.key]) continue;
          if (placeholder && column.key !== "region") continue;
          // An empty Region cell in a regional workbook is the workbook's region (a merged cell leaves the
          // rows below it empty); only in a master, or where no region is known, is it missing.
          if (column.key === "region" && !ctx.master && ctx.read.region) continue;
          // A row that points elsewhere, or has its goals in another column, gets one finding that says so.
          if (coveredByCrossReference(ctx, table, row, column.key)) continue;
          if (column.key === "goals" && goalsElsewhere(ctx, table, row)) continue;
          issues.push({ code: codeOf(column), params: { table: table.def.number, column: columnName(column) }, at: ctx.at(table, row, column.key) });
        }
      }
    }
    return issues;
  },
};
