import { entryById, rusGoalsOf, type TaxonomyEntry } from "../../taxonomy";
import { quoted, withProblem } from "./shared";
import type { Issue, Rule } from "../types";

/** Words that carry no goal: a cited "samt till" or ", alla mål" is the recogniser reading prose. */
const FILLER = new Set(["och", "samt", "till", "for", "med", "att", "som", "den", "det", "ett", "en", "av", "pa", "i", "alla", "mal", "rus", "aven"]);

/** Lower case, without diacritics, split on anything that is not a letter or digit. */
function words(text: string): string[] {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

function looksLikeGoal(text: string): boolean {
  return words(text).filter((w) => w.length >= 4 && !FILLER.has(w)).length >= 2;
}

const goalName = (e: TaxonomyEntry) => (e.code && !e.name.startsWith(e.code) ? `${e.code} ${e.name}` : e.name);

/**
 * RUS citations that are not among the region's own goals in the taxonomy. Warnings: the taxonomy's
 * RUS lists are partly inferred, and a region may have adopted a new strategy (its officer can add
 * the goals in a "Mål" sheet); the closest known goals are offered.
 */
export const rusGoalsRule: Rule = {
  id: "rus-goals",
  description: "Mål som anges ur den regionala utvecklingsstrategin (RUS) finns bland regionens RUS-mål.",
  codes: { RUS_GOAL_UNKNOWN: "varning", RUS_GOAL_NUMBER_UNKNOWN: "varning", RUS_GOAL_OTHER_REGION: "varning" },
  check(ctx) {
    const issues: Issue[] = [];
    const names = (ids: readonly string[] | undefined) =>
      (ids ?? []).map((id) => entryById(ctx.taxonomy, id)).filter((e): e is TaxonomyEntry => !!e).map(goalName);
    for (const { table, row, ref } of withProblem(ctx, "rus-unmatched")) {
      if (!looksLikeGoal(ref.text)) continue;
      const region = ctx.regionOf(row) ?? "";
      const suggestions = names(ref.suggestions);
      issues.push({ code: "RUS_GOAL_UNKNOWN", params: { text: quoted(ref), region, suggestions: suggestions.join("; ") }, at: ctx.at(table, row, "goals"), suggestions });
    }
    for (const { table, row, ref } of withProblem(ctx, "rus-unknown-number")) {
      const region = ctx.regionOf(row) ?? "";
      // A number has no wording to compare: offer the region's numbered goals instead.
      const suggestions = rusGoalsOf(region, ctx.taxonomy).filter((g) => g.code).slice(0, 8).map(goalName);
      issues.push({ code: "RUS_GOAL_NUMBER_UNKNOWN", params: { number: quoted(ref), region, suggestions: suggestions.join("; ") }, at: ctx.at(table, row, "goals"), suggestions });
    }
    for (const { table, row, ref } of withProblem(ctx, "rus-other-region")) {
      const goal = ref.entryId ? entryById(ctx.taxonomy, ref.entryId) : undefined;
      const region = ctx.regionOf(row) ?? "";
      issues.push({ code: "RUS_GOAL_OTHER_REGION", params: { text: quoted(ref), region, other: goal?.regions?.[0] ?? "" }, at: ctx.at(table, row, "goals") });
    }
    return issues;
  },
};
