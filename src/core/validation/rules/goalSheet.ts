import type { Rule } from "../types";

/**
 * The workbook's own "Mål" sheet, which extends the taxonomy with the region's RUS goals. A sheet
 * that cannot be read is ignored as a whole (extendTaxonomy takes all rows or none), so the goal
 * rules run against the bundled taxonomy: say why.
 */
export const goalSheetRule: Rule = {
  id: "goal-sheet",
  description: "Bladet Mål, där regionen lägger till egna RUS-mål, går att läsa.",
  codes: { GOAL_SHEET_INVALID: "varning" },
  check(ctx) {
    const sheet = ctx.goalSheet;
    if (!sheet) return [];
    return sheet.issues.map((issue) => ({
      code: "GOAL_SHEET_INVALID",
      params: { sheet: sheet.name, problem: issue.message, column: issue.column },
      at: { sheet: sheet.name, row: issue.row || undefined, column: issue.column },
    }));
  },
};
