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
 * Percentages are of the rows that are not the placeholder "Regionen redovisar inga insatser i tabellform.".
 */
const fs = require("fs");
const path = require("path");
const { loadTaxonomy, recogniseReferences, leaveOneOut, hasSourceDocument } = require("../lib/core/taxonomy");
const { REGIONS } = require("../lib/core/regions");

const file = path.join(__dirname, "../data/sample-2023.json");
const data = JSON.parse(fs.readFileSync(file, "utf8"));
const taxonomy = loadTaxonomy();
const NO_ACTIVITIES = "Regionen redovisar inga insatser i tabellform.";
const args = process.argv.slice(2);

const blank = () => ({ rows: 0, placeholders: 0, all: 0, loo: 0 });
const byRegion = Object.fromEntries(REGIONS.map((r) => [r, blank()]));
const total = blank();
const byFramework = {};
const unrecognised = [];
const lostInLoo = [];
const problems = [];
for (const [table, rows] of Object.entries(data.tables)) {
  for (const row of rows) {
    const stats = byRegion[row.region] || (byRegion[row.region] = blank());
    const placeholder = (row.activity || "").trim() === NO_ACTIVITIES;
    for (const s of [stats, total]) { s.rows++; if (placeholder) s.placeholders++; }
    if (placeholder) continue;
    const text = row.goals || "";
    const refs = recogniseReferences(text, taxonomy, { region: row.region });
    const held = leaveOneOut(taxonomy, `${table}:${row.seedLine}`);
    const looRefs = held === taxonomy ? refs : recogniseReferences(text, held, { region: row.region });
    for (const r of refs) {
      const k = r.entryId ? r.framework : `${r.framework} (utan träff)`;
      byFramework[k] = (byFramework[k] || 0) + 1;
      if (r.problems.length) problems.push({ table, region: row.region, ref: r });
    }
    const all = refs.some((r) => r.entryId);
    const loo = looRefs.some((r) => r.entryId);
    for (const s of [stats, total]) { if (all) s.all++; if (loo) s.loo++; }
    const goals = text.replace(/\s+/g, " ").trim();
    if (!all) unrecognised.push({ table, seedLine: row.seedLine, region: row.region, goals });
    else if (!loo) lostInLoo.push({ table, seedLine: row.seedLine, region: row.region, goals });
  }
}

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
  const out = { taxonomy: taxonomy.version, rows: total.rows, placeholders: total.placeholders, all: total.all, leaveOneOut: total.loo, regions: {} };
  for (const r of REGIONS) out.regions[r] = { ...byRegion[r], rus: rusByRegion[r], strategyFound: strategyFound[r] };
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

console.log("Igenkända referenser per ramverk (alla varianter)");
for (const [fw, n] of Object.entries(byFramework).sort((a, b) => b[1] - a[1])) console.log(`  ${fw.padEnd(24)} ${n}`);

const show = (list) => {
  for (const u of list) console.log(`  T${u.table}:${String(u.seedLine).padEnd(6)} ${u.region.padEnd(20)} ${u.goals ? u.goals.slice(0, 100) : "[tom Mål-text]"}`);
};
console.log(`\nRader utan igenkänd referens (${unrecognised.length})`);
show(unrecognised);
console.log(`\nRader som bara känns igen med sina egna inlärda formuleringar (${lostInLoo.length})`);
show(lostInLoo);

if (args.includes("--problems")) {
  console.log(`\nReferenser med problem (${problems.length})`);
  for (const p of problems) console.log(`  T${p.table} ${p.region}: ${p.ref.problems.map((x) => x.kind).join(", ")} – "${p.ref.text.slice(0, 80)}"${p.ref.suggestions ? ` → ${p.ref.suggestions.join(", ")}` : ""}`);
}
