import { entryById } from "../../taxonomy";
import { quoted, withProblem } from "./shared";
import type { Rule } from "../types";

/** "PO1: Ett grönare Europa": the policy objective's number and name disagree. */
export const policyObjectiveRule: Rule = {
  id: "policy-objective",
  description: "Hänvisningar till sammanhållningspolitikens politiska mål (PO1–PO5) har numrets namn.",
  codes: { PO_NAME_MISMATCH: "fel" },
  check(ctx) {
    return withProblem(ctx, "po-name-mismatch").map(({ table, row, ref }) => {
      const byCode = ref.entryId ? entryById(ctx.taxonomy, ref.entryId) : undefined;
      const named = ref.suggestions?.[0] ? entryById(ctx.taxonomy, ref.suggestions[0]) : undefined;
      return {
        code: "PO_NAME_MISMATCH",
        params: { text: quoted(ref), code: byCode?.code, name: byCode?.name, otherCode: named?.code, otherName: named?.name },
        at: ctx.at(table, row, "goals"),
        suggestions: [byCode, named].filter((e) => !!e).map((e) => `${e!.code} ${e!.name}`),
      };
    });
  },
};
