import { activityRows, quoted } from "./shared";
import type { Issue, Rule } from "../types";

/** The first year the 2021–2027 programmes are the ones a report's goals belong to. */
const PERIOD_START = 2021;

/** "2014–2020", "2014-20": the previous programme period. */
const OLD_PERIOD = /2014\s*[-–—]\s*(?:20)?20(?![0-9])/g;

/** What a period must follow to be a programme's (not a strategy's: "RUS 2014–2020" is the region's own). */
const PROGRAMME_WORD = /(eruf|eurf|erdf|regionalfond|strukturfond|socialfond|esf|interreg|program)/i;

/**
 * Legacy entries whose wording is also the 2021–2027 period's: "Investering för sysselsättning och tillväxt"
 * is the cohesion policy goal of both (Regulation (EU) 2021/1060 art. 5), so citing it says nothing about the period.
 */
const BOTH_PERIODS = new Set(["legacy:its"]);

/**
 * Goals of the 2014–2020 programmes (REACT-EU, "Tematiskt mål 13", the old programmes' insatsområden, or a
 * programme named with "2014–2020") in a report for 2021 or later. A warning: projects of the old
 * programmes ran until the end of 2023 and may be reported, but the Mål column asks for the goals of
 * the programmes in force, and an old goal is often a copy from last year's template. One finding per row.
 */
export const legacyProgrammeRule: Rule = {
  id: "legacy-programme",
  description: "Målen är hämtade ur programmen för 2021–2027, inte ur programperioden 2014–2020.",
  codes: { LEGACY_PROGRAMME: "varning" },
  check(ctx) {
    if (ctx.read.year !== null && ctx.read.year < PERIOD_START) return [];
    const issues: Issue[] = [];
    for (const { table, row } of activityRows(ctx)) {
      const text = row.values.goals ?? "";
      if (!text) continue;
      const refs = ctx.referencesOf(table, row);
      const cited = refs.filter((r) => r.framework === "legacy" && !BOTH_PERIODS.has(r.entryId ?? "")).map((r) => ({ start: r.start, text: quoted(r) }));
      for (const m of text.matchAll(OLD_PERIOD)) {
        const before = text.slice(Math.max(0, m.index! - 60), m.index!);
        if (!PROGRAMME_WORD.test(before)) continue;
        // The programme named right before the period, as cited: "ERUF Norra Mellansverige 2014–2020".
        const named = refs.filter((r) => r.end <= m.index! && m.index! - r.end <= 3).pop();
        const from = named ? named.start : m.index! - (before.match(/(?:\S+\s+){0,3}$/)?.[0].length ?? 0);
        cited.push({ start: from, text: text.slice(from, m.index! + m[0].length).replace(/\s+/g, " ").replace(/^[(”"“\s]+/, "") });
      }
      if (!cited.length) continue;
      const texts = [...new Set(cited.sort((a, b) => a.start - b.start).map((c) => c.text))];
      issues.push({ code: "LEGACY_PROGRAMME", params: { text: texts.join("; "), year: ctx.read.year ?? "" }, at: ctx.at(table, row, "goals") });
    }
    return issues;
  },
};
