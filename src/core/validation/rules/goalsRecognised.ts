import { activityRows } from "./shared";
import { coveredByCrossReference, goalsElsewhere } from "./rowContent";
import type { Rule } from "../types";

/**
 * A Mål cell in which the taxonomy finds nothing. Only a warning: published rows often cite their
 * goals loosely ("Attraktiva livsmiljöer i den Regionala utvecklingsstrategin"), and a reviewer,
 * not the product, decides whether that is enough.
 */
export const goalsRecognisedRule: Rule = {
  id: "goals-recognised",
  description: "Målkolumnen hänvisar till minst ett mål som finns i måltaxonomin.",
  codes: { GOALS_UNRECOGNISED: "varning" },
  check(ctx) {
    return activityRows(ctx)
      .filter(({ table, row }) => row.values.goals && !ctx.referencesOf(table, row).some((r) => r.entryId))
      // "Se tabell 2." and goals written under Prestationer have findings of their own that say what is wrong.
      .filter(({ table, row }) => !coveredByCrossReference(ctx, table, row, "goals") && !goalsElsewhere(ctx, table, row))
      .map(({ table, row }) => ({ code: "GOALS_UNRECOGNISED", params: { table: table.def.number }, at: ctx.at(table, row, "goals") }));
  },
};
