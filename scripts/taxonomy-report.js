#!/usr/bin/env node
/**
 * How much of the sample's Mål text the taxonomy recognises. Reads the compiled core from lib/
 * (npm run build:cli) and the 2023 rows from data/sample-2023.json.
 *
 *   npm run taxonomy-report            all figures and the unrecognised rows
 *   node scripts/taxonomy-report.js --problems   also list every reference with a problem
 *   node scripts/taxonomy-report.js --json       the figures as JSON (no row lists)
 *
 * Two figures per region:
 *   alla varianter   recognised with the taxonomy as shipped;
 *   lämna-en-utanför recognised when the wordings learned from that row are not used for it
 *                    (leaveOneOut: a report-learned wording that occurs only in this row, and entries known
 *                    only from the report and no other row, are left out) – how next year's text will fare.
 * over two denominators:
 *   rader            the rows that are not the placeholder "Regionen redovisar inga insatser i tabellform.";
 *   citerar          of those, the rows whose Mål cell cites something: not empty and not only a cross-reference
 *                    ("Se tabell 2.", as the validator's onlyCrossReference reads it).
 * Rows whose goals stand in another column (the validator's goals-elsewhere rule, GOALS_IN_OTHER_COLUMN: Mål
 * cites nothing, Prestationer or Effekter is mostly goals) are counted and listed apart, never as recognised.
 * Every row not recognised is listed with its reason: tom (empty Mål), hänvisning (Mål only a cross-reference),
 * mål i annan kolumn, prosa (text that cites no goal the taxonomy knows).
 */
const fs = require("fs");
const path = require("path");
const { loadTaxonomy, recogniseReferences, leaveOneOut, hasSourceDocument } = require("../lib/core/taxonomy");
const { REGIONS } = require("../lib/core/regions");
const { validateWorkbook, onlyCrossReference, RULES } = require("../lib/core/validation");
const { buildTemplate } = require("../lib/core/template");
const { recognitionFigures, REASON, NO_ACTIVITIES } = require("./taxonomy/recognition-figures");

const file = path.join(__dirname, "../data/sample-2023.json");
const data = JSON.parse(fs.readFileSync(file, "utf8"));
const args = process.argv.slice(2);
const core = { loadTaxonomy, recogniseReferences, leaveOneOut, validateWorkbook, onlyCrossReference, RULES, buildTemplate, REGIONS };
const { taxonomy, byRegion, total, byFramework, unrecognised, lostInLoo, problems } = recognitionFigures(core, data);

const rus = taxonomy.entries.filter((e) => e.framework === "rus" && e.level !== "strategi");
const rusByRegion = Object.fromEntries(REGIONS.map((r) => [r, { entries: 0, withSource: 0 }]));
for (const e of rus) {
  const s = rusByRegion[e.regions[0]];
  s.entries++;
  if (hasSourceDocument(e)) s.withSource++;
}
const strategyFound = Object.fromEntries(REGIONS.map((r) => {
  const s = taxonomy.entries.find((e) => e.framework === "rus" && e.level === "strategi" && e.regions[0] === r);
  const found = s && hasSourceDocument(s) ? String(s.confidenceNote || "").replace(/^strategy found: /, "") : "no";
  return [r, { yes: "ja", partly: "delvis", no: "nej" }[found] || found];
}));

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : "0.0");
if (args.includes("--json")) {
  const figures = (s) => ({
    rows: s.rows, placeholders: s.placeholders, all: s.all, leaveOneOut: s.loo,
    citing: s.citing, empty: s.empty, crossReference: s.crossReference, goalsElsewhere: s.elsewhere, goalsElsewhereLeaveOneOut: s.looElsewhere,
  });
  const out = { taxonomy: taxonomy.version, ...figures(total), regions: {},
    unrecognised: unrecognised.map((u) => ({ row: `${u.table}:${u.seedLine}`, region: u.region, reason: u.reason })) };
  for (const r of REGIONS) out.regions[r] = { ...figures(byRegion[r]), rus: rusByRegion[r], strategyFound: strategyFound[r] };
  console.log(JSON.stringify(out, null, 1));
  process.exit(0);
}

console.log(`Taxonomi ${taxonomy.version}, ${taxonomy.entries.length} poster; data: ${path.relative(process.cwd(), file)}\n`);
console.log("Rader med minst en igenkänd referens (av rader som inte är \"inga insatser\"), per region");
console.log(`  ${"region".padEnd(20)} ${"rader".padStart(5)}  ${"alla varianter".padStart(16)}  ${"lämna-en-utanför".padStart(17)}  RUS-poster med källa  strategi hittad`);
const line = (name, s, rusStats, found) => {
  const n = s.rows - s.placeholders;
  const a = `${s.all}/${n} ${pct(s.all, n).padStart(5)} %`;
  const l = `${s.loo}/${n} ${pct(s.loo, n).padStart(5)} %`;
  const r = rusStats ? `${rusStats.withSource}/${rusStats.entries}` : "";
  console.log(`  ${name.padEnd(20)} ${String(n).padStart(5)}  ${a.padStart(16)}  ${l.padStart(17)}  ${r.padStart(20)}  ${found || ""}`);
};
for (const r of REGIONS) line(r, byRegion[r], rusByRegion[r], strategyFound[r]);
const rusTotal = { entries: rus.length, withSource: rus.filter(hasSourceDocument).length };
line("Totalt", total, rusTotal, "");
console.log(`  (${total.placeholders} rader "${NO_ACTIVITIES}" är inte med; av alla ${total.rows} rader: ${total.all} resp. ${total.loo})\n`);

console.log("Av rader vars Mål-cell hänvisar till något (inte tom, inte bara en hänvisning som \"Se tabell 2.\"), per region;");
console.log("mål i annan kolumn: Mål känns inte igen men Prestationer eller Effekter är mål (goals-elsewhere) – räknas inte som igenkända");
console.log(`  ${"region".padEnd(20)} ${"citerar".padStart(7)}  ${"alla varianter".padStart(16)}  ${"lämna-en-utanför".padStart(17)}  ${"mål i annan kolumn".padStart(18)}  ${"tom".padStart(3)}  hänvisning`);
const citingLine = (name, s) => {
  const a = `${s.all}/${s.citing} ${pct(s.all, s.citing).padStart(5)} %`;
  const l = `${s.loo}/${s.citing} ${pct(s.loo, s.citing).padStart(5)} %`;
  const e = s.looElsewhere !== s.elsewhere ? `${s.elsewhere} (${s.looElsewhere} l-e-u)` : String(s.elsewhere);
  console.log(`  ${name.padEnd(20)} ${String(s.citing).padStart(7)}  ${a.padStart(16)}  ${l.padStart(17)}  ${e.padStart(18)}  ${String(s.empty).padStart(3)}  ${String(s.crossReference).padStart(10)}`);
};
for (const r of REGIONS) citingLine(r, byRegion[r]);
citingLine("Totalt", total);
console.log("");

console.log("Igenkända referenser per ramverk (alla varianter)");
for (const [fw, n] of Object.entries(byFramework).sort((a, b) => b[1] - a[1])) console.log(`  ${fw.padEnd(24)} ${n}`);

const show = (list, reason) => {
  for (const u of list) {
    const why = reason && u.reason ? `${REASON[u.reason].padEnd(18)} ` : "";
    console.log(`  T${u.table}:${String(u.seedLine).padEnd(6)} ${u.region.padEnd(20)} ${why}${u.goals ? u.goals.slice(0, 100) : "[tom Mål-text]"}`);
  }
};
const elsewhere = unrecognised.filter((u) => u.reason === "elsewhere");
console.log(`\nRader med målen i en annan kolumn (${elsewhere.length}, räknas inte som igenkända)`);
for (const u of elsewhere) console.log(`  T${u.table}:${String(u.seedLine).padEnd(6)} ${u.region.padEnd(20)} ${u.elsewhere.column} (${u.elsewhere.cell}): ${u.elsewhere.goals.slice(0, 100)}`);
const counts = Object.keys(REASON).map((k) => `${unrecognised.filter((u) => u.reason === k).length} ${REASON[k]}`).join(", ");
console.log(`\nRader utan igenkänd referens (${unrecognised.length}: ${counts})`);
show(unrecognised, true);
console.log(`\nRader som bara känns igen med sina egna inlärda formuleringar (${lostInLoo.length})`);
show(lostInLoo);

if (args.includes("--problems")) {
  console.log(`\nReferenser med problem (${problems.length})`);
  for (const p of problems) console.log(`  T${p.table} ${p.region}: ${p.ref.problems.map((x) => x.kind).join(", ")} – "${p.ref.text.slice(0, 80)}"${p.ref.suggestions ? ` → ${p.ref.suggestions.join(", ")}` : ""}`);
}
