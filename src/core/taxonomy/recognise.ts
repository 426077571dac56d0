import { normalizeRegion, type Region } from "../regions";
import { agendaCandidates, codeCandidates, numberBefore, numberedGoalCandidates, rusCitationCandidates, type Candidate } from "./citations";
import { RUS_CONTEXT, standsAlone, AGENDA_HEADING } from "./labels";
import { compile } from "./matcher";
import { scan, type Scan } from "./phrases";
import { fold } from "./text";
import type { Reference, ReferenceProblem, Taxonomy, TaxonomyEntry } from "./types";

export interface RecogniseOptions {
  /** The region whose row this is: its RUS goals are looked for, and eligibility is checked. */
  region?: Region | string;
}

/**
 * Every reference to the taxonomy in a Mål cell, canonical or not, in text order. A phrase counts
 * only where the words are there; doubtful citations come back with problems, never as silent matches.
 */
export function recogniseReferences(text: string, taxonomy: Taxonomy, options: RecogniseOptions = {}): Reference[] {
  if (!text || !text.trim()) return [];
  const region = options.region ? normalizeRegion(options.region) : null;
  const compiled = compile(taxonomy);
  const folded = fold(text);
  const ctx = { text, folded, region, taxonomy, compiled, scan: scan(folded, compiled) };

  const candidates: Candidate[] = [...canonicalLines(ctx), ...phraseCandidates(ctx), ...agendaCandidates(ctx), ...codeCandidates(ctx), ...numberedGoalCandidates(ctx)];
  let refs = resolve(candidates);
  refs = resolve([...refs, ...rusCitationCandidates(ctx, refs)]);
  refs = mergeAdjacent(refs, text);
  return refs.map((c) => finish(c, ctx));
}

export type Ctx = {
  text: string;
  folded: string;
  region: Region | null;
  taxonomy: Taxonomy;
  compiled: ReturnType<typeof compile>;
  /** The text's words and every pattern's matches, found once and shared by the candidate finders. */
  scan: Scan;
};

/** A line that is exactly what the goal picker writes. */
function canonicalLines({ text, compiled }: Ctx): Candidate[] {
  const out: Candidate[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    const entry = trimmed ? compiled.canonical.get(trimmed.normalize("NFC")) : undefined;
    if (entry) {
      const start = offset + line.indexOf(trimmed);
      out.push({ entry, start, end: start + trimmed.length, canonical: true, priority: 3, problems: [] });
    }
    offset += line.length + 1;
  }
  return out;
}

/** Names and variants found as phrases, with the context rules short names need. */
function phraseCandidates(ctx: Ctx): Candidate[] {
  const { folded, text, region } = ctx;
  const out: Candidate[] = [];
  const agendaAt = firstMatch(AGENDA_HEADING, folded);
  const rusContext = RUS_CONTEXT.test(folded);
  for (const { pattern: p, start, end } of ctx.scan.matches) {
    const e = p.entry;
    const ownRus = e.framework === "rus" && (!region || e.regions?.includes(region));
    if (e.framework === "rus" && !ownRus && !p.namesOwnRegion) continue;
    const short = p.weight <= 2;
    // Short goal names ("Bygga kompetens") are also ordinary phrases: they need a RUS word somewhere in the
    // cell, a line of their own, or a capital letter mid-sentence that marks them as a name.
    if (e.framework === "rus" && short && !rusContext && !standsAlone(text, start, end) && !capitalisedName(text, start)) continue;
    if (e.framework === "agenda2030") {
      const numbered = numberBefore(folded, start);
      // Short SDG names ("Jämställdhet") are ordinary words: they need a number or an Agenda heading.
      if (p.weight <= 3 && !numbered && (agendaAt < 0 || agendaAt > start)) continue;
    }
    const problems: ReferenceProblem[] = [];
    if (e.framework === "rus" && !ownRus) {
      problems.push({ kind: "rus-other-region", message: `"${e.name}" är ett mål i ${e.regions?.[0]}s RUS, inte i ${region}s` });
    }
    out.push({ entry: e, start, end, canonical: false, priority: 1, problems, kind: p.kind });
  }
  return out;
}

/** "… främst till att Bygga kompetens …": an upper-case initial that is not a sentence start. */
function capitalisedName(text: string, start: number): boolean {
  return /\p{Lu}/u.test(text[start]) && /[\p{Ll},]\s+$/u.test(text.slice(Math.max(0, start - 3), start));
}

function firstMatch(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : -1;
}

/** Keeps the strongest candidate where candidates overlap: higher priority, then longer. */
function resolve(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** "PO1: Ett smartare Europa" is one reference, not a code and a name next to each other. */
function mergeAdjacent(refs: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const r of refs) {
    const last = out[out.length - 1];
    if (last && last.entry && last.entry === r.entry && /^[\s.,:;–-]{0,4}$/.test(text.slice(last.end, r.start))) {
      out[out.length - 1] = { ...last, end: r.end, canonical: false, problems: [...last.problems, ...r.problems] };
    } else out.push(r);
  }
  return out;
}

function finish(c: Candidate, { text, folded, region }: Ctx): Reference {
  const problems = [...c.problems];
  const e = c.entry;
  if (e && region) problems.push(...eligibilityProblems(e, region));
  // "RUS: Innovation och förnyelse … i hela landet" cites the national strategy under a RUS label.
  if (e?.framework === "national" && /(?<![a-z])rus\w*\s*:?\s*$/.test(folded.slice(Math.max(0, c.start - 12), c.start))) {
    problems.push({ kind: "national-as-rus", message: `"${e.name}" är ett strategiskt område i den nationella strategin, inte ett RUS-mål` });
  }
  const ref: Reference = {
    entryId: e ? e.id : null,
    framework: e ? e.framework : c.framework!,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    canonical: c.canonical,
    problems: dedupe(problems),
  };
  if (c.suggestions?.length) ref.suggestions = c.suggestions;
  return ref;
}

function eligibilityProblems(e: TaxonomyEntry, region: Region): ReferenceProblem[] {
  if (!e.regions || e.regions.includes(region)) return [];
  if (e.framework === "jtf") {
    return [{ kind: "jtf-not-eligible", message: `${region} ingår inte i Fonden för en rättvis omställning (${e.regions.join(", ")})` }];
  }
  if (e.framework === "interreg") {
    return [{ kind: "interreg-not-eligible", message: `${region} ingår inte i programområdet för Interreg ${e.name}` }];
  }
  if (e.framework === "erdf") {
    return [{ kind: "erdf-other-programme", message: `${e.name} gäller ${e.regions.join(", ")}, inte ${region}` }];
  }
  return [];
}

function dedupe(problems: ReferenceProblem[]): ReferenceProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.kind) && !!seen.add(p.kind));
}
