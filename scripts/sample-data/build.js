#!/usr/bin/env node
'use strict';
/**
 * Regenerates data/sample-2023.json from the shared parse
 * (/work/shared/data/seed-rows-2023.json, or $SHARED_DIR/data/...) plus
 * data/sample-2023.corrections.json.
 *
 *   node scripts/sample-data/build.js          # write data/sample-2023.json
 *   node scripts/sample-data/build.js --check  # exit 1 if the committed file differs
 *
 * Each correction's `before` must equal the parsed field, so a changed parse
 * is noticed instead of silently overwritten.
 */
const fs = require('fs');
const { loadParse, readJson, CORRECTIONS_PATH, OUT_PATH, FIELDS } = require('./lib');

const SOURCE = 'Regionernas redovisning av regionalt utvecklingsarbete 2023 – publicerad sammanställning av tabell 1–8';

function build() {
  const parse = loadParse();
  const { corrections } = readJson(CORRECTIONS_PATH);
  const tables = {};
  for (const t of Object.keys(parse.tables)) tables[t] = parse.tables[t].map((r) => ({ ...r }));
  for (const c of corrections) {
    if (!FIELDS.includes(c.field)) throw new Error(`bad field ${c.field}`);
    const row = (tables[String(c.table)] || []).find((r) => r.seedLine === c.seedLine);
    if (!row) throw new Error(`no row table ${c.table} seedLine ${c.seedLine}`);
    if (row[c.field] !== c.before) throw new Error(`table ${c.table} seedLine ${c.seedLine} ${c.field}: before does not match the parse`);
    row[c.field] = c.after;
  }
  return { year: 2023, source: SOURCE, tables, table8: parse.table8, counts: parse.counts };
}

function main() {
  const text = JSON.stringify(build(), null, 2) + '\n';
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(OUT_PATH) && fs.readFileSync(OUT_PATH, 'utf8') === text;
    console.log(same ? 'data/sample-2023.json is up to date' : 'data/sample-2023.json differs from the derivation');
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(OUT_PATH, text);
  console.log('wrote data/sample-2023.json');
}

main();
