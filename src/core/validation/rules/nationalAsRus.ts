import { entryById } from "../../taxonomy";
import { quoted, withProblem } from "./shared";
import type { Rule } from "../types";

/**
 * "RUS: Innovation och förnyelse samt entreprenörskap och företagande i hela landet" cites the national
 * strategy's strategic area under a RUS label. A warning: the area is a goal the report may cite, only
 * not as the region's own; which RUS goal was meant is for the region to say.
 */
export const nationalAsRusRule: Rule = {
  id: "national-as-rus",
  description: "Den nationella strategins strategiska områden anges inte som mål i den regionala utvecklingsstrategin.",
  codes: { NATIONAL_AS_RUS: "varning" },
  check(ctx) {
    return withProblem(ctx, "national-as-rus").map(({ table, row, ref }) => ({
      code: "NATIONAL_AS_RUS",
      params: { text: quoted(ref), area: ref.entryId ? entryById(ctx.taxonomy, ref.entryId)?.code ?? "" : "", region: ctx.regionOf(row) ?? "" },
      at: ctx.at(table, row, "goals"),
    }));
  },
};
