#!/usr/bin/env node
'use strict';
/**
 * Shows one row next to its seed text, for checking by eye.
 *
 *   node scripts/sample-data/show.js <table> <seedLine> [--seed] [--built]
 *
 * Prints each field (activity / outputs / effects / goals) of the shared parse
 * (or of data/sample-2023.json with --built) and, with --seed, the raw seed
 * lines of the row.
 */
const { loadParse, readJson, OUT_PATH, loadSeedLines, allRows, seedSpan, FIELDS } = require('./lib');

const [t, sl] = process.argv.slice(2).map(Number);
const data = process.argv.includes('--built') ? readJson(OUT_PATH) : loadParse();
const rows = allRows(data);
const i = rows.findIndex((x) => x.table === t && x.row.seedLine === sl);
if (i < 0) { console.error('no such row'); process.exit(1); }
const { row } = rows[i];
console.log(`== table ${t}, seedLine ${sl}, ${row.region}`);
for (const k of FIELDS) console.log(`--- ${k} (${row[k].length})\n${row[k]}`);
if (process.argv.includes('--seed')) {
  const seed = loadSeedLines();
  const { start, end } = seedSpan(rows, i, seed);
  console.log('--- seed');
  for (let n = start; n <= end; n++) if (seed[n - 1].trim()) console.log(`${n}: ${seed[n - 1]}`);
}
