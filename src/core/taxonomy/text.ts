/**
 * Text folding shared by the recogniser and the search. Folding keeps the string length, so an
 * offset into the folded text is an offset into the original: spans need no mapping table.
 */

const cache = new Map<string, string>();

/** One character, lower case, without diacritics; anything that is not a letter or digit becomes a space. */
function foldChar(ch: string): string {
  let f = cache.get(ch);
  if (f === undefined) {
    const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    f = base.length === 1 && /[a-z0-9]/.test(base) ? base : /[.,:]/.test(ch) ? ch : " ";
    cache.set(ch, f);
  }
  return f;
}

/**
 * Same length as the input: "Mål 2,6 – Främja" → "mal 2,6   framja". Only . , : survive among
 * punctuation because codes need them ("1.3", "2,6", "1:1"); patterns treat them as separators.
 */
export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is two UTF-16 units: fold each to a space so the length is kept.
    out += code >= 0xd800 && code <= 0xdfff ? " " : foldChar(text[i]);
  }
  return out;
}

/** The words of a text, folded: "Minskad miljö- och klimatpåverkan" → ["minskad", "miljo", "och", "klimatpaverkan"]. */
export function words(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter(Boolean);
}

export function slug(text: string): string {
  return words(text).join("-");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A regex source matching the words in order with any separators between them, at word boundaries. */
export function phrasePattern(tokens: string[]): string {
  return `(?<![a-z0-9])${tokens.map(escape).join("[^a-z0-9]+")}(?![a-z0-9])`;
}

/** Word-stem overlap (Dice) used to suggest the closest goals; stems are 5-letter prefixes so inflections meet. */
export function similarity(a: string, b: string): number {
  const stems = (s: string) => new Set(words(s).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.slice(0, 5)));
  const x = stems(a);
  const y = stems(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return (2 * shared) / (x.size + y.size);
}

export const STOP = new Set(["och", "for", "med", "att", "som", "till", "den", "det", "ett", "en", "av", "pa", "i", "samt", "ska", "har"]);
