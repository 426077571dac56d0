/**
 * Characters XML 1.0 cannot carry, wherever they come from: C0 controls other than tab, line feed
 * and carriage return, U+FFFE and U+FFFF, and lone surrogates. Excel stores them as _xHHHH_
 * escapes; written raw they make a part malformed (one such cell made LibreOffice lose 529 of 538
 * texts). Both the reader and the writer replace each with a visible marker and report where.
 */
export const REPLACEMENT_MARKER = "\uFFFD";

/** One cell whose text had characters XML cannot carry, replaced by REPLACEMENT_MARKER. */
export interface CharacterReplacement {
  sheet: string;
  /** A1 address of the cell, or a description of where else ("bladnamn", "tabellrubrik B3"). */
  cell: string;
  /** The replaced characters as code points, "U+FFFE", in order of appearance. */
  characters: string[];
}

// Control characters are the point of these patterns.
// Lone surrogates: a high one not followed by a low one, a low one not preceded by a high one.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const ILLEGAL_TEST = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

const codePoint = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * The text with every character XML cannot carry replaced, and the replaced ones (empty when
 * nothing was replaced, which is the fast path: one test of a regular expression).
 */
export function xmlSafe(text: string): { text: string; replaced: string[] } {
  if (!ILLEGAL_TEST.test(text)) return { text, replaced: NONE };
  const replaced: string[] = [];
  const safe = text.replace(ILLEGAL, (ch) => {
    replaced.push(codePoint(ch));
    return REPLACEMENT_MARKER;
  });
  return { text: safe, replaced: replaced.length ? replaced : NONE };
}

const NONE: string[] = [];

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Decodes OOXML's _xHHHH_ escapes (ECMA-376 ST_Xstring): "_x000D_" → "\r", "_x005F_" → "_". */
export function decodeEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Guards a literal "_xHHHH_" in a cell's text so that Excel does not decode it on reading:
 * its underscore is written as the escape "_x005F_".
 */
export function escapeLiteralEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}
