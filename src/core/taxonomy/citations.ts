/**
 * The structured citation forms: Agenda 2030 lists ("Mål i Agenda 2030: 3 God hälsa …"), policy and
 * specific objective codes ("PO1", "Politiskt mål 2", "ERUF: 2,6"), and labelled RUS citations
 * ("Mål i RUS: …", "RUS mål 2 och 3", "RUS samtliga mål"), including the ones that match nothing.
 */
import { ALL_GOALS, AGENDA_HEADING, ANY_LABEL, ERDF_LABEL, GOAL_NUMBERS, RUS_CITATION, sectionEnd } from "./labels";
import type { Ctx } from "./recognise";
import { nameAt as phraseAt } from "./phrases";
import { dice, fold, stems } from "./text";
import type { Framework, ReferenceProblem, TaxonomyEntry } from "./types";

export interface Candidate {
  entry: TaxonomyEntry | null;
  /** Set when entry is null. */
  framework?: Framework;
  start: number;
  end: number;
  canonical: boolean;
  /** Which candidate wins an overlap: canonical 3, structured 2, phrase 1, unmatched 0. */
  priority: number;
  problems: ReferenceProblem[];
  suggestions?: string[];
  kind?: string;
}

/** The longest entry of the framework whose name starts exactly at pos. */
function nameAt(ctx: Ctx, pos: number, framework: Framework): { entry: TaxonomyEntry; end: number } | null {
  return phraseAt(ctx.scan, ctx.compiled, pos, framework);
}

/** "Mål 3 ", "Nr 3: ", "3. " right before pos. */
export function numberBefore(folded: string, pos: number): { n: number; start: number } | null {
  const from = Math.max(0, pos - 14);
  const m = folded.slice(from, pos).match(/(?:(?<![a-z])(?:mal|nr)\s*)?(?<![0-9.,:])(\d{1,3})\s*[.:)]?\s*$/);
  return m ? { n: Number(m[1]), start: from + m.index! } : null;
}

function agendaCandidate(ctx: Ctx, n: number, start: number, end: number, named: TaxonomyEntry | null, wrongYear: string | null): Candidate {
  const byNumber = n >= 1 && n <= 17 ? ctx.compiled.byId.get(`agenda2030:${n}`) ?? null : null;
  const problems: ReferenceProblem[] = [];
  const c: Candidate = { entry: byNumber ?? named, framework: "agenda2030", start, end, canonical: false, priority: 2, problems };
  if (!byNumber) problems.push({ kind: "agenda-number-out-of-range", message: `Agenda 2030 har mål 1–17, inte ${n}` });
  else if (named && named !== byNumber) {
    problems.push({ kind: "agenda-name-mismatch", message: `Mål ${n} heter "${byNumber.name}"; "${ctx.text.slice(start, end).trim()}" är namnet på mål ${named.code}` });
    c.suggestions = [named.id];
  }
  if (wrongYear) problems.push({ kind: "agenda-wrong-year", message: `Rubriken säger "Agenda ${wrongYear}"; menas Agenda 2030?` });
  return c;
}

export function agendaCandidates(ctx: Ctx): Candidate[] {
  const { folded } = ctx;
  const out: Candidate[] = [];
  AGENDA_HEADING.lastIndex = 0;
  for (let h = AGENDA_HEADING.exec(folded); h; h = AGENDA_HEADING.exec(folded)) {
    const wrongYear = h[1] && h[1] !== "2030" ? h[1] : null;
    const from = h.index + h[0].length;
    const end = sectionEnd(folded, from);
    const item = /(?<![a-z0-9.,:])(?:(mal|nr)\s*)?(\d{1,3})(?![0-9]|[.,:]\d)\s*[.:)]?\s*/g;
    item.lastIndex = from;
    for (let m = item.exec(folded); m && m.index < end; m = item.exec(folded)) {
      const named = nameAt(ctx, m.index + m[0].length, "agenda2030");
      const digitsEnd = m.index + m[0].search(/\d/) + m[2].length;
      // A bare number is a goal only when it carries a name, a "Mål"/"Nr" or ends the list item.
      const endsItem = /^[ \t.:)]*(\n|,|;|$)/.test(folded.slice(digitsEnd, end));
      if (!named && !m[1] && !endsItem) continue;
      const stop = named ? named.end : m.index + m[0].replace(/[\s.:)]+$/, "").length;
      out.push(agendaCandidate(ctx, Number(m[2]), m.index, stop, named?.entry ?? null, wrongYear));
      if (named) item.lastIndex = named.end;
    }
  }
  // Anywhere else: a goal name with a number right before it must agree with the number.
  for (const { pattern, start, end } of ctx.scan.matches) {
    if (pattern.entry.framework !== "agenda2030") continue;
    const num = numberBefore(folded, start);
    if (num) out.push(agendaCandidate(ctx, num.n, num.start, end, pattern.entry, null));
  }
  out.push(...unlabelledOutOfRange(ctx));
  return out;
}

/**
 * "Mål 18 Rymden" with no Agenda heading: "Mål" and a two-digit number beyond 17 followed by a capitalised
 * name is read as an Agenda 2030 citation, so its number is checked. Not when the number is one of the
 * region's own numbered goals (Västmanland's delmål 18), in another framework's part of the cell (ERUF, Interreg
 * … have their own numbering; an Agenda heading's list is read above), in a RUS citation that runs on to it
 * (a RUS label before it with no blank line between: the strategy's numbering, perhaps one the taxonomy lacks),
 * nor for "delmål 19", "mål 2030" (a year), "mål 21–24" or "mål 19 öka andelen" (no name).
 */
function unlabelledOutOfRange(ctx: Ctx): Candidate[] {
  const { folded, text, region, compiled } = ctx;
  const out: Candidate[] = [];
  for (const m of folded.matchAll(/(?<![a-z0-9.,])mal\s*(?:nr\s*)?(\d{2})(?![0-9]|[.,]\d)\s*[.:)]?\s*/g)) {
    const n = Number(m[1]);
    const nameAt = m.index! + m[0].length;
    if (n <= 17 || !/^\p{Lu}\p{Ll}/u.test(text.slice(nameAt, nameAt + 2))) continue;
    if (region && compiled.rusGoals(region).some((g) => g.code === m[1])) continue;
    const label = nearestLabel(folded, m.index!, true);
    if (label && (!RUS_LABEL_WORD.test(label.text) || !/\n[ \t]*\n/.test(text.slice(label.end, m.index!)))) continue;
    const name = text.slice(nameAt).match(/^[^\n,;.:()]*/)![0].trimEnd();
    out.push(agendaCandidate(ctx, n, m.index!, nameAt + name.length, null, null));
  }
  return out;
}

/** Any label but the Regional Fund's own: where its part of a cell ends. */
const NON_ERDF_LABEL = new RegExp(ANY_LABEL.source.replace("eruf\\w*|eurf|regionalfond\\w*|", ""), "g");

export function codeCandidates(ctx: Ctx): Candidate[] {
  const { folded, compiled } = ctx;
  const out: Candidate[] = [];
  const add = (id: string, start: number, end: number) => {
    const entry = compiled.byId.get(id);
    if (!entry) return;
    const c: Candidate = { entry, start, end, canonical: false, priority: 2, problems: [] };
    // "PO1: Ett grönare Europa": the number and the name disagree.
    const skip = folded.slice(end).match(/^[\s.:,]*/)![0].length;
    const named = entry.framework === "po" ? nameAt(ctx, end + skip, "po") : null;
    if (named) {
      c.end = named.end;
      if (named.entry !== entry) {
        c.problems.push({ kind: "po-name-mismatch", message: `${entry.code} heter "${entry.name}", inte "${named.entry.name}" (${named.entry.code})` });
        c.suggestions = [named.entry.id];
      }
    }
    out.push(c);
  };
  const outOfRange = (framework: Framework, start: number, end: number, problem: ReferenceProblem) =>
    out.push({ entry: null, framework, start, end, canonical: false, priority: 2, problems: [problem] });
  for (const m of folded.matchAll(/(?<![a-z0-9])(?:po\s?|politiskt mal\s*)(\d{1,2})(?:[.,](\d))?(?![0-9])/g)) {
    const [n, sub] = [m[1], m[2]];
    if (sub && compiled.byId.has(`so:${n}.${sub}`)) add(`so:${n}.${sub}`, m.index!, m.index! + m[0].length);
    else if (compiled.byId.has(`po:${n}`)) add(`po:${n}`, m.index!, m.index! + m[0].length - (sub ? 2 : 0));
    else outOfRange("po", m.index!, m.index! + m[0].length - (sub ? 2 : 0), poOutOfRange(n, compiled));
  }
  // "RSO1.1", "RSO 2.4", "SO 1.4", "specifikt mål 2.4", "särskilt mål: 1.3". RSO is the Regulation's own code
  // for the Regional Fund's objectives (Interreg programmes use it too); a bare "SO" or "specifikt mål" in an
  // Interreg part of the cell is the programme's own numbering (Aurora's 1.2 is not the fund's 1.2).
  for (const m of folded.matchAll(/(?<![a-z0-9])(rso|so|specifikt mal\w*|sarskilt mal\w*)\s*:?\s*(?:nr\s*)?(\d{1,2})\s?[.,]\s?(\d{1,2})(?![0-9]|[.,]\d)/g)) {
    const prefix = m[1];
    if (prefix !== "rso" && nearestLabel(folded, m.index!) === "interreg") continue;
    const digits = m.index! + m[0].search(/\d/);
    // "specifikt mål 2.4" keeps its span on the number (the label heads a part of the cell); "RSO1.1" is one code.
    const start = prefix === "rso" || prefix === "so" ? m.index! : digits;
    const end = m.index! + m[0].length;
    const id = `so:${m[2]}.${m[3]}`;
    if (compiled.byId.has(id)) add(id, start, end);
    else outOfRange("erdf-so", start, end, soOutOfRange(`${m[2]}.${m[3]}`, compiled));
  }
  // Inside the Regional Fund's part of a cell, "2,6" and "1:3" are specific objectives.
  ERDF_LABEL.lastIndex = 0;
  for (let l = ERDF_LABEL.exec(folded); l; l = ERDF_LABEL.exec(folded)) {
    // "Interreg Aurora, specifikt mål 1.2": the programme's own numbering, not the fund's.
    if (/^(specifikt|sarskilt) mal/.test(l[0]) && nearestLabel(folded, l.index) === "interreg") continue;
    const from = l.index + l[0].length;
    const end = sectionEnd(folded, from, NON_ERDF_LABEL);
    for (const m of folded.slice(from, end).matchAll(/(?<![0-9a-z.,:])([1-5])\s?[.,:]\s?([1-8])(?![0-9]|[.,:]\d)/g)) {
      add(`so:${m[1]}.${m[2]}`, from + m.index!, from + m.index! + m[0].length);
    }
  }
  for (const m of folded.matchAll(/(?<![a-z0-9])esf\s*(?:specifikt mal\s*)?po([a-e])(?![a-z0-9])/g)) {
    const at = m.index! + m[0].length - 3;
    add(`esf:${m[1]}`, at, at + 3);
  }
  return out;
}

/** Policy objectives are PO1–PO5 (Interreg's own objectives are ISO1 and ISO2). */
function poOutOfRange(n: string, compiled: Ctx["compiled"]): ReferenceProblem {
  const codes = [...compiled.byId.values()].filter((e) => e.framework === "po").map((e) => e.code);
  return { kind: "po-number-out-of-range", message: `Sammanhållningspolitiken har politiska mål ${codes[0]}–${codes[codes.length - 1]}, inte ${n} (Interregs egna mål heter ISO1 och ISO2)` };
}

/** The Regional Fund's specific objectives as the taxonomy has them, per policy objective: "1.1–1.6, 2.1–2.8, …". */
function soOutOfRange(code: string, compiled: Ctx["compiled"]): ReferenceProblem {
  const byPo = new Map<string, string[]>();
  for (const e of compiled.byId.values()) {
    if (e.framework !== "erdf-so" || !e.code) continue;
    const po = e.code.split(".")[0];
    byPo.set(po, [...(byPo.get(po) ?? []), e.code]);
  }
  const ranges = [...byPo.values()].map((c) => (c.length > 1 ? `${c[0]}–${c[c.length - 1]}` : c[0])).join(", ");
  return { kind: "so-number-out-of-range", message: `Regionalfonden har inget specifikt mål ${code} (specifika mål: ${ranges})` };
}

/** Labels of the region's own strategy: the nearest of these before a bare "mål 7 & 8" makes it a RUS goal. */
const RUS_LABEL_WORD = /^(mal (?:i |enligt )?rus|rus|rufs|regional utvecklingsstrategi)/;

/**
 * "…, med mål 7 & 8", "…, delmål 9", "med fokus på mål 1 och 2": numbers of the region's own goals in the RUS
 * part of a cell, where no label opens the list (a label right before the numbers is rusCitationCandidates').
 * Only numbers the region's goals have, and "delmål 3" only a delmål: RUFS 2050's "delmål 3" under mål 4 is not
 * its mål 3. A number under any other framework's label (Agenda 2030, ERUF …) is left to that framework.
 */
export function numberedGoalCandidates(ctx: Ctx): Candidate[] {
  const { folded, region, compiled } = ctx;
  if (!region) return [];
  const goals = compiled.rusGoals(region).filter((g) => g.code);
  if (!goals.length) return [];
  const out: Candidate[] = [];
  // Folding turns "&" and "/" into spaces, so a gap of spaces between two numbers is checked in the original text.
  const re = /(?<![a-z0-9])(delmal|malomrade|mal)\s*(?:nr\s*)?(\d{1,2}(?:\.\d{1,2})?)((?:\s*(?:,|och|samt)?\s*\d{1,2}(?:\.\d{1,2})?)*)(?![0-9a-z%]|[.,]\d)/g;
  for (const m of folded.matchAll(re)) {
    if (!RUS_LABEL_WORD.test(nearestLabel(folded, m.index!) ?? "")) continue;
    const delmal = m[1] === "delmal";
    const numbersAt = m.index! + m[0].indexOf(m[2], m[1].length);
    let previousEnd = -1;
    for (const c of folded.slice(numbersAt, m.index! + m[0].length).matchAll(/\d{1,2}(?:\.\d{1,2})?/g)) {
      if (previousEnd >= 0 && !/^\s*(,|och|samt|&|\/)\s*$/i.test(ctx.text.slice(previousEnd, numbersAt + c.index!))) break;
      previousEnd = numbersAt + c.index! + c[0].length;
      const own = goals.filter((g) => g.code === c[0]);
      const isDelmal = (g: TaxonomyEntry) => /delmal/.test(fold(g.level ?? ""));
      // "delmål 3" is a delmål, "målområde 2" a målområde; a bare "mål 7" is a goal of any level, a delmål last.
      const goal = delmal ? own.find(isDelmal)
        : m[1] === "malomrade" ? own.find((g) => /malomrade/.test(fold(g.level ?? "")))
        : own.find((g) => !isDelmal(g)) ?? own[0];
      if (!goal) continue;
      const start = numbersAt + c.index!;
      // The first number carries its word ("mål 7"), as a structured citation does.
      out.push({ entry: goal, start: c.index === 0 ? m.index! : start, end: start + c[0].length, canonical: false, priority: 1, problems: [] });
    }
  }
  return out;
}

/** The nearest framework label before pos (specifikt/särskilt mål are headings inside a framework's part, not one). */
function nearestLabel(folded: string, pos: number): string | null;
function nearestLabel(folded: string, pos: number, withEnd: true): { text: string; end: number } | null;
function nearestLabel(folded: string, pos: number, withEnd?: true): string | { text: string; end: number } | null {
  let last: { text: string; end: number } | null = null;
  ANY_LABEL.lastIndex = 0;
  for (let m = ANY_LABEL.exec(folded); m && m.index < pos; m = ANY_LABEL.exec(folded)) {
    if (!/^(specifikt mal|sarskilt mal)/.test(m[0])) last = { text: m[0], end: m.index + m[0].length };
  }
  return withEnd ? last : last?.text ?? null;
}

/** Labels that say "what follows is a RUS goal" even without a colon. */
const EXPLICIT = /^(mal (i|enligt) rus|rus\S* (mal|malomraden?|prioritering|effektmal|delmal)|prioritering i rus|prioriterat omrade|regional utvecklingsstrategi,|effektmal i rus)/;

export function rusCitationCandidates(ctx: Ctx, found: Candidate[]): Candidate[] {
  const { folded, text, region, compiled } = ctx;
  const out: Candidate[] = [];
  RUS_CITATION.lastIndex = 0;
  for (let m = RUS_CITATION.exec(folded); m; m = RUS_CITATION.exec(folded)) {
    // "… är en prioritering för …" in prose is no citation: a bare "Prioritering" needs a colon or a line of its own.
    if (/^prioritering/.test(m[0]) && !m[0].includes(":") && !/(^|\n)\s*$/.test(text.slice(0, m.index))) continue;
    const segStart = m.index + m[0].length + folded.slice(m.index + m[0].length).match(/^[\s:.,]*/)![0].length;
    // Only a label that introduces a list ("Mål i RUS:", "RUS mål …", a line of its own) makes unmatched text a problem;
    // "… i RUS om att …" in prose is a mention, not a citation.
    const introduces = m[0].includes(":") || EXPLICIT.test(m[0]) || /\n/.test(text.slice(m.index + m[0].length, segStart));
    const prose = !introduces || /(?:^|\s)(?:i|till|enligt|med)\s+$/.test(folded.slice(Math.max(0, m.index - 8), m.index));
    let segEnd = Math.min(sectionEnd(folded, segStart), segStart + 300);
    const cut = text.slice(segStart, segEnd).search(/\n|\.(\s|$)/);
    if (cut >= 0) segEnd = segStart + cut;
    const seg = folded.slice(segStart, segEnd);
    if (!region) continue;
    const all = seg.match(ALL_GOALS);
    const strategy = compiled.rusStrategy(region);
    if (all && strategy) {
      out.push({ entry: strategy, start: segStart, end: segStart + all[0].length, canonical: false, priority: 2, problems: [] });
      continue;
    }
    const nums = seg.match(GOAL_NUMBERS);
    if (nums) {
      const goals = compiled.rusGoals(region);
      for (const c of nums[0].matchAll(/\d{1,2}(?:\.\d{1,2}){0,2}/g)) {
        const start = segStart + c.index!;
        const goal = goals.find((g) => g.code === c[0]);
        out.push(goal
          ? { entry: goal, start, end: start + c[0].length, canonical: false, priority: 2, problems: [] }
          : { entry: null, framework: "rus", start, end: start + c[0].length, canonical: false, priority: 0,
              problems: [{ kind: "rus-unknown-number", message: `${region}s RUS har inget mål ${c[0]} i taxonomin` }] });
      }
      continue;
    }
    if (prose || found.some((f) => f.start >= segStart && f.start < Math.max(segEnd, segStart + 1))) continue;
    if ((seg.match(/[a-z]{3,}/g) ?? []).length < 2) continue;
    const cited = text.slice(segStart, segEnd).replace(/[\s.,;:”"]+$/, "");
    out.push({
      entry: null, framework: "rus", start: segStart, end: segStart + cited.length, canonical: false, priority: 0,
      problems: [{ kind: "rus-unmatched", message: `"${cited}" är inget av ${region}s RUS-mål i taxonomin` }],
      suggestions: closest(cited, compiled.rusGoals(region)),
    });
  }
  return out;
}

/** The region's goals nearest in wording (similarity in text.ts), best first (at most three). */
export function closest(cited: string, goals: TaxonomyEntry[]): string[] {
  const own = stems(cited);
  return goals
    .map((g) => ({ id: g.id, score: Math.max(...goalStems(g).map((s) => dice(own, s))) }))
    .filter((s) => s.score >= 0.25)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map((s) => s.id);
}

/** A goal's name and variants meet every unmatched citation of its region: their stems are made once per entry. */
const stemCache = new WeakMap<TaxonomyEntry, Set<string>[]>();
function goalStems(goal: TaxonomyEntry): Set<string>[] {
  let s = stemCache.get(goal);
  if (!s) stemCache.set(goal, (s = [goal.name, ...(goal.variants ?? [])].map(stems)));
  return s;
}
