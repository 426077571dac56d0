import { entryById } from "../../taxonomy";
import { list, quoted, withProblem } from "./shared";
import type { Rule } from "../types";

/**
 * Another area's regional ERDF programme. A warning: a region may well take part in a project of a
 * neighbouring programme, but more often the wrong programme is named.
 */
export const erdfProgrammeRule: Rule = {
  id: "erdf-programme",
  description: "Regionalfondsprogram som anges är regionens eget eller det nationella.",
  codes: { ERDF_OTHER_PROGRAMME: "varning" },
  check(ctx) {
    return withProblem(ctx, "erdf-other-programme").map(({ table, row, ref }) => {
      const programme = ref.entryId ? entryById(ctx.taxonomy, ref.entryId) : undefined;
      return {
        code: "ERDF_OTHER_PROGRAMME",
        params: { text: quoted(ref), programme: programme?.name ?? quoted(ref), regions: list(programme?.regions ?? []), region: ctx.regionOf(row) ?? "" },
        at: ctx.at(table, row, "goals"),
      };
    });
  },
};
