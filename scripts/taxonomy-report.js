#!/usr/bin/env node
/**
 * How much of the sample's Mål text the taxonomy recognises. Reads the compiled core from lib/
 * (npm run build:cli) and the 2023 rows from data/sample-2023.json, or the shared seed rows when
 * the corrected sample is not there yet.
 *
 *   npm run taxonomy-report            all figures and the unrecognised rows
 *   node scripts/taxonomy-report.js --problems   also list every reference with a problem
 */
const fs = require("fs");
const path = require("path");
const { loadTaxonomy, recogniseReferences } = require("../lib/core/taxonomy");
const { REGIONS } = require("../lib/core/regions");

const candidates = [path.join(__dirname, "../data/sample-2023.json"), "/work/shared/data/seed-rows-2023.json"];
const file = candidates.find((f) => fs.existsSync(f));
if (!file) throw new Error(`no sample data: looked for ${candidates.join(", ")}`);
const data = JSON.parse(fs.readFileSync(file, "utf8"));
const taxonomy = loadTaxonomy();
const NO_ACTIVITIES = "Regionen redovisar inga insatser i tabellform.";

const byRegion = Object.fromEntries(REGIONS.map((r) => [r, { rows: 0, recognised: 0 }]));
const byFramework = {};
const unrecognised = [];
const problems = [];
let total = 0;
let recognised = 0;
for (const [table, rows] of Object.entries(data.tables)) {
  for (const row of rows) {
    total++;
    const refs = recogniseReferences(row.goals || "", taxonomy, { region: row.region });
    const matched = refs.filter((r) => r.entryId);
    const stats = byRegion[row.region] || (byRegion[row.region] = { rows: 0, recognised: 0 });
    stats.rows++;
    for (const r of refs) {
      const key = r.entryId ? r.framework : `${r.framework} (utan träff)`;
      byFramework[key] = (byFramework[key] || 0) + 1;
      if (r.problems.length) problems.push({ table, region: row.region, ref: r });
    }
    if (matched.length) {
      recognised++;
      stats.recognised++;
    } else {
      const placeholder = (row.activity || "").trim() === NO_ACTIVITIES;
      unrecognised.push({ table, region: row.region, goals: (row.goals || "").replace(/\s+/g, " ").trim(), placeholder });
    }
  }
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : "0.0");
console.log(`Taxonomi ${taxonomy.version}, ${taxonomy.entries.length} poster; data: ${path.relative(process.cwd(), file)}\n`);
console.log("Rader med minst en igenkänd referens, per region");
for (const [region, s] of Object.entries(byRegion)) {
  console.log(`  ${region.padEnd(20)} ${String(s.recognised).padStart(3)} / ${String(s.rows).padEnd(3)} ${pct(s.recognised, s.rows).padStart(5)} %`);
}
console.log(`  ${"Totalt".padEnd(20)} ${String(recognised).padStart(3)} / ${String(total).padEnd(3)} ${pct(recognised, total).padStart(5)} %`);
const placeholders = unrecognised.filter((u) => u.placeholder).length;
console.log(`  (utan de ${placeholders} raderna "${NO_ACTIVITIES}": ${recognised} / ${total - placeholders} = ${pct(recognised, total - placeholders)} %)\n`);

console.log("Igenkända referenser per ramverk");
for (const [fw, n] of Object.entries(byFramework).sort((a, b) => b[1] - a[1])) console.log(`  ${fw.padEnd(24)} ${n}`);

console.log(`\nRader utan igenkänd referens (${unrecognised.length})`);
for (const u of unrecognised) {
  const why = u.placeholder ? " [inga insatser]" : u.goals ? "" : " [tom Mål-text]";
  console.log(`  T${u.table} ${u.region.padEnd(20)} ${u.goals.slice(0, 100)}${why}`);
}

if (process.argv.includes("--problems")) {
  console.log(`\nReferenser med problem (${problems.length})`);
  for (const p of problems) console.log(`  T${p.table} ${p.region}: ${p.ref.problems.map((x) => x.kind).join(", ")} – "${p.ref.text.slice(0, 80)}"${p.ref.suggestions ? ` → ${p.ref.suggestions.join(", ")}` : ""}`);
}
