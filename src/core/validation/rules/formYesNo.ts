import { FORM_TABLE, YES_NO } from "../../tables";
import type { Issue, Rule } from "../types";

const isYesNo = (text: string) => YES_NO.some((y) => y.toLowerCase() === text.trim().replace(/\.$/, "").toLowerCase());

/** Questions 3–5 of table 8 take Ja or Nej besides the prose; the others take none. */
export const formYesNoRule: Rule = {
  id: "form-yes-no",
  description: "Fråga 3–5 i tabell 8 besvaras med Ja eller Nej, och bara de.",
  codes: { FORM_YESNO_MISSING: "fel", FORM_YESNO_INVALID: "fel", FORM_YESNO_NOT_ASKED: "varning" },
  check(ctx) {
    const issues: Issue[] = [];
    // Table 8 with a column per question: the Ja/Nej of question N stands in its own column.
    for (const table of ctx.checkedTables.filter((t) => t.def.kind === "form" && t.shape === "wide")) {
      for (const row of ctx.dataRows(table)) {
        for (const question of FORM_TABLE.questions) {
          const key = `answer${question.number}`;
          if (!(key in table.columns)) continue;
          const answer = row.values[key] ?? "";
          const at = ctx.at(table, row, key);
          const params = { question: question.number, value: answer };
          if (question.yesNo && !answer) issues.push({ code: "FORM_YESNO_MISSING", params, at });
          else if (question.yesNo && !isYesNo(answer)) issues.push({ code: "FORM_YESNO_INVALID", params, at });
          else if (!question.yesNo && answer) issues.push({ code: "FORM_YESNO_NOT_ASKED", params, at });
        }
      }
    }
    for (const table of ctx.checkedTables.filter((t) => t.def.kind === "form" && t.shape !== "wide")) {
      // Without a Ja/Nej column the columns rule reports the column once.
      if (!("answer" in table.columns)) continue;
      const done = new Set<number>();
      for (const row of ctx.dataRows(table)) {
        const question = FORM_TABLE.questions.find((q) => q.number === Number(row.values.question));
        if (!question || done.has(question.number)) continue;
        done.add(question.number);
        const answer = row.values.answer ?? "";
        const at = ctx.at(table, row, "answer");
        const params = { question: question.number, value: answer };
        if (question.yesNo && !answer) issues.push({ code: "FORM_YESNO_MISSING", params, at });
        else if (question.yesNo && !isYesNo(answer)) issues.push({ code: "FORM_YESNO_INVALID", params, at });
        else if (!question.yesNo && answer) issues.push({ code: "FORM_YESNO_NOT_ASKED", params, at });
      }
    }
    return issues;
  },
};
