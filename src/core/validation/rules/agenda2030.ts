import { entryById } from "../../taxonomy";
import { quoted, withProblem } from "./shared";
import type { Issue, Rule } from "../types";

/** Agenda 2030 has goals 1–17 with fixed names: "Mål 18" and "3 Minskad ojämlikhet" are mistakes. */
export const agenda2030Rule: Rule = {
  id: "agenda2030",
  description: "Hänvisningar till Agenda 2030 har ett målnummer 1–17 och det numrets namn.",
  codes: { AGENDA2030_NUMBER_OUT_OF_RANGE: "fel", AGENDA2030_NAME_MISMATCH: "fel", AGENDA2030_WRONG_YEAR: "varning" },
  check(ctx) {
    const issues: Issue[] = [];
    for (const { table, row, ref } of withProblem(ctx, "agenda-number-out-of-range")) {
      const number = /\d+/.exec(ref.text)?.[0] ?? "";
      issues.push({ code: "AGENDA2030_NUMBER_OUT_OF_RANGE", params: { text: quoted(ref), number }, at: ctx.at(table, row, "goals") });
    }
    for (const { table, row, ref, message } of withProblem(ctx, "agenda-name-mismatch")) {
      const byNumber = ref.entryId ? entryById(ctx.taxonomy, ref.entryId) : undefined;
      // Where the recogniser merged two citations it keeps no suggestion; its message still names the goal.
      const namedId = ref.suggestions?.[0] ?? `agenda2030:${/namnet på mål (\d+)/.exec(message)?.[1]}`;
      const named = entryById(ctx.taxonomy, namedId);
      const suggestions = [byNumber, named].filter((e) => !!e).map((e) => `${e!.code} ${e!.name}`);
      issues.push({
        code: "AGENDA2030_NAME_MISMATCH",
        params: { text: quoted(ref), number: byNumber?.code, name: byNumber?.name, otherNumber: named?.code, otherName: named?.name },
        at: ctx.at(table, row, "goals"),
        suggestions,
      });
    }
    for (const { table, row, ref, message } of withProblem(ctx, "agenda-wrong-year")) {
      // The recogniser keeps the heading's year only in its message ("Agenda 2023").
      const year = /Agenda (\d{4})/.exec(message)?.[1] ?? "";
      issues.push({ code: "AGENDA2030_WRONG_YEAR", params: { text: quoted(ref), year }, at: ctx.at(table, row, "goals") });
    }
    return issues;
  },
};
