import { QUESTIONS, YES_NO } from "../../tables";
import type { Issue, Rule } from "../types";

const isYesNo = (text: string) => YES_NO.some((y) => y.toLowerCase() === text.trim().replace(/\.$/, "").toLowerCase());

/**
 * Questions 3–5 of table 8 take Ja or Nej besides the prose; the others take none. The Ja/Nej is
 * the reader's: from its own cell, a line of its own (the vertical form), or the start of the
 * answer ("Ja. …") — the last is accepted and said, so the region can move it to its column.
 */
export const formYesNoRule: Rule = {
  id: "form-yes-no",
  description: "Fråga 3–5 i tabell 8 besvaras med Ja eller Nej, och bara de.",
  codes: { FORM_YESNO_MISSING: "fel", FORM_YESNO_INVALID: "fel", FORM_YESNO_NOT_ASKED: "varning", FORM_YESNO_FROM_TEXT: "varning" },
  check(ctx) {
    const issues: Issue[] = [];
    for (const table of ctx.checkedTables.filter((t) => t.def.kind === "form")) {
      const wide = table.shape === "wide";
      for (const answer of ctx.tableRead(table).answers) {
        const question = QUESTIONS.find((q) => q.number === answer.question)!;
        // The Ja/Nej cell as written: a question that takes none has its Ja/Nej carried apart.
        const key = wide ? `answer${question.number}` : "answer";
        const written = answer.row.values[key] ?? "";
        const textKey = wide ? `q${question.number}` : "response";
        const at = ctx.at(table, answer.row, key in table.columns ? key : textKey);
        const params = { question: question.number, value: written || answer.yesNo };
        if (!question.yesNo) {
          if (written) issues.push({ code: "FORM_YESNO_NOT_ASKED", params, at });
        } else if (answer.yesNoFrom === "none") issues.push({ code: "FORM_YESNO_MISSING", params, at });
        else if (!isYesNo(answer.yesNo)) issues.push({ code: "FORM_YESNO_INVALID", params, at });
        else if (answer.yesNoFrom === "text") issues.push({ code: "FORM_YESNO_FROM_TEXT", params: { ...params, value: answer.yesNo }, at: ctx.at(table, answer.row, textKey) });
      }
    }
    return issues;
  },
};
