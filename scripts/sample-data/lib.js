'use strict';
/**
 * Shared helpers for the sample-data tools (see scripts/sample-data/README.md).
 * Only the tools use /work/shared (or SHARED_DIR); the product never does.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED_DIR = process.env.SHARED_DIR || '/work/shared';
const PARSE_PATH = path.join(SHARED_DIR, 'data', 'seed-rows-2023.json');
const SEED_PATH = path.join(SHARED_DIR, 'seed', '000_1a4d85b2a645c848.txt');
const CORRECTIONS_PATH = path.join(ROOT, 'data', 'sample-2023.corrections.json');
const OUT_PATH = path.join(ROOT, 'data', 'sample-2023.json');
const FIELDS = ['activity', 'outputs', 'effects', 'goals'];
const PLACEHOLDER = 'Regionen redovisar inga insatser i tabellform.';

function readJson(p) { return JSON.parse(fs.readFileSync(p, 'utf8')); }
function loadParse() { return readJson(PARSE_PATH); }
function loadSeedLines() { return fs.readFileSync(SEED_PATH, 'utf8').split('\n'); }

/** All rows of tables 1–7 as {table, index, row}, in seed order. */
function allRows(data) {
  const out = [];
  for (const t of Object.keys(data.tables)) {
    data.tables[t].forEach((row, index) => out.push({ table: Number(t), index, row }));
  }
  out.sort((a, b) => a.row.seedLine - b.row.seedLine);
  return out;
}

/** Seed lines (1-based line numbers) belonging to each row: seedLine .. next row's seedLine - 1. */
function seedSpan(rows, i, seedLines) {
  const start = rows[i].row.seedLine;
  const end = i + 1 < rows.length ? rows[i + 1].row.seedLine - 1 : Math.min(seedLines.length, start + 400);
  return { start, end };
}

/** Join two pieces of text the way the parse joins wrapped PDF lines. */
function joinPieces(left, right) {
  if (!left) return right;
  if (!right) return left;
  const nl = /[.:!?]$/.test(left) || /^[•▪·]/.test(right);
  return left + (nl ? '\n' : ' ') + right;
}

module.exports = {
  ROOT, SHARED_DIR, PARSE_PATH, SEED_PATH, CORRECTIONS_PATH, OUT_PATH, FIELDS, PLACEHOLDER,
  readJson, loadParse, loadSeedLines, allRows, seedSpan, joinPieces,
};

/**
 * Re-split a row: the four fields are joined into one text (in column order)
 * and cut again where the given start texts occur. `starts` maps
 * outputs/effects/goals to the text the field starts with ("" = empty field;
 * missing = keep the field's current start). Returns the new fields.
 */
function resplit(row, starts) {
  const order = module.exports.FIELDS;
  let text = '';
  for (const k of order) text = joinPieces(text, row[k]);
  const out = {};
  let pos = 0;
  let prevKey = 'activity';
  const cuts = [];
  for (const k of order.slice(1)) {
    let s = Object.prototype.hasOwnProperty.call(starts, k) ? starts[k] : row[k].slice(0, 60);
    if (s === '' || s === null) { cuts.push({ k, at: null }); continue; }
    const at = text.indexOf(s, pos);
    if (at < 0) throw new Error(`resplit ${row.seedLine}: start of ${k} not found after ${prevKey}: ${JSON.stringify(s)}`);
    cuts.push({ k, at });
    pos = at + 1;
    prevKey = k;
  }
  let cur = 'activity';
  let from = 0;
  for (const c of cuts) {
    if (c.at === null) { out[c.k] = ''; continue; }
    out[cur] = text.slice(from, c.at).trim();
    cur = c.k;
    from = c.at;
  }
  out[cur] = text.slice(from).trim();
  for (const k of order) if (out[k] === undefined) out[k] = '';
  return out;
}
module.exports.resplit = resplit;
