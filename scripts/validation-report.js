#!/usr/bin/env node
/**
 * Validates the 21 sample workbooks (the template filled with each region's published 2023 rows)
 * and prints the findings counted by code, then by region. Reads the compiled core from lib/
 * (npx tsc -p tsconfig.cli.json, or npm run build:cli).
 *
 *   node scripts/validation-report.js            counts by code and by region
 *   node scripts/validation-report.js --list     also every finding, one per line
 *   node scripts/validation-report.js --code X   only the findings with code X, listed
 *   node scripts/validation-report.js --lib DIR  compiled core from DIR instead of lib/
 */
const fs = require("fs");
const path = require("path");

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const lib = path.resolve(option("--lib") || path.join(__dirname, "../lib"));
const { validateWorkbook, ruleCodes } = require(path.join(lib, "core/validation"));
const { buildTemplate } = require(path.join(lib, "core/template"));
const { reportsFromSample } = require(path.join(lib, "core/sample"));

const sample = JSON.parse(fs.readFileSync(path.join(__dirname, "../data/sample-2023.json"), "utf8"));
const only = option("--code");
const list = args.includes("--list") || !!only;

const byCode = new Map(ruleCodes().map((c) => [c.code, { ...c, count: 0 }]));
const byRegion = [];
const listed = [];
const started = Date.now();
for (const report of reportsFromSample(sample)) {
  const spec = buildTemplate({ region: report.region, year: report.year, rows: report.tables, table8: report.table8, created: "2024-01-01" });
  const grids = spec.sheets.map((s) => ({ name: s.name, values: s.values, hidden: s.hidden }));
  const result = validateWorkbook(grids, { file: `${report.region}.xlsx` });
  byRegion.push({ region: report.region, ...result.counts });
  for (const f of result.findings) {
    byCode.get(f.code).count++;
    if (list && (!only || f.code === only)) listed.push(f);
  }
}
const ms = Date.now() - started;

const total = { fel: 0, varning: 0 };
for (const r of byRegion) {
  total.fel += r.fel;
  total.varning += r.varning;
}
console.log(`21 exempelarbetsböcker (mallen fylld med 2023 års publicerade rader), validerade på ${ms} ms`);
console.log(`Fel: ${total.fel}, varningar: ${total.varning}\n`);
console.log("Per kod");
for (const c of byCode.values()) {
  console.log(`  ${c.code.padEnd(34)} ${c.severity.padEnd(8)} ${String(c.count).padStart(4)}   (${c.rule})`);
}
console.log("\nPer region (fel / varningar)");
for (const r of byRegion) console.log(`  ${r.region.padEnd(20)} ${String(r.fel).padStart(3)} / ${String(r.varning).padStart(3)}`);
if (list) {
  console.log(`\nFynd${only ? ` med koden ${only}` : ""}`);
  for (const f of listed) console.log(`  ${f.file} ${f.sheet ?? ""}!${f.cell ?? ""} ${f.severity} ${f.code}: ${f.message}`);
}
