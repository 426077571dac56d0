import { TOO_EARLY_TEXT } from "../../tables";
import { isPlaceholder } from "../context";
import { activityRows } from "./shared";
import { coveredByCrossReference } from "./rowContent";
import type { Rule } from "../types";

/** Effects are asked for "om möjligt": an empty cell is allowed but should say it is too early. */
export const effectsRule: Rule = {
  id: "effects",
  description: `Kolumnen om effekter är ifylld, eller säger "${TOO_EARLY_TEXT}".`,
  codes: { EFFECTS_EMPTY: "varning" },
  check(ctx) {
    return activityRows(ctx)
      .filter(({ table, row }) => "effects" in table.columns && !row.values.effects && !isPlaceholder(row) && !coveredByCrossReference(ctx, table, row, "effects"))
      .map(({ table, row }) => ({ code: "EFFECTS_EMPTY", params: { table: table.def.number, tooEarly: TOO_EARLY_TEXT }, at: ctx.at(table, row, "effects") }));
  },
};
