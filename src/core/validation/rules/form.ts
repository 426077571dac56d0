import { questionOfRow } from "../../read";
import { QUESTIONS } from "../../tables";
import type { Issue, Rule } from "../types";

/** Table 8: each of the six questions answered once, in prose. Rows are placed as the reader placed them. */
export const formRule: Rule = {
  id: "form",
  description: "Tabell 8 har ett svar på var och en av de sex frågorna, en rad per fråga.",
  codes: { FORM_ANSWER_MISSING: "fel", FORM_QUESTION_UNKNOWN: "fel", FORM_QUESTION_DUPLICATE: "varning" },
  check(ctx) {
    const issues: Issue[] = [];
    for (const table of ctx.checkedTables.filter((t) => t.def.kind === "form")) {
      const read = ctx.tableRead(table);
      if (table.shape === "wide") {
        // A column per question: every question's cell on every region's row has an answer.
        for (const row of read.dataRows) {
          for (const q of QUESTIONS) {
            const key = `q${q.number}`;
            if (key in table.columns && !row.values[key]) issues.push({ code: "FORM_ANSWER_MISSING", params: { question: q.number }, at: ctx.at(table, row, key) });
          }
        }
        continue;
      }
      // Rows the reader could not place are not in the report: say so rather than drop them.
      for (const p of read.problems) {
        const row = read.dataRows.find((r) => r.sheetRow === p.row)!;
        if (p.code === "form-question-unknown") issues.push({ code: "FORM_QUESTION_UNKNOWN", params: { value: String(p.params.value ?? "") }, at: ctx.at(table, row, "question") });
        if (p.code === "form-question-duplicate") issues.push({ code: "FORM_QUESTION_DUPLICATE", params: { question: p.params.question, first: p.params.first }, at: ctx.at(table, row, "question") });
      }
      // In a master every region answers; in a regional workbook the one region does.
      const byRegion = new Map<string, Set<number>>();
      for (const answer of read.answers) {
        const key = ctx.master ? answer.region ?? "" : "";
        byRegion.set(key, (byRegion.get(key) ?? new Set()).add(answer.question));
        if (!answer.text) issues.push({ code: "FORM_ANSWER_MISSING", params: { question: answer.question }, at: ctx.at(table, answer.row, "response") });
      }
      if (!byRegion.size) byRegion.set("", new Set());
      for (const [region, answered] of byRegion) {
        for (const q of QUESTIONS) {
          if (answered.has(q.number)) continue;
          // The question's row left as the template made it: point at its Svar cell; no row at all: at the header row.
          const empty = ctx.master ? undefined : read.emptyRows.find((row) => questionOfRow(row) === q.number);
          if (empty) issues.push({ code: "FORM_ANSWER_MISSING", params: { question: q.number }, at: ctx.at(table, empty, "response") });
          // No row to tell the region by: on a master it is the region whose answers these are.
          else issues.push({ code: "FORM_ANSWER_MISSING", params: { question: q.number, noRow: "ja" }, at: { ...ctx.at(table, table.headerRow, "question"), ...(region ? { region } : {}) } });
        }
      }
    }
    return issues;
  },
};
