import { entryById, interregEligibility } from "../../taxonomy";
import { quoted, references } from "./shared";
import type { Issue, Rule } from "../types";

/**
 * An Interreg programme whose area does not include the region. An error only when the taxonomy's
 * programme area is verified against the programme itself; otherwise the taxonomy may be what is
 * wrong, and the finding is a warning.
 */
export const interregRule: Rule = {
  id: "interreg",
  description: "Interreg-program som anges är program som regionen kan delta i.",
  codes: { INTERREG_NOT_ELIGIBLE: "fel", INTERREG_NOT_ELIGIBLE_UNCERTAIN: "varning" },
  check(ctx) {
    const issues: Issue[] = [];
    for (const { table, row, ref } of references(ctx)) {
      const region = ctx.regionOf(row);
      if (ref.framework !== "interreg" || !ref.entryId || !region) continue;
      if (interregEligibility(ref.entryId, region, ctx.taxonomy) !== "none") continue;
      const programme = entryById(ctx.taxonomy, ref.entryId);
      if (!programme) continue;
      const code = programme.confidence === "verified" ? "INTERREG_NOT_ELIGIBLE" : "INTERREG_NOT_ELIGIBLE_UNCERTAIN";
      issues.push({ code, params: { text: quoted(ref), programme: programme.name, region }, at: ctx.at(table, row, "goals") });
    }
    return issues;
  },
};
