/** " .:;,*" as character codes: what normalizeText cuts from the end. */
const TRAILING = new Set([32, 46, 58, 59, 44, 42]);

/**
 * What /\s+/g finds, less the single spaces that are already what it would be replaced by: most texts
 * have nothing else, and replacing every space by a space was half of normalizeText's time.
 */
const RUNS_OF_SPACE = /\s{2,}|[^\S ]/g;

/** Lower case, one space for any run of white space or line breaks, no trailing punctuation. */
export function normalizeText(text: string): string {
  // Called for nearly every cell of every row (recognition, validation): the trailing run is cut by
  // hand, not by a /[\s.:;,*]+$/ that is tried at every space of the text. After the first replace,
  // every white space character is " ", so " .:;,*" is that class.
  const text1 = text.normalize("NFC").toLowerCase().replace(RUNS_OF_SPACE, " ");
  let end = text1.length;
  while (end > 0 && TRAILING.has(text1.charCodeAt(end - 1))) end--;
  return (end === text1.length ? text1 : text1.slice(0, end)).trim();
}
