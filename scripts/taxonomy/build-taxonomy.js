#!/usr/bin/env node
/**
 * Builds src/core/taxonomy/taxonomy-2023.json from the research draft (taxonomy-research.json)
 * plus the hand curation in ./curation.js. Run it again when the draft or the curation changes:
 *
 *   node scripts/taxonomy/build-taxonomy.js [path/to/taxonomy-research.json]
 *
 * The product reads only the generated JSON; the draft is needed at build time only.
 */
const fs = require("fs");
const path = require("path");
const cur = require("./curation");

const VERSION = "2023.1";
const researchPath = process.argv[2] || "/work/shared/taxonomy/taxonomy-research.json";
const outPath = path.join(__dirname, "../../src/core/taxonomy/taxonomy-2023.json");
const R = JSON.parse(fs.readFileSync(researchPath, "utf8"));

const slug = (s) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

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
  const seen = new Set([name.toLowerCase()]);
  const out = [];
  for (const v of list) {
    if (!v) continue;
    const k = v.toLowerCase();
    if (!seen.has(k)) { seen.add(k); out.push(v); }
  }
  return out.length ? out : undefined;
}

function entry(e) {
  const { confidenceNote, ...rest } = e;
  const out = { ...rest, confidence: e.confidence || level(confidenceNote), confidenceNote };
  if (out.variants) out.variants = uniq(out.name, out.variants);
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

const entries = [];
const push = (e) => entries.push(entry(e));

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

// Agenda 2030.
for (const g of R.agenda2030.goals) {
  const seen = Object.keys(g.variantsSeenInDocument).filter((v) => !v.startsWith("("));
  push({
    id: `agenda2030:${g.number}`, framework: "agenda2030", code: String(g.number), name: g.nameRegeringen,
    variants: [g.alternativeOfficialName, ...seen], confidenceNote: g.confidence, sources: g.sources,
  });
}

// Cohesion policy: policy objectives, ERDF specific objectives, programmes, ESF+, JTF, Interreg, legacy.
const cp = R.cohesionPolicy;
for (const p of cp.policyObjectives.filter((p) => /^PO\d$/.test(p.id))) {
  const n = p.id.slice(2);
  push({
    id: `po:${n}`, framework: "po", code: `PO${n}`, name: p.shortName, fullName: p.fullName,
    variants: [p.fullName, ...p.variantsSeenInDocument.map(cleanVariant).filter((v) => v && !/^(PO|Mål |Politiskt|Område|ERUF|2\.|Programområde)/.test(v))],
    confidenceNote: p.confidence, sources: p.sources,
  });
}
for (const s of cp.erdfSpecificObjectives) {
  push({
    id: `so:${s.number}`, framework: "erdf-so", code: s.number, name: s.swedishShortLabel, fullName: s.regulationText,
    parent: `po:${s.number.split(".")[0]}`, variants: [s.regulationText, ...(cur.soVariants[s.number] || [])], confidenceNote: s.confidence, sources: s.sources,
  });
}
push({
  id: "erdf", framework: "erdf", name: "Europeiska regionala utvecklingsfonden (Regionalfonden, ERUF)",
  variants: ["Regionalfonden", "ERUF", "Europeiska regionala utvecklingsfonden", "EURF"],
  note: "The fund as a whole, for citations that name no programme.", confidenceNote: "verified", sources: ["S-tvv-malinriktning"],
});
for (const p of cp.erdfProgrammes) {
  const id = p.id.replace(/^erdf-/, "");
  const regions = p.regions.includes("Hela Sverige") ? undefined : p.regions;
  push({
    id: `erdf:${id}`, framework: "erdf", name: p.name.replace(/\s*\(brief:.*\)$/, ""), regions,
    variants: p.aliasesSeenInDocument.map(cleanVariant).filter((v) => v && !/^Programområde/.test(v)), note: p.notes, confidenceNote: p.confidence, sources: p.sources,
  });
}
const esf = cp.esfPlus;
push({
  id: "esf", framework: "esf", name: "Nationellt program för Europeiska socialfonden+ 2021–2027",
  variants: ["ESF+", "Europeiska socialfonden+", "Socialfonden", "Europeiska socialfonden", "Socialfondsprogrammet", "Europeiska socialfondsprogrammet"],
  note: esf.note, confidenceNote: "verified", sources: esf.sources,
});
for (const a of esf.programmeAreas) {
  push({
    id: `esf:${a.code.toLowerCase()}`, framework: "esf", code: a.code, name: a.name, parent: "esf",
    variants: [a.alternative && a.alternative.replace(/\s*\(.*\)$/, "")], confidenceNote: a.confidence, sources: a.sources,
  });
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
  push({
    id: `interreg:${p.id}`, framework: "interreg", name: c.name, fullName: p.name, strand: p.strand,
    regions: whole ? undefined : [...p.swedishRegionsEligible, ...partial.filter((r) => !p.swedishRegionsEligible.includes(r))],
    partialRegions: partial.length ? partial : undefined, priorities: p.priorities.length ? p.priorities : undefined,
    variants: [...c.variants, p.name], matchName: c.bareName === false ? false : undefined, note: p.notes, confidenceNote: p.confidence, sources: p.sources,
  });
}
const iso = cp.policyObjectives.find((p) => p.id === "ISO1");
push({ id: "interreg:iso1", framework: "interreg", code: "ISO1", name: iso.shortName.replace(/\s*\(.*\)$/, ""), fullName: iso.fullName,
  variants: ["Better and more sustainable cross-border governance"], confidenceNote: iso.confidence, sources: iso.sources });
push({ id: "interreg", framework: "interreg", name: "Interreg", note: "The programme family, for citations that name no programme.",
  confidenceNote: "verified", sources: ["S-eufonder-interreg"] });
for (const l of cur.legacyInterreg) push({ ...l, framework: "legacy", confidenceNote: "likely", sources: ["S-aurora-so"] });
for (const l of cp.legacy2014_2020.items) {
  const c = cur.legacyVariants[l.id];
  push({ id: `legacy:${slug(l.id.replace(/^L-/, ""))}`, framework: "legacy", name: c.name, variants: c.variants,
    note: `${l.name}. Seen: ${l.seen.join(" | ")}`, confidenceNote: "inferred from document", sources: ["S-seed"] });
}
push({ id: "amif", framework: "amif", name: cp.amif.name.replace(/\s*2021–2027$/, ""), variants: ["AMIF"], confidenceNote: cp.amif.confidence, sources: ["S-seed"] });

// RUS: one entry per strategy, then its goals.
for (const [region, rus] of Object.entries(R.rusGoalsByRegion)) {
  const rs = slug(region);
  const sn = cur.strategyNames[region];
  push({ id: `rus:${rs}`, framework: "rus", name: sn.name, level: "strategi", regions: [region], variants: sn.variants,
    note: [`Draft title: ${rus.rusName}`, ...rus.notes].join(" "), confidenceNote: "inferred from document", sources: ["S-seed"] });
  for (const g of rus.goals) {
    if (cur.rusExcluded[g.id]) continue;
    const o = cur.rusOverrides[g.id] || {};
    const seq = g.id.split("-").pop();
    const base = {
      framework: "rus", level: g.level, regions: [region], parent: `rus:${rs}`,
      confidenceNote: g.confidence, sources: ["S-seed"], citedInRows: g.rowsCiting,
    };
    push({ ...base, id: `rus:${rs}:${seq}`, code: o.code, name: o.name || g.label, note: o.note,
      variants: [...Object.keys(g.variantsSeen || {}).filter((v) => !/^(RUS|Mål|mål|Effektmål|Strategiskt|Regional|insatsområde|kraftsamling|effektmål|målbild|fokusområde|förutom|målet|•|Långsiktiga|fler företag att)/.test(v)), ...(o.variants || []), o.name ? g.label.replace(/\s*\(.*\)$/, "") : undefined] });
    if (o.split) push({ ...base, id: `rus:${rs}:${seq}${o.split.suffix}`, code: o.split.code, name: o.split.name, note: o.note });
  }
}

const sources = Object.fromEntries(R.sources.map((s) => [s.id, { title: s.title, url: s.url, usedFor: s.usedFor }]));
const out = {
  version: VERSION,
  title: "Måltaxonomi för regionernas redovisning av regionalt utvecklingsarbete",
  builtFrom: "taxonomy-research.json (research draft, status DRAFT) + scripts/taxonomy/curation.js",
  confidenceScale: R.meta.confidenceScale,
  entries,
  sources,
};
fs.writeFileSync(outPath, JSON.stringify(out, null, 1) + "\n");
const byFw = {};
for (const e of entries) byFw[e.framework] = (byFw[e.framework] || 0) + 1;
console.log(`wrote ${entries.length} entries to ${path.relative(process.cwd(), outPath)}`, byFw);
