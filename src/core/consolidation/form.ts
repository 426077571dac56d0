import { normalizeText, type RecognisedRow, type RecognisedTable } from "../recognise";
import { FORM_TABLE, QUESTIONS } from "../tables";
import type { FormEntryAnswer } from "./types";

/**
 * Table 8 read in either shape: the template's question rows (Region, Fråga nr, Fråga, Ja/Nej, Svar)
 * or the wide shape (a row per region, a column per question, see WIDE_FORM_COLUMNS).
 */

/** A row with no answer at all: the template's starting row (question number and text only). */
export function isEmptyFormRow(table: RecognisedTable, row: RecognisedRow): boolean {
  if (Object.keys(row.extra).length) return false;
  if (table.shape === "wide") return Object.entries(row.values).every(([key, value]) => key === "region" || value === "");
  return !row.values.response && !row.values.answer;
}

/** The question a question row answers, or null when its number is not 1–6. */
export function questionOf(row: RecognisedRow): FormEntryAnswer["question"] | null {
  const text = (row.values.question ?? "").replace(/^fråga\s*/i, "").replace(/\.$/, "").trim();
  const question = QUESTIONS.find((q) => String(q.number) === text);
  return question ? question.number : null;
}

/** Cells of a taken table 8 row that the master's columns cannot hold: header → text. */
export function uncarriedFormCells(table: RecognisedTable, row: RecognisedRow): Record<string, string> {
  const cells: Record<string, string> = {};
  if (table.shape === "wide") {
    for (const [key, value] of Object.entries(row.values)) {
      const yesNo = /^answer(\d)$/.exec(key);
      if (yesNo && value && !QUESTIONS.find((q) => q.number === Number(yesNo[1]))?.yesNo) cells[`Fråga ${yesNo[1]} Ja/Nej`] = value;
    }
    return cells;
  }
  const number = questionOf(row);
  const question = QUESTIONS.find((q) => q.number === number);
  if (!question) return cells;
  if (row.values.answer && !question.yesNo) cells["Ja/Nej"] = row.values.answer;
  // The question's text is repeated from the definitions; only a changed text is worth keeping.
  const text = row.values.text ?? "";
  if (text && normalizeText(text) !== normalizeText(question.text)) cells[headerOf("text")] = text;
  return cells;
}

function headerOf(key: string): string {
  return FORM_TABLE.columns.find((c) => c.key === key)?.header ?? key;
}

/** A wide row's answers, in question order; questions left blank are left out. */
export function wideAnswers(row: RecognisedRow): FormEntryAnswer[] {
  return QUESTIONS.flatMap((q): FormEntryAnswer[] => {
    const text = row.values[`q${q.number}`] ?? "";
    const answer = q.yesNo ? row.values[`answer${q.number}`] ?? "" : "";
    return text || answer ? [{ question: q.number, text, answer }] : [];
  });
}
