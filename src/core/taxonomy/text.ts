/**
 * Text folding shared by the recogniser and the search. Folding keeps the string length, so an
 * offset into the folded text is an offset into the original: spans need no mapping table.
 */

/**
 * The folded character for each UTF-16 unit, as an ASCII code (0 = not worked out yet). Folding runs
 * on every Mål cell, so each distinct character is normalised only once per process; a typed array
 * keeps the lookup cheap (64 kB).
 */
const FOLDED = new Uint8Array(0x10000);

/** One character, lower case, without diacritics; anything that is not a letter or digit becomes a space. */
function foldChar(ch: string): string {
  const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return base.length === 1 && /[a-z0-9]/.test(base) ? base : /[.,:]/.test(ch) ? ch : " ";
}

/**
 * Same length as the input: "Mål 2,6 – Främja" → "mal 2,6   framja". Only . , : survive among
 * punctuation because codes need them ("1.3", "2,6", "1:1"); patterns treat them as separators.
 */
export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let f = FOLDED[code];
    if (f === 0) {
      // A surrogate pair is two UTF-16 units: fold each to a space so the length is kept.
      f = code >= 0xd800 && code <= 0xdfff ? 32 : foldChar(text[i]).charCodeAt(0);
      FOLDED[code] = f;
    }
    out += String.fromCharCode(f);
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

/** Word-stem overlap (Dice) used to suggest the closest goals; stems are 5-letter prefixes so inflections meet. */
export function similarity(a: string, b: string): number {
  return dice(stems(a), stems(b));
}

/** The distinct 5-letter stems of a text's content words (see similarity). */
export function stems(s: string): Set<string> {
  return new Set(words(s).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.slice(0, 5)));
}

/** Dice coefficient of two stem sets: shared stems over the average size. */
export function dice(x: Set<string>, y: Set<string>): number {
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return (2 * shared) / (x.size + y.size);
}

export const STOP = new Set(["och", "for", "med", "att", "som", "till", "den", "det", "ett", "en", "av", "pa", "i", "samt", "ska", "har"]);
