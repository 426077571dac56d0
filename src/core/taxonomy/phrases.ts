/**
 * Finding the taxonomy's phrases in a folded text by words instead of one regex per pattern: the
 * text is cut into words once, and each word tries only the patterns that begin with it
 * (Compiled.byFirstWord). With ~700 patterns and ~30 words per cell, that is a few dozen
 * comparisons instead of ~700 regex scans.
 */
import type { Compiled, Pattern } from "./matcher";
import type { Framework, TaxonomyEntry } from "./types";

/** A maximal run of [a-z0-9] in the folded text. */
export interface Word {
  start: number;
  end: number;
  text: string;
}

export interface PhraseMatch {
  pattern: Pattern;
  start: number;
  end: number;
}

export interface Scan {
  /** In text order. */
  words: Word[];
  /**
   * Every pattern's matches, in text order; at one start, in pattern order. The regexes gave them
   * pattern by pattern, but only the order of candidates with the same span ever mattered (resolve
   * breaks every other tie by priority, length and start), and that order is the same.
   */
  matches: PhraseMatch[];
}

const isWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** The words of a folded text (only a-z, 0-9, space and . , : occur in it; see fold). */
function wordsOf(folded: string): Word[] {
  const out: Word[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const inWord = i < folded.length && isWordChar(folded.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push({ start, end: i, text: folded.slice(start, i) });
      start = -1;
    }
  }
  return out;
}

/** End offset of the pattern's words starting at word i, or -1. Separators are never empty between two words. */
function matchEnd(words: Word[], i: number, tokens: string[]): number {
  if (i + tokens.length > words.length) return -1;
  for (let k = 0; k < tokens.length; k++) if (words[i + k].text !== tokens[k]) return -1;
  return words[i + tokens.length - 1].end;
}

export function scan(folded: string, compiled: Compiled): Scan {
  const words = wordsOf(folded);
  const matches: PhraseMatch[] = [];
  // A global regex resumes after its last match, so a pattern's matches never overlap each other.
  const lastEnd = new Map<Pattern, number>();
  for (let i = 0; i < words.length; i++) {
    const bucket = compiled.byFirstWord.get(words[i].text);
    if (!bucket) continue;
    const start = words[i].start;
    for (const pattern of bucket) {
      if (start < (lastEnd.get(pattern) ?? 0)) continue;
      const end = matchEnd(words, i, pattern.tokens);
      if (end < 0) continue;
      matches.push({ pattern, start, end });
      lastEnd.set(pattern, end);
    }
  }
  // In text order, as the rest of the matches (a stable sort keeps the pattern order at one start).
  const all = [...matches, ...coordinated(words, compiled)].sort((a, b) => a.start - b.start);
  return { words, matches: all };
}

/**
 * "Ett sammanhållet och konkurrenskraftigt Dalarna" cites two goals, "Ett sammanhållet Dalarna" and "Ett
 * konkurrenskraftigt Dalarna": two modifiers joined by "och" share the words around them. A RUS goal whose
 * wording runs across such a pair with one of the two modifiers left out is matched. Where both readings
 * match, each gets the words only it has ("Ett sammanhållet", "konkurrenskraftigt Dalarna") so the two
 * references do not overlap; where one does, it gets the whole phrase. Only RUS goals: their wordings are
 * the ones written this way.
 */
function coordinated(words: Word[], compiled: Compiled): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const LOOKBACK = 6;
  for (let i = 1; i + 1 < words.length; i++) {
    // Modifiers are words ("sammanhållet och konkurrenskraftigt"), not numbers ("mål 2 och 3").
    if (words[i].text !== "och" || !/^[a-z]{3,}$/.test(words[i - 1].text) || !/^[a-z]{3,}$/.test(words[i + 1].text)) continue;
    const first: PhraseMatch[] = []; // read without "X och" (X = words[i - 1])
    const second: PhraseMatch[] = []; // read without "och Y" (Y = words[i + 1])
    for (let j = Math.max(0, i - 1 - LOOKBACK); j < i; j++) {
      for (const pattern of compiled.byFirstWord.get(words[j].text) ?? []) {
        if (pattern.entry.framework !== "rus" || pattern.tokens.length < 3) continue;
        if (j < i - 1) {
          const end = matchEnd([...words.slice(j, i - 1), ...words.slice(i + 1)], 0, pattern.tokens);
          if (end >= 0 && pattern.tokens.length > i - 1 - j) first.push({ pattern, start: words[j].start, end });
        }
        if (i + 2 < words.length) {
          const end = matchEnd([...words.slice(j, i), ...words.slice(i + 2)], 0, pattern.tokens);
          if (end >= 0 && pattern.tokens.length > i - j) second.push({ pattern, start: words[j].start, end });
        }
      }
    }
    const both = first.length > 0 && second.length > 0;
    for (const m of first) out.push({ ...m, start: both ? words[i + 1].start : m.start });
    for (const m of second) out.push({ ...m, end: both ? words[i - 1].end : m.end });
  }
  return out;
}

/** The index of the word that starts at pos, or -1 (binary search: words are in text order). */
function wordStartingAt(words: Word[], pos: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start === pos) return mid;
    if (words[mid].start < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The longest entry of the framework whose name starts exactly at pos (the first pattern wins a tie). */
export function nameAt(s: Scan, compiled: Compiled, pos: number, framework: Framework): { entry: TaxonomyEntry; end: number } | null {
  const i = wordStartingAt(s.words, pos);
  if (i < 0) return null;
  let best: { entry: TaxonomyEntry; end: number } | null = null;
  for (const p of compiled.byFirstWord.get(s.words[i].text) ?? []) {
    if (p.entry.framework !== framework) continue;
    const end = matchEnd(s.words, i, p.tokens);
    if (end >= 0 && (!best || end > best.end)) best = { entry: p.entry, end };
  }
  return best;
}
