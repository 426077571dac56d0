import { activityRows } from "./shared";
import { headerName } from "../context";
import type { Issue, Rule } from "../types";

/**
 * The funds' abbreviations as the report writes them. A word in capitals with the same letters in
 * another order ("EURF", "ERFU") is a slip of the keyboard for one of them. Three-letter ones (ESF, FRO,
 * JTF) are left out: their anagrams are ordinary words or other abbreviations ("FOR", "SEF").
 */
const FUNDS: Readonly<Record<string, string>> = {
  ERUF: "ERUF (Europeiska regionala utvecklingsfonden)",
  ERDF: "ERDF (European Regional Development Fund)",
  AMIF: "AMIF (Asyl-, migrations- och integrationsfonden)",
};

/** Capital-letter words that happen to share a fund's letters. */
const WORDS = new Set(["FRED"]);

const sorted = (w: string) => [...w].sort().join("");
/** Every fund's letters are A–Z: a cell without four of them in a row cannot hold a misspelt one (the Unicode scan is slow). */
const MAY_HOLD_FUND = /[A-Z]{4}/;
const BY_LETTERS = new Map(Object.keys(FUNDS).map((f) => [sorted(f), f]));

/**
 * A fund's abbreviation misspelt ("Fyra förstudier beviljade inom EURF 1.4", Jämtland Härjedalen 2023),
 * in any text cell of the row. A warning: the recogniser reads "EURF" as the Regional Fund anyway, but
 * the published text keeps the slip.
 */
export const fundSpellingRule: Rule = {
  id: "fund-spelling",
  description: "Fondernas förkortningar är rätt stavade (ERUF, inte EURF).",
  codes: { FUND_MISSPELT: "varning" },
  check(ctx) {
    const issues: Issue[] = [];
    for (const { table, row } of activityRows(ctx)) {
      for (const column of table.defined) {
        if (!(column.key in table.columns)) continue;
        const text = row.values[column.key] ?? "";
        if (!MAY_HOLD_FUND.test(text)) continue;
        const seen = new Set<string>();
        for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{4}(?![\p{L}\p{N}])/gu)) {
          const fund = BY_LETTERS.get(sorted(m[0]));
          if (!fund || fund === m[0] || WORDS.has(m[0]) || seen.has(m[0])) continue;
          seen.add(m[0]);
          issues.push({ code: "FUND_MISSPELT", params: { text: m[0], fund: FUNDS[fund], column: headerName(table, column.key) ?? column.key }, at: ctx.at(table, row, column.key) });
        }
      }
    }
    return issues;
  },
};
