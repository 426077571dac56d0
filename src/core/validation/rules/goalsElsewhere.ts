import { headerName } from "../context";
import { activityRows } from "./shared";
import { goalsElsewhere } from "./rowContent";
import type { Rule } from "../types";

/**
 * Goals in the outputs or effects column while the Mål cell cites none: the row's columns are shifted
 * (in 2023 all four of Uppsala's table 2 rows with their RUS goals under Prestationer). One error at the
 * Mål cell instead of "goals not recognised", which would send the officer looking in the wrong cell.
 */
export const goalsElsewhereRule: Rule = {
  id: "goals-elsewhere",
  description: "Målen står i kolumnen Mål, inte bland prestationerna eller effekterna.",
  codes: { GOALS_IN_OTHER_COLUMN: "fel" },
  check(ctx) {
    return activityRows(ctx).flatMap(({ table, row }) => {
      const found = goalsElsewhere(ctx, table, row);
      if (!found) return [];
      const params = { table: table.def.number, column: headerName(table, found.field) ?? found.field, goals: found.texts.join("; "), at: ctx.at(table, row, found.field).cell };
      return [{ code: "GOALS_IN_OTHER_COLUMN", params, at: ctx.at(table, row, "goals") }];
    });
  },
};
