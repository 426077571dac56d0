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
const BY_LETTERS = new Map(Object.keys(FUNDS).map((f) => [sorted(f), f]));

/** Four capitals A–Z: every fund's letters are, so a misspelt one is among these. */
const FOUR_CAPITALS = /[A-Z]{4}/g;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Is the character (a whole code point) that ends just before `index` a letter or number? */
function letterOrNumberBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const start = index >= 2 && /[\uDC00-\uDFFF]/.test(text[index - 1]) ? index - 2 : index - 1;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(start)!));
}

function letterOrNumberAt(text: string, index: number): boolean {
  return index < text.length && LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(index)!));
}

/**
 * Words of exactly four capitals, standing alone (no letter or number beside them), whose letters are
 * a fund's: what /(?<![\p{L}\p{N}])\p{Lu}{4}(?![\p{L}\p{N}])/gu finds, less the words no fund could be.
 * A plain A–Z scan first: the Unicode pattern over every cell was a sixth of validation's time.
 */
function fundLikeWords(text: string): string[] {
  const out: string[] = [];
  FOUR_CAPITALS.lastIndex = 0;
  for (let m = FOUR_CAPITALS.exec(text); m; m = FOUR_CAPITALS.exec(text)) {
    const end = m.index + 4;
    if (!BY_LETTERS.has(sorted(m[0])) || letterOrNumberBefore(text, m.index) || letterOrNumberAt(text, end)) continue;
    out.push(m[0]);
  }
  return out;
}

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
        if (text.length < 4) continue;
        const seen = new Set<string>();
        for (const word of fundLikeWords(text)) {
          const fund = BY_LETTERS.get(sorted(word))!;
          if (fund === word || WORDS.has(word) || seen.has(word)) continue;
          seen.add(word);
          issues.push({ code: "FUND_MISSPELT", params: { text: word, fund: FUNDS[fund], column: headerName(table, column.key) ?? column.key }, at: ctx.at(table, row, column.key) });
        }
      }
    }
    return issues;
  },
};
