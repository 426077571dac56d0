import { cellText, isBlankRow, type SheetGrid } from "../grid";
import { questionNamed, type QuestionNumber } from "./questions";
import type { RecognisedRow } from "./types";

/**
 * Table 8 as the published compilation prints it, with no header row: a question's text in a row
 * of its own, the answer in the rows below it (perhaps "Ja." or "Nej." alone on the first of them)
 * until the next question. Each question becomes one row: its number, its text, the Ja/Nej found on
 * a line of its own, and the answer's lines joined; every sheet row it covers is kept in `rows`.
 */

const YES_NO_LINE = /^(ja|nej)[.!]?$/i;

/** The question a row opens: its first non-empty cell names one (by number and text, or text alone). */
function questionOpening(row: readonly unknown[] | undefined): { question: QuestionNumber; column: number } | null {
  if (!row) return null;
  const column = row.findIndex((v) => cellText(v as never) !== "");
  if (column < 0) return null;
  const text = cellText(row[column] as never);
  if (text.length < 20) return null;
  const question = questionNamed(text);
  return question === null ? null : { question, column };
}

/** The question rows of a vertical table 8, or null when the sheet has fewer than three questions so laid out. */
export function readVerticalForm(grid: SheetGrid): { firstRow: number; column: number; rows: RecognisedRow[] } | null {
  const openings: { r: number; question: QuestionNumber }[] = [];
  grid.values.forEach((row, r) => {
    const opening = questionOpening(row);
    if (opening && !openings.some((o) => o.question === opening.question)) openings.push({ r, question: opening.question });
  });
  if (openings.length < 3) return null;
  const rows: RecognisedRow[] = openings.map((opening, i) => {
    const end = i + 1 < openings.length ? openings[i + 1].r : grid.values.length;
    const lines: string[] = [];
    const covered = [opening.r + 1];
    let yesNo = "";
    const extra: Record<string, string> = {};
    const questionRow = grid.values[opening.r];
    // A question row may carry the answer beside the question (text in B): that is the answer's first line.
    const questionColumn = questionRow.findIndex((v) => cellText(v) !== "");
    questionRow.forEach((v, c) => {
      const text = cellText(v);
      if (c !== questionColumn && text) lines.push(text);
    });
    for (let r = opening.r + 1; r < end; r++) {
      const row = grid.values[r];
      if (isBlankRow(row)) continue;
      covered.push(r + 1);
      const texts = row.map((v) => cellText(v)).filter(Boolean);
      if (!yesNo && !lines.length && texts.length === 1 && YES_NO_LINE.test(texts[0])) {
        yesNo = texts[0].replace(/[.!]$/, "");
        continue;
      }
      lines.push(texts.join(" "));
    }
    return {
      sheetRow: opening.r + 1,
      values: { region: "", question: String(opening.question), text: cellText(questionRow[questionColumn]), answer: yesNo, response: lines.join("\n") },
      extra,
      rows: covered,
    };
  });
  // The column the questions stand in: findings on the form point there.
  const column = questionOpening(grid.values[openings[0].r])!.column;
  return { firstRow: openings[0].r + 1, column, rows };
}
