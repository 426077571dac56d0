#!/usr/bin/env node
/**
 * Builds src/core/taxonomy/taxonomy-2023.json from the sources vendored in the repository:
 *
 *   data/taxonomy-sources/research-draft-2023.json   the research draft (Agenda 2030, national strategy,
 *                                                    cohesion policy, and the RUS wordings of the 2023 report)
 *   data/taxonomy-sources/rus/<region>.json          each region's RUS from its adopted strategy, with sources
 *   data/taxonomy-sources/eu-2021-2027.json          EU entries the draft lacked, and the regional ERDF programmes'
 *                                                    policy objectives, with sources
 *   data/taxonomy-sources/transport.json             the transport policy goals (Prop. 2008/09:93), with sources
 *   scripts/taxonomy/curation.js                     hand decisions on the draft's non-RUS lists
 *   data/sample-2023.json                            the 2023 rows: which rows each report-learned wording occurs in
 *
 *   node scripts/taxonomy/build-taxonomy.js [--check]
 *
 * --check builds in memory and fails when the committed JSON differs. Nothing outside the repository is read;
 * the product reads only the generated JSON.
 */
const fs = require("fs");
const path = require("path");
const cur = require("./curation");

const VERSION = "2023.4";
const ROOT = path.join(__dirname, "..", "..");
const SRC = path.join(ROOT, "data", "taxonomy-sources");
const OUT = path.join(ROOT, "src", "core", "taxonomy", "taxonomy-2023.json");
const read = (p) => JSON.parse(fs.readFileSync(p, "utf8"));
const R = read(path.join(SRC, "research-draft-2023.json"));
const EU = read(path.join(SRC, "eu-2021-2027.json"));
const TRANSPORT = read(path.join(SRC, "transport.json"));
const SAMPLE = read(path.join(ROOT, "data", "sample-2023.json"));

const slug = (s) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
/** The folded words of a text, as src/core/taxonomy/text.ts words() makes them (what the recogniser matches on). */
const words = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
const key = (s) => words(s).join(" ");

/** The draft's confidence is prose; the level is its first keyword, the prose is kept as the note. */
function level(note) {
  const keys = [
    ["verified", "verified"], ["inferred", "inferred"], ["document only", "inferred"], ["seen in document", "inferred"],
    ["likely", "likely"], ["recalled", "recalled"], ["not retrieved", "not-retrieved"], ["table 8 only", "table-8-only"],
  ];
  let best = null;
  for (const [k, v] of keys) {
    const i = note.toLowerCase().indexOf(k);
    if (i >= 0 && (!best || i < best.i)) best = { i, v };
  }
  return best ? best.v : "likely";
}

/** Variants in the draft carry notes: "1.3 Stärka … (Gävleborg)", "… (Dalarna; typo)". Keep the citable text only. */
function cleanVariant(v) {
  let s = v.replace(/\s*\([^()]*\)\s*$/, "").replace(/^…\s*/, "").trim();
  if (!s || s.includes("…") || s.startsWith("(")) return null;
  return s;
}

function uniq(name, list) {
  const seen = new Set([key(name)]);
  const out = [];
  for (const v of list) {
    if (!v) continue;
    const k = key(v);
    if (k && !seen.has(k)) { seen.add(k); out.push(v); }
  }
  return out.length ? out : undefined;
}

/**
 * Wordings taken from the 2023 report rather than from a source document, per entry id. After the build,
 * each gets the 2023 rows it occurs in (learned), so the taxonomy report can leave a row's own wordings out.
 */
const learnedWordings = new Map();
function learn(id, list) {
  const set = learnedWordings.get(id) ?? new Set();
  for (const w of list) if (w && key(w)) set.add(w);
  learnedWordings.set(id, set);
}

const entries = [];
function push(e) {
  const { confidenceNote, learned, ...rest } = e;
  const out = { ...rest, confidence: e.confidence || level(confidenceNote || ""), confidenceNote };
  if (out.variants) out.variants = uniq(out.name, out.variants);
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  if (learned) learn(out.id, learned);
  entries.push(out);
  return out;
}

// National strategy: the policy goal and the four strategic areas (= tables 1–4).
const ns = R.nationalStrategy;
push({ id: "ns:mal", framework: "national", name: ns.policyGoal.text, level: "mål", confidenceNote: ns.policyGoal.confidence, sources: ns.policyGoal.sources });
for (const a of ns.strategicAreas) {
  push({
    id: `ns:${a.order}`, framework: "national", code: String(a.order), name: a.name, level: "strategiskt område",
    variants: a.nameVariants.map(cleanVariant), table: a.documentTable,
    note: "Prioriteringar per område ej hämtade (Skr. 2020/21:133 avsnitt 6).", confidenceNote: a.confidence, sources: a.sources,
  });
}

// Agenda 2030: names from regeringen.se and FN-förbundet; the forms seen in the 2023 rows are learned.
for (const g of R.agenda2030.goals) {
  const seen = Object.keys(g.variantsSeenInDocument).filter((v) => !v.startsWith("("));
  push({
    id: `agenda2030:${g.number}`, framework: "agenda2030", code: String(g.number), name: g.nameRegeringen,
    variants: [g.alternativeOfficialName, ...seen], confidenceNote: g.confidence, sources: g.sources,
    learned: seen.filter((v) => key(v) !== key(g.alternativeOfficialName || "")),
  });
}

// Cohesion policy: policy objectives, ERDF specific objectives, programmes, ESF+, JTF, Interreg, legacy.
const cp = R.cohesionPolicy;
for (const p of cp.policyObjectives.filter((p) => /^PO\d$/.test(p.id))) {
  const n = p.id.slice(2);
  const seen = p.variantsSeenInDocument.map(cleanVariant).filter((v) => v && !/^(PO|Mål |Politiskt|Område|ERUF|2\.|Programområde)/.test(v));
  push({
    id: `po:${n}`, framework: "po", code: `PO${n}`, name: p.shortName, fullName: p.fullName,
    variants: [p.fullName, ...seen], confidenceNote: p.confidence, sources: p.sources, learned: seen,
  });
}
const euSources = EU.sources;
const extraSo = Object.fromEntries(EU.specificObjectives.map((s) => [s.code, s]));
const soEntries = [
  ...cp.erdfSpecificObjectives.map((s) => ({
    id: `so:${s.number}`, framework: "erdf-so", code: s.number, name: s.swedishShortLabel, fullName: s.regulationText,
    parent: `po:${s.number.split(".")[0]}`, variants: [s.regulationText, ...(cur.soVariants[s.number] || [])],
    confidenceNote: s.confidence, sources: s.sources, learned: cur.soVariants[s.number] || [],
  })),
  ...EU.specificObjectives.map((s) => ({
    id: `so:${s.code}`, framework: "erdf-so", code: s.code, name: s.name, fullName: s.fullName, nameEn: s.nameEn, parent: `po:${s.po}`,
    variants: [s.fullName, s.nameEn, ...(s.variants || [])], confidence: s.confidence, confidenceNote: s.confidenceNote, sources: s.sources,
  })),
];
const soOrder = (c) => c.split(".").map(Number).reduce((a, b) => a * 10 + b, 0);
for (const s of soEntries.sort((a, b) => soOrder(a.code) - soOrder(b.code))) push(s);
if (Object.keys(extraSo).some((c) => cp.erdfSpecificObjectives.some((s) => s.number === c))) throw new Error("eu-2021-2027.json repeats a specific objective of the draft");
push({
  id: "erdf", framework: "erdf", name: "Europeiska regionala utvecklingsfonden (Regionalfonden, ERUF)",
  variants: ["Regionalfonden", "ERUF", "Europeiska regionala utvecklingsfonden", "EURF"],
  note: "The fund as a whole, for citations that name no programme. 'EURF' is a misspelling seen in the 2023 report.", confidenceNote: "verified", sources: ["S-tvv-malinriktning"],
  learned: ["EURF"],
});
for (const p of cp.erdfProgrammes) {
  const id = p.id.replace(/^erdf-/, "");
  const regions = p.regions.includes("Hela Sverige") ? undefined : p.regions;
  const seen = p.aliasesSeenInDocument.map(cleanVariant).filter((v) => v && !/^Programområde/.test(v));
  // The policy objectives the programme takes part in, with their own sources (eu-2021-2027.json).
  const pos = EU.erdfProgrammes[id];
  push({
    id: `erdf:${id}`, framework: "erdf", name: p.name.replace(/\s*\(brief:.*\)$/, ""), regions,
    variants: seen, note: p.notes, confidenceNote: p.confidence, sources: [...p.sources, ...(pos ? pos.sources : [])], learned: seen,
    ...(pos ? { policyObjectives: pos.policyObjectives, policyObjectivesConfidence: pos.confidence } : {}),
  });
}
for (const id of Object.keys(EU.erdfProgrammes)) {
  if (id !== "about" && !cp.erdfProgrammes.some((p) => p.id.replace(/^erdf-/, "") === id)) throw new Error(`eu-2021-2027.json: no ERDF programme ${id}`);
}
const esf = cp.esfPlus;
push({
  id: "esf", framework: "esf", name: "Nationellt program för Europeiska socialfonden+ 2021–2027",
  variants: ["ESF+", "Europeiska socialfonden+", "Socialfonden", "Europeiska socialfonden", "Socialfondsprogrammet", "Europeiska socialfondsprogrammet"],
  note: `${esf.note} Programområde F (Fast-Care) added by the programme change of 17 May 2023.`, confidenceNote: "verified", sources: esf.sources,
});
for (const a of esf.programmeAreas) {
  push({
    id: `esf:${a.code.toLowerCase()}`, framework: "esf", code: a.code, name: a.name, parent: "esf",
    variants: [a.alternative && a.alternative.replace(/\s*\(.*\)$/, "")], confidenceNote: a.confidence, sources: a.sources,
  });
}
for (const a of EU.esf) {
  push({ id: `esf:${a.code.toLowerCase()}`, framework: "esf", code: a.code, name: a.name, fullName: a.fullName, parent: "esf",
    variants: a.variants, note: a.note, confidence: a.confidence, sources: a.sources });
}
const jtf = cp.jtf;
const jtfRegions = jtf.territories.map((t) => t.region);
push({
  id: "jtf", framework: "jtf", name: "Fonden för en rättvis omställning", fullName: jtf.objective, regions: jtfRegions,
  variants: ["FRO", "JTF", "Just Transition Fund", "Fonden för rättvis omställning"],
  note: `${jtf.budget}. ${jtf.territorialPlans}`, confidenceNote: jtf.confidence, sources: jtf.sources,
});
for (const t of jtf.territories) {
  push({
    id: `jtf:${slug(t.region)}`, framework: "jtf", name: t.priority.replace(/\s*\(.*\)$/, ""), parent: "jtf", regions: [t.region],
    note: /truncated/.test(t.priority) ? "län name completed by the researcher (source text truncated)" : undefined,
    confidenceNote: jtf.confidence, sources: jtf.sources,
  });
}
const eligible = {};
for (const r of R.regions) for (const p of r.interregEligible) (eligible[p] = eligible[p] || []).push(r.shortName);
for (const p of cp.interreg) {
  const c = cur.interreg[p.id];
  const whole = p.swedishRegionsEligible.includes("hela Sverige");
  const partial = [...(eligible[`${p.id}-sapmi-only`] || [])];
  if (p.id === "sverige-norge") partial.push("Västra Götaland"); // only "delar av Västra Götaland"
  const regions = whole ? undefined : [...p.swedishRegionsEligible, ...partial.filter((r) => !p.swedishRegionsEligible.includes(r))];
  const programme = push({
    id: `interreg:${p.id}`, framework: "interreg", name: c.name, fullName: p.name, strand: p.strand,
    regions, partialRegions: partial.length ? partial : undefined, priorities: p.priorities.length ? p.priorities : undefined,
    variants: [...c.variants, p.name], matchName: c.bareName === false ? false : undefined, note: p.notes, confidenceNote: p.confidence, sources: p.sources,
  });
  // Aurora's priorities and specific objectives as entries of their own, in Swedish and English.
  if (p.id === "aurora") {
    const a = EU.aurora;
    for (const prio of a.priorities) {
      const pid = `interreg:aurora:${prio.code.toLowerCase()}`;
      // Who may take part is the programme's business (interregEligibility on its parent), not repeated here.
      push({ id: pid, framework: "interreg", code: `Aurora ${prio.code}`, name: prio.name, nameEn: prio.nameEn, level: "prioritering", parent: programme.id,
        variants: [prio.nameEn, ...(prio.variants || [])],
        confidence: "verified", confidenceNote: a.confidenceNote, sources: a.sources });
      for (const o of prio.objectives) {
        push({ id: `interreg:aurora:${o.code}`, framework: "interreg", code: `Aurora ${o.code}`, name: o.name, nameEn: o.nameEn, level: "specifikt mål", parent: pid,
          variants: [o.nameEn, ...(o.variants || [])],
          confidence: "likely", confidenceNote: a.confidenceNote, sources: a.sources });
      }
    }
  }
}
const iso = cp.policyObjectives.find((p) => p.id === "ISO1");
push({ id: "interreg:iso1", framework: "interreg", code: "ISO1", name: iso.shortName.replace(/\s*\(.*\)$/, ""), fullName: iso.fullName,
  confidenceNote: iso.confidence, sources: iso.sources,
  note: "Aurora's own wording of it ('Better and more sustainable cross-border governance') is its priority P4." });
push({ id: "interreg", framework: "interreg", name: "Interreg", note: "The programme family, for citations that name no programme.",
  confidenceNote: "verified", sources: ["S-eufonder-interreg"] });
for (const l of cur.legacyInterreg) push({ ...l, framework: "legacy", confidenceNote: "likely", sources: ["S-aurora-so"] });
for (const l of cp.legacy2014_2020.items) {
  const c = cur.legacyVariants[l.id];
  push({ id: `legacy:${slug(l.id.replace(/^L-/, ""))}`, framework: "legacy", name: c.name, variants: c.variants,
    note: `${l.name}. Seen: ${l.seen.join(" | ")}`, confidenceNote: "inferred from document", sources: ["S-seed"],
    learned: [c.name, ...c.variants] });
}
push({ id: "amif", framework: "amif", name: cp.amif.name.replace(/\s*2021–2027$/, ""), variants: ["AMIF"], confidenceNote: cp.amif.confidence, sources: ["S-seed"] });

// The transport policy goals (transport.json): the sources' wordings, and the 2023 report's (variants2023) as learned.
for (const t of TRANSPORT.entries) {
  for (const s of t.sources) if (!TRANSPORT.sources[s]) throw new Error(`transport.json: ${t.id} has unknown source ${s}`);
  if (t.parent && !TRANSPORT.entries.some((p) => p.id === t.parent)) throw new Error(`transport.json: ${t.id} has unknown parent ${t.parent}`);
  push({
    id: t.id, framework: "transport", name: t.name, fullName: t.fullName, level: t.level, parent: t.parent,
    variants: [...(t.variants || []), ...(t.variants2023 || [])], note: t.note,
    confidence: "verified", confidenceNote: "wording from the sources", sources: [...t.sources, ...(t.variants2023 ? ["S-seed"] : [])],
    learned: t.variants2023 || [],
  });
}

// RUS: each region's strategy and goals from data/taxonomy-sources/rus/<region>.json; the 2023 wordings of the
// research draft become variants of those entries (or, where the strategy was not found, stay as entries of their own).
const rusSources = {};
const aliases = {};
const rusSummary = [];
/** Draft variant keys that are labels or fragments rather than goal wordings. */
const LABELLED = /^(RUS|Mål|mål|Effektmål|Strategiskt|Regional|insatsområde|kraftsamling|effektmål|målbild|fokusområde|förutom|målet|•|Långsiktiga|fler företag att)/;
for (const [region, rus] of Object.entries(R.rusGoalsByRegion)) {
  const rs = slug(region);
  const file = path.join(SRC, "rus", `${rs}.json`);
  const S = read(file);
  if (S.region !== region) throw new Error(`${file}: region ${S.region}, expected ${region}`);
  const sid = (k) => `S-rus-${rs}-${k}`;
  for (const [k, s] of Object.entries(S.sources)) rusSources[sid(k)] = { title: s.title, url: s.url, year: s.year, publisher: s.publisher, usedFor: s.usedFor };
  /** Source refs are a key or { source, page }: ids into `sources`, and the pages where the text gives one. */
  const refs = (list = []) => {
    const ids = [];
    const pages = {};
    for (const r of list) {
      const k = typeof r === "string" ? r : r.source;
      if (!S.sources[k]) throw new Error(`${file}: unknown source ${k}`);
      ids.push(sid(k));
      if (typeof r === "object" && r.page) pages[sid(k)] = r.page;
    }
    return { ids, pages: Object.keys(pages).length ? pages : undefined };
  };
  const st = S.strategy;
  const stRefs = refs(st.sources);
  push({
    id: `rus:${rs}`, framework: "rus", name: st.name, level: "strategi", regions: [region],
    variants: [...(st.variants || []), ...(st.variants2023 || [])],
    adopted: st.adopted, period: st.period, replaces: st.replaces, levels: st.levels,
    note: S.notFound, confidence: stRefs.ids.length ? "verified" : "inferred",
    confidenceNote: stRefs.ids.length ? `strategy found: ${S.found}` : "strategy not found; name as the 2023 report and the research draft give it",
    sources: [...stRefs.ids, "S-seed"], learned: st.variants2023 || [],
  });
  const drafts = new Map(rus.goals.map((g) => [g.id.split("-").pop(), g]));
  const used = new Set();
  let verified = 0;
  for (const g of S.goals) {
    const ds = (Array.isArray(g.draft) ? g.draft : g.draft ? [g.draft] : []).map((d) => {
      const dg = drafts.get(d);
      if (!dg) throw new Error(`${file}: goal ${g.id} maps draft goal ${d}, which the draft does not have`);
      if (used.has(d)) throw new Error(`${file}: draft goal ${d} mapped twice`);
      used.add(d);
      return dg;
    });
    const r = refs(g.sources);
    const confidence = g.confidence || (r.ids.length ? "verified" : "inferred");
    const name = g.name || (ds[0] ? ds[0].label : null);
    if (!name) throw new Error(`${file}: goal ${g.id} has neither a name nor a draft goal`);
    // The draft's wordings: its label (unless it is a placeholder) and the variants it saw.
    const seen = ds.flatMap((d) => [
      g.dropDraftLabel ? null : d.label.replace(/\s*\(.*\)$/, ""),
      ...Object.keys(d.variantsSeen || {}).filter((v) => !LABELLED.test(v)),
    ]).filter(Boolean);
    const fromReport = [...seen, ...(g.variants2023 || [])];
    // A name given in the file with a source is the source's wording; without one (or marked inferred) it is the report's.
    const nameFromSource = !!g.name && r.ids.length > 0 && confidence !== "inferred";
    const learnedList = [...(nameFromSource ? [] : [name]), ...fromReport.filter((v) => key(v) !== key(name) && !(g.variants || []).some((s) => key(s) === key(v)))];
    const id = `rus:${rs}:${g.id}`;
    if (ds.length > 1) for (const d of ds.slice(1)) aliases[`rus:${rs}:${d.id.split("-").pop()}`] = id;
    const parent = g.parent ? `rus:${rs}:${g.parent}` : `rus:${rs}`;
    push({
      id, framework: "rus", code: g.code, name, nameEn: g.nameEn, level: g.level, regions: [region], parent,
      variants: [...(g.variants || []), ...fromReport], matchName: g.matchName === false ? false : undefined,
      superseded: g.superseded, note: g.note,
      confidence, confidenceNote: ds.length ? ds.map((d) => d.confidence).join("; ") : r.ids.length ? "from the strategy" : "from the 2023 report",
      sources: [...r.ids, ...(fromReport.length || !nameFromSource ? ["S-seed"] : [])], sourcePages: r.pages,
      citedInRows: ds.length ? ds.reduce((n, d) => n + (d.rowsCiting || 0), 0) : undefined,
      learned: learnedList,
    });
    if (r.ids.length) verified++;
  }
  for (const [d, g] of drafts) {
    if (used.has(d)) continue;
    if (!S.excluded?.[d]) throw new Error(`${file}: draft goal ${g.id} (${g.label}) is neither mapped nor excluded`);
  }
  for (const g of S.goals) if (g.parent && !S.goals.some((p) => p.id === g.parent)) throw new Error(`${file}: goal ${g.id} has unknown parent ${g.parent}`);
  rusSummary.push({ region, found: S.found, goals: S.goals.length, withSource: verified });
}

// Which 2023 rows each learned wording occurs in (its folded words in a row, as the recogniser matches them):
// rows of the entry's own region for RUS, any row otherwise.
const rows = [];
for (const [table, list] of Object.entries(SAMPLE.tables)) {
  for (const row of list) rows.push({ key: `${table}:${row.seedLine}`, region: row.region, words: words(row.goals || "") });
}
function occurs(ws, rowWords) {
  outer: for (let i = 0; i + ws.length <= rowWords.length; i++) {
    for (let k = 0; k < ws.length; k++) if (rowWords[i + k] !== ws[k]) continue outer;
    return true;
  }
  return false;
}
for (const e of entries) {
  const list = learnedWordings.get(e.id);
  if (!list || !list.size) continue;
  const learned = {};
  for (const w of list) {
    const ws = words(w);
    learned[w] = rows.filter((r) => (e.framework !== "rus" || e.regions.includes(r.region)) && occurs(ws, r.words)).map((r) => r.key);
  }
  e.learned = learned;
}

const sources = {
  ...Object.fromEntries(R.sources.map((s) => [s.id, { title: s.title, url: s.url, usedFor: s.usedFor }])),
  ...Object.fromEntries(Object.entries(euSources).map(([id, s]) => [id, s])),
  ...TRANSPORT.sources,
  ...rusSources,
};
for (const e of entries) for (const s of e.sources) if (!sources[s]) throw new Error(`${e.id}: unknown source ${s}`);
const out = {
  version: VERSION,
  title: "Måltaxonomi för regionernas redovisning av regionalt utvecklingsarbete",
  builtFrom: "data/taxonomy-sources (research draft, the regions' strategies, EU additions) + scripts/taxonomy/curation.js; learned = the 2023 rows each report-learned wording occurs in",
  confidenceScale: R.meta.confidenceScale,
  aliases,
  entries,
  sources,
};
const text = JSON.stringify(out, null, 1) + "\n";
if (process.argv.includes("--check")) {
  const same = fs.existsSync(OUT) && fs.readFileSync(OUT, "utf8") === text;
  console.log(same ? "taxonomy-2023.json is what the sources give" : "taxonomy-2023.json differs from what the sources give: run node scripts/taxonomy/build-taxonomy.js");
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(OUT, text);
const byFw = {};
for (const e of entries) byFw[e.framework] = (byFw[e.framework] || 0) + 1;
console.log(`wrote ${entries.length} entries to ${path.relative(process.cwd(), OUT)}`, byFw);
const rusGoals = entries.filter((e) => e.framework === "rus" && e.level !== "strategi");
console.log(`RUS goals: ${rusGoals.length}, with a source document: ${rusGoals.filter((e) => e.sources.some((s) => s.startsWith("S-rus-"))).length}`);
