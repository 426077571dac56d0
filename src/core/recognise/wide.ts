import { type CellValue, cellText, type SheetGrid } from "../grid";
import { QUESTIONS } from "../tables";
import { HEADER_SCAN_ROWS } from "./header";
import { questionNamed } from "./questions";
import { normalizeText } from "./text";

/** Maps a wide table 8 header row to "region", "q1".."q6" and "answerN" columns. */
function matchWideHeader(row: readonly CellValue[]): Record<string, number> {
  const columns: Record<string, number> = {};
  let left: number | null = null;
  row.forEach((value, index) => {
    const text = normalizeText(cellText(value));
    if (!text) return;
    if (text === "region") {
      if (!("region" in columns)) columns.region = index;
      return;
    }
    const question = questionNamed(text);
    // A heading that is only "Ja/Nej" (or "Fråga 3 Ja/Nej") is the Ja/Nej of the question on its left.
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

export function findWideHeaderRow(grid: SheetGrid): { row: number; columns: Record<string, number> } | null {
  let best: { row: number; columns: Record<string, number>; questions: number } | null = null;
  const limit = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const columns = matchWideHeader(grid.values[r] ?? []);
    const questions = Object.keys(columns).filter((k) => /^q\d$/.test(k)).length;
    if ("region" in columns && questions >= 3 && (!best || questions > best.questions)) {
      best = { row: r, columns, questions };
      // Each question is named at most once: a row naming all of them cannot be bettered.
      if (questions === QUESTIONS.length) break;
    }
  }
  return best && { row: best.row, columns: best.columns };
}
