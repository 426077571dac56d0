import { QUESTIONS, YES_NO } from "../../tables";
import type { Issue, Location, Rule } from "../types";

const isYesNo = (text: string) => YES_NO.some((y) => y.toLowerCase() === text.trim().replace(/\.$/, "").toLowerCase());

/** Questions 3–5 of table 8 take Ja or Nej besides the prose; the others take none. */
export const formYesNoRule: Rule = {
  id: "form-yes-no",
  description: "Fråga 3–5 i tabell 8 besvaras med Ja eller Nej, och bara de.",
  codes: { FORM_YESNO_MISSING: "fel", FORM_YESNO_INVALID: "fel", FORM_YESNO_NOT_ASKED: "varning" },
  check(ctx) {
    const issues: Issue[] = [];
    const judge = (question: (typeof QUESTIONS)[number], answer: string, at: Location) => {
      const params = { question: question.number, value: answer };
      if (question.yesNo && !answer) issues.push({ code: "FORM_YESNO_MISSING", params, at });
      else if (question.yesNo && !isYesNo(answer)) issues.push({ code: "FORM_YESNO_INVALID", params, at });
      else if (!question.yesNo && answer) issues.push({ code: "FORM_YESNO_NOT_ASKED", params, at });
    };
    for (const table of ctx.checkedTables.filter((t) => t.def.kind === "form")) {
      if (table.shape === "wide") {
        // The Ja/Nej of question N stands in its own column.
        for (const row of ctx.dataRows(table)) {
          for (const question of QUESTIONS) {
            const key = `answer${question.number}`;
            if (key in table.columns) judge(question, row.values[key] ?? "", ctx.at(table, row, key));
          }
        }
        continue;
      }
      // Without a Ja/Nej column the columns rule reports the column once.
      if (!("answer" in table.columns)) continue;
      for (const answer of ctx.tableRead(table).answers) {
        judge(QUESTIONS.find((q) => q.number === answer.question)!, answer.row.values.answer ?? "", ctx.at(table, answer.row, "answer"));
      }
    }
    return issues;
  },
};
