import type { Taxonomy } from "../../taxonomy";
import { quoted, withProblem } from "./shared";
import type { Issue, Rule } from "../types";

/** "PO1–PO5" and "1.1–1.6, 2.1–2.8, …" as the taxonomy has them, so the message lists what exists. */
function ranges(taxonomy: Taxonomy): { po: string; so: string } {
  const po = taxonomy.entries.filter((e) => e.framework === "po" && e.code).map((e) => e.code!);
  const byPo = new Map<string, string[]>();
  for (const e of taxonomy.entries) {
    if (e.framework !== "erdf-so" || !e.code) continue;
    const key = e.code.split(".")[0];
    byPo.set(key, [...(byPo.get(key) ?? []), e.code]);
  }
  const so = [...byPo.values()].map((c) => (c.length > 1 ? `${c[0]}–${c[c.length - 1]}` : c[0])).join(", ");
  return { po: po.length ? `${po[0]}–${po[po.length - 1]}` : "", so };
}

/**
 * A policy objective or Regional Fund specific objective code the regulations do not have ("Politiskt
 * mål 6", "RSO 7.1", "specifikt mål 2.9"): an error, since no such goal exists to contribute to. The
 * recogniser reads the codes in the forms people write them and leaves Interreg programmes' own
 * numbering alone.
 */
export const objectiveCodesRule: Rule = {
  id: "objective-codes",
  description: "Koder för sammanhållningspolitikens politiska mål (PO1–PO5) och Regionalfondens specifika mål finns i förordningarna.",
  codes: { PO_NUMBER_OUT_OF_RANGE: "fel", SO_NUMBER_OUT_OF_RANGE: "fel" },
  check(ctx) {
    const issues: Issue[] = [];
    const known = ranges(ctx.taxonomy);
    for (const { table, row, ref } of withProblem(ctx, "po-number-out-of-range")) {
      const number = /\d+/.exec(ref.text)?.[0] ?? quoted(ref);
      issues.push({ code: "PO_NUMBER_OUT_OF_RANGE", params: { text: quoted(ref), number, known: known.po }, at: ctx.at(table, row, "goals") });
    }
    for (const { table, row, ref } of withProblem(ctx, "so-number-out-of-range")) {
      const number = /\d+\s?[.,]\s?\d+/.exec(ref.text)?.[0].replace(/\s/g, "").replace(",", ".") ?? quoted(ref);
      issues.push({ code: "SO_NUMBER_OUT_OF_RANGE", params: { text: quoted(ref), number, known: known.so }, at: ctx.at(table, row, "goals") });
    }
    return issues;
  },
};
