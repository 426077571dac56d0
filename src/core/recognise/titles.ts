import { findTable, TABLES, type TableDef } from "../tables";
import { normalizeText } from "./text";

/**
 * Which table a title names. A title is a cell above a table's header row ("Tabell 3. Innovation …",
 * "3 Innovation och förnyelse …", "Jämställdhet") or the sheet's name ("Tabell 3", "3 Innovation",
 * "Miljö"). Data cells are never asked: a Mål cell that cites a national strategy area (table 2's
 * title) says nothing about which table its sheet holds.
 */

/** No title is this long: a longer cell is prose (an instruction, an answer). */
const MAX_TITLE_LENGTH = 250;

/** Letters and digits only, one space between words: "Miljö- och klimat" and "miljö och klimat" agree. */
function words(text: string): string {
  return normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

interface TitleForm {
  def: TableDef;
  words: string;
}

let forms: TitleForm[] | undefined;
/** Every title and short title as words, longest first (so "miljö och klimat" wins over "miljö"). */
function titleForms(): TitleForm[] {
  forms ??= TABLES.flatMap((def) => [def.title, ...def.shortTitles].map((t) => ({ def, words: words(t) })))
    .filter((f) => f.words.length >= 4)
    .sort((a, b) => b.words.length - a.words.length);
  return forms;
}

/**
 * The table a title cell names: "Tabell N …", or a title or short title, alone or after a number or
 * before a year. `strict` (a row with another cell, between two stacked tables where the rows above
 * are the first table's data): only a numbered title or a long one counts, never "Integration" alone.
 */
export function tableOfTitle(text: string, strict = false): TableDef | null {
  if (!text || text.length > MAX_TITLE_LENGTH) return null;
  const t = normalizeText(text);
  const numbered = /^(?:tabell|tab\.?)\s*(\d+)\b/.exec(t);
  if (numbered) return findTable(Number(numbered[1])) ?? null;
  const w = words(t);
  // "3 Innovation och förnyelse …", "7. Miljö och klimat": a number before a title must agree with it.
  const lead = /^(\d+) (.*)$/.exec(w);
  const rest = lead ? lead[2] : w;
  for (const form of titleForms()) {
    if (strict && !lead && form.words.length < 20) continue;
    // The whole cell is the title, perhaps with a year or "2023" after it ("Jämställdhet 2023").
    if (rest === form.words || rest.startsWith(`${form.words} `) && /^[\d\s]+$/.test(rest.slice(form.words.length))) {
      if (lead && Number(lead[1]) !== form.def.number) return findTable(Number(lead[1])) ?? null;
      return form.def;
    }
  }
  if (lead && !rest) return null;
  // The full title inside a longer heading ("Redovisning 2023: Innovation och förnyelse samt …").
  const long = TABLES.find((def) => def.title.length > 20 && w.includes(words(def.title)));
  return long ?? null;
}

/** The table a sheet's name names: "Tabell 3", "Tab 3", "T3", "3 Innovation", "3", or a (short) title. */
export function tableOfSheetName(name: string): TableDef | null {
  const byNumber = /^\s*(?:tabell|tab\.?|t\.?)?\s*(\d+)(?!\d)/i.exec(name);
  if (byNumber) return findTable(Number(byNumber[1])) ?? null;
  const byTitle = tableOfTitle(name);
  if (byTitle) return byTitle;
  // A sheet name is cut at 31 characters: the start of a title names it ("Kompetensförsörjning och kom").
  const w = words(name);
  return w.length >= 5 ? (TABLES.find((def) => words(def.title).startsWith(w)) ?? null) : null;
}
