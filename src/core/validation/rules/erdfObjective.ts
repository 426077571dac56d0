import type { Region } from "../../regions";
import { entryById, type TaxonomyEntry } from "../../taxonomy";
import { list, quoted, references } from "./shared";
import type { Issue, Rule } from "../types";

/**
 * Citations in a cell that name where the money comes from, other than the region's own regional
 * programme: with one of these in the cell, a specific objective may well be that programme's.
 */
const OTHER_PROGRAMME = /(nationell\w*|react|interreg|esf|socialfond|fonden för en rättvis|fro\b|jtf|2014\s*[-–]\s*(20)?20)/i;

/** The region's own regional ERDF programme, when the taxonomy says which policy objectives it covers. */
function programmeOf(entries: readonly TaxonomyEntry[], region: Region): TaxonomyEntry | undefined {
  return entries.find((e) => e.framework === "erdf" && e.regions?.includes(region) && e.policyObjectives?.length);
}

/**
 * A Regional Fund specific objective whose policy objective the region's regional programme does not
 * cover ("RSO 4.6" from Kalmar, whose Småland och Öarna works for PO1 and PO2 only). A warning: the
 * programme lists are partly from the government's framing (the taxonomy says which), and the national
 * programme or Interreg may be meant; a cell that names another programme is left alone.
 */
export const erdfObjectiveRule: Rule = {
  id: "erdf-objective",
  description: "Regionalfondens specifika mål som anges hör till ett politiskt mål som regionens regionalfondsprogram omfattar.",
  codes: { ERDF_SO_NOT_IN_PROGRAMME: "varning" },
  check(ctx) {
    const issues: Issue[] = [];
    for (const { table, row, ref } of references(ctx)) {
      if (ref.framework !== "erdf-so" || !ref.entryId) continue;
      const region = ctx.regionOf(row);
      const programme = region ? programmeOf(ctx.taxonomy.entries, region) : undefined;
      const so = entryById(ctx.taxonomy, ref.entryId);
      const po = so?.parent?.replace(/^po:/, "");
      if (!programme?.policyObjectives || !so?.code || !po || programme.policyObjectives.includes(po)) continue;
      if (OTHER_PROGRAMME.test(row.values.goals ?? "")) continue;
      issues.push({
        code: "ERDF_SO_NOT_IN_PROGRAMME",
        params: { text: quoted(ref), code: so.code, po: `PO${po}`, programme: programme.name, pos: list(programme.policyObjectives.map((p) => `PO${p}`)) },
        at: ctx.at(table, row, "goals"),
      });
    }
    return issues;
  },
};
