import { FORM_TABLE } from "../../tables";
import type { Issue, Rule } from "../types";

/** Table 8: each of the six questions answered once, in prose. */
export const formRule: Rule = {
  id: "form",
  description: "Tabell 8 har ett svar på var och en av de sex frågorna, en rad per fråga.",
  codes: { FORM_ANSWER_MISSING: "fel", FORM_QUESTION_UNKNOWN: "fel", FORM_QUESTION_DUPLICATE: "varning" },
  check(ctx) {
    const issues: Issue[] = [];
    // Table 8 with a column per question: every question's cell on every region's row has an answer.
    for (const table of ctx.checkedTables.filter((t) => t.def.kind === "form" && t.shape === "wide")) {
      for (const row of ctx.dataRows(table)) {
        for (const q of FORM_TABLE.questions) {
          const key = `q${q.number}`;
          if (key in table.columns && !row.values[key]) issues.push({ code: "FORM_ANSWER_MISSING", params: { question: q.number }, at: ctx.at(table, row, key) });
        }
      }
    }
    // Without a question column no answer can be placed; the columns rule reports that once.
    for (const table of ctx.checkedTables.filter((t) => t.def.kind === "form" && "question" in t.columns)) {
      const seen = new Map<number, number>();
      for (const row of ctx.dataRows(table)) {
        const value = row.values.question ?? "";
        // Read as readReport reads it (formAnswersOf): a row it cannot place is reported, not guessed at.
        const number = Number(value);
        const question = FORM_TABLE.questions.find((q) => q.number === number);
        if (!question) {
          // Rows that are no question are not read into the report: say so rather than drop them.
          issues.push({ code: "FORM_QUESTION_UNKNOWN", params: { value }, at: ctx.at(table, row, "question") });
          continue;
        }
        const first = seen.get(number);
        if (first !== undefined) {
          issues.push({ code: "FORM_QUESTION_DUPLICATE", params: { question: number, first }, at: ctx.at(table, row, "question") });
          continue;
        }
        seen.set(number, row.sheetRow);
        if (!row.values.response) issues.push({ code: "FORM_ANSWER_MISSING", params: { question: number }, at: ctx.at(table, row, "response") });
      }
      for (const q of FORM_TABLE.questions) {
        if (seen.has(q.number)) continue;
        // No row for the question at all: point at the table's header row.
        issues.push({ code: "FORM_ANSWER_MISSING", params: { question: q.number, noRow: "ja" }, at: ctx.at(table, table.headerRow, "question") });
      }
    }
    return issues;
  },
};
