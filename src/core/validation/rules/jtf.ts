import { entryById, jtfAllowed } from "../../taxonomy";
import { list, quoted, references } from "./shared";
import type { Issue, Rule } from "../types";

/**
 * Fonden för en rättvis omställning covers only some territories (Norrbotten, Västerbotten, Gotland
 * in 2021–2027, verified in the taxonomy); another region citing it has the wrong fund.
 */
/** "FRO är inte aktuellt för oss" names the fund without citing it: the sentence is what decides. */
function negated(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf("\n", start), text.lastIndexOf(". ", start)) + 1;
  const stops = [text.indexOf("\n", end), text.indexOf(". ", end)].filter((i) => i >= 0);
  const sentence = text.slice(from, stops.length ? Math.min(...stops) : text.length);
  return /(^|[^\p{L}])(inte|ej|ingen|inga|icke)([^\p{L}]|$)/iu.test(sentence);
}

export const jtfRule: Rule = {
  id: "jtf",
  description: "Fonden för en rättvis omställning anges bara av regioner som ingår i fonden.",
  codes: { JTF_NOT_ELIGIBLE: "fel" },
  check(ctx) {
    const issues: Issue[] = [];
    const fund = entryById(ctx.taxonomy, "jtf");
    for (const { table, row, ref } of references(ctx)) {
      const region = ctx.regionOf(row);
      if (ref.framework !== "jtf" || !ref.entryId || !region || jtfAllowed(region, ctx.taxonomy)) continue;
      if (negated(row.values.goals ?? "", ref.start, ref.end)) continue;
      const regions = list(fund?.regions ?? []);
      issues.push({ code: "JTF_NOT_ELIGIBLE", params: { text: quoted(ref), region, regions }, at: ctx.at(table, row, "goals") });
    }
    return issues;
  },
};
