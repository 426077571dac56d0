#!/usr/bin/env node
/**
 * How long recogniseReferences takes per Mål cell on the real 2023 texts (tables 1–7 of
 * data/sample-2023.json, each with its own region).
 *
 *   npx tsc -p tsconfig.cli.json && node scripts/taxonomy/bench-recognise.js [--lib DIR] [--runs 5] [--rounds 1]
 *
 * One run recognises every text --rounds times against one taxonomy; the median of --runs runs is
 * printed, as ms per cell. The first call (which builds the per-taxonomy indexes) is timed apart.
 * --lib points at another compiled tree, e.g. a copy of lib/ from before a change, to compare.
 * For a profile: node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/taxonomy/bench-recognise.js --rounds 20
 */
const fs = require("fs");
const path = require("path");

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const ROOT = path.join(__dirname, "..", "..");
const LIB = path.resolve(opt("--lib", path.join(ROOT, "lib")));
const RUNS = Number(opt("--runs", 5));
const ROUNDS = Number(opt("--rounds", 1));

const { loadTaxonomy, recogniseReferences } = require(path.join(LIB, "core/taxonomy"));
const sample = JSON.parse(fs.readFileSync(path.join(ROOT, "data", "sample-2023.json"), "utf8"));
const cells = ["1", "2", "3", "4", "5", "6", "7"].flatMap((t) => sample.tables[t].map((r) => ({ text: r.goals ?? "", region: r.region })));

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const taxonomy = loadTaxonomy();

let start = process.hrtime.bigint();
recogniseReferences(cells[0].text, taxonomy, { region: cells[0].region });
const firstMs = ms(start);

const perCell = [];
let refs = 0;
for (let run = 0; run < RUNS; run++) {
  start = process.hrtime.bigint();
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cells) refs += recogniseReferences(c.text, taxonomy, { region: c.region }).length;
  }
  perCell.push(ms(start) / (cells.length * ROUNDS));
}
perCell.sort((a, b) => a - b);
const median = perCell[Math.floor(perCell.length / 2)];
const chars = cells.reduce((n, c) => n + c.text.length, 0);
console.log(
  `${path.relative(ROOT, LIB) || LIB}: ${cells.length} cells (${Math.round(chars / cells.length)} chars on average), ` +
    `first call ${firstMs.toFixed(1)} ms, median of ${RUNS} runs ${median.toFixed(3)} ms per cell ` +
    `(min ${perCell[0].toFixed(3)}, max ${perCell[perCell.length - 1].toFixed(3)}), ${refs / (RUNS * ROUNDS)} references per run`
);
