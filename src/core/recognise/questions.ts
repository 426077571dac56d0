import { QUESTIONS, type Question } from "../tables";
import { normalizeText } from "./text";

/**
 * The one question parser: which of table 8's six questions a cell names, by its number ("3",
 * "3.", "Fråga 3", "Fråga nr 3", "F3", "3. Beskrivning …") or by its text (tolerant to case, white
 * space, punctuation and truncation). Recognition (headers of the wide shape), the reader (question
 * rows) and through the reader validation and consolidation all ask this function.
 */

export type QuestionNumber = Question["number"];

const byNumber = (n: number): QuestionNumber | null => QUESTIONS.find((q) => q.number === n)?.number ?? null;

/** Letters and digits only, for comparing wordings: "Interreg-program." and "interreg program" agree. */
function words(text: string): string {
  return normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

const QUESTION_WORDS = new Map<QuestionNumber, string>();
function questionWords(q: Question): string {
  let w = QUESTION_WORDS.get(q.number);
  if (w === undefined) QUESTION_WORDS.set(q.number, (w = words(q.text)));
  return w;
}

/** The number a cell gives, "Fråga 3" or "3" or "3." alone; null when the cell is not a bare number. */
export function questionNumberOf(text: string): QuestionNumber | null {
  const t = normalizeText(text);
  const numbered = /^(?:fråga|fr\.?|f)\s*(?:nr\.?|nummer)?\s*(\d+)$/.exec(t) ?? /^(\d+)$/.exec(t);
  return numbered ? byNumber(Number(numbered[1])) : null;
}

/**
 * The question a heading or question cell names: a bare number, a number before text ("Fråga 3:
 * Beskrivning …", "3. Beskrivning …"), or the text itself. Text must fit one question only: questions
 * 3–5 share a long opening, so a truncated text that fits several names none.
 */
export function questionNamed(text: string): QuestionNumber | null {
  const bare = questionNumberOf(text);
  if (bare !== null) return bare;
  const t = normalizeText(text);
  const lead = /^(?:fråga|fr\.?)\s*(?:nr\.?)?\s*(\d+)\b/.exec(t) ?? /^(\d+)\s*[.):]\s*\S/.exec(t) ?? /^(\d+)\s+beskrivning/.exec(t);
  if (lead) return byNumber(Number(lead[1]));
  return questionByText(t);
}

/** The question whose text this is, allowing truncation either way and a "(Ja/Nej)" after it. */
export function questionByText(text: string): QuestionNumber | null {
  const given = words(text.replace(/\(?\s*ja\s*\/\s*nej\s*\)?/gi, " "));
  if (given.length < 25) return null;
  const fits = QUESTIONS.filter((q) => {
    const question = questionWords(q);
    return question.startsWith(given) || given.startsWith(question);
  });
  return fits.length === 1 ? fits[0].number : null;
}
