import { type CellValue, cellText } from "../grid";
import { QUESTIONS } from "../tables";
import { questionNamed } from "./questions";
import { normalizeText } from "./text";

/**
 * Table 8 in its wide shape: one row per region, a column per question ("Fråga 3", "3. Beskrivning
 * …", or the question's text), and for questions 3–5 perhaps a Ja/Nej column of its own ("Fråga 3
 * Ja/Nej", or a plain "Ja/Nej" that belongs to the question on its left). A heading such as
 * "3. Beskrivning … (Ja/Nej)" is the question's prose column: its Ja/Nej stands at the start of the answer.
 */
export function matchWideHeader(row: readonly CellValue[]): Record<string, number> {
  const columns: Record<string, number> = {};
  let left: number | null = null;
  row.forEach((value, index) => {
    const text = normalizeText(cellText(value));
    if (!text) return;
    if (text === "region" || text === "län") {
      if (!("region" in columns)) columns.region = index;
      return;
    }
    const question = questionNamed(text);
    if (/^(?:(?:fråga|fr\.?)\s*\d+\s*)?ja ?\/ ?nej$/.test(text)) {
      const number = question ?? left;
      if (number !== null && !(`answer${number}` in columns)) columns[`answer${number}`] = index;
      return;
    }
    if (question !== null && !(`q${question}` in columns)) {
      columns[`q${question}`] = index;
      left = question;
    }
  });
  return columns;
}

/** The questions a wide header names (its "q1".."q6" columns). */
export function wideQuestions(columns: Record<string, number>): number {
  return Object.keys(columns).filter((k) => /^q\d$/.test(k)).length;
}

/** A wide header names the region and at least half of the questions. */
export function isWideHeader(columns: Record<string, number>): boolean {
  return "region" in columns && wideQuestions(columns) >= Math.ceil(QUESTIONS.length / 2);
}
