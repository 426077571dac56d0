#!/usr/bin/env node
'use strict';
/**
 * Flags rows whose activity / outputs / effects / goals split looks wrong.
 *
 *   node scripts/sample-data/flag.js            # flags on the shared parse
 *   node scripts/sample-data/flag.js --built    # flags on data/sample-2023.json (after corrections)
 *   node scripts/sample-data/flag.js --json     # machine-readable output
 *
 * A flag is a hint, not a verdict: every flagged row was then read against the
 * seed text (node scripts/sample-data/show.js <table> <seedLine>).
 */
const { loadParse, readJson, OUT_PATH, allRows, PLACEHOLDER } = require('./lib');

const GOAL_CITE = /(Mål i RUS|Prioritering i RUS|Agenda 2030|\bPO ?[1-5]\b|Politiskt mål|Specifikt mål|Regionalfonds?programmet|Fonden för en rättvis|RUS-mål|Mål \d{1,2}\b)/;
const RESULT_TALK = /(Under (år )?2023|under året|under 2023|har genomförts|genomfördes|har arrangerats|Resultat:|har tagits fram|har deltagit|deltog)/i;
const EFFECT_TALK = /(Förväntade effekter|Effekter på (kort|lång) sikt|För tidigt att|Effekten|effekter:)/i;
const DESCRIPTION_TALK = /(syfte|syftar|ska bidra|målet är|Målet med|målsättning|ska (skapa|öka|stärka|utveckla|ta fram|bidra))/i;
const NARRATIVE_IN_GOALS = /(\bhar (genomförts|bidragit|resulterat|lett)|Under 2023|under året|deltagare|Förväntade effekter)/i;

function rules(r) {
  const f = [];
  if (r.activity === PLACEHOLDER) {
    if (r.outputs || r.effects || r.goals) f.push('placeholder-with-text');
    return f;
  }
  const len = (s) => s.length;
  if (!r.outputs) f.push('outputs-empty');
  if (!r.effects) f.push('effects-empty');
  if (!r.goals) f.push('goals-empty');
  if (len(r.activity) > 500 && len(r.activity) > 1.5 * len(r.outputs)) f.push('activity-long-vs-outputs');
  if (RESULT_TALK.test(r.activity)) f.push('activity-has-result-talk');
  if (/\n[•▪·]/.test(r.activity) && (r.activity.match(/\n[•▪·]/g) || []).length >= 3) f.push('activity-has-bullet-list');
  if (/^[•▪·]/.test(r.outputs) && /[•▪·]/.test(r.activity)) f.push('outputs-continues-activity-list');
  if (/^[•▪·]/.test(r.effects) && /[•▪·]/.test(r.outputs)) f.push('effects-continues-outputs-list');
  if (len(r.activity) < 300 && DESCRIPTION_TALK.test(r.outputs.slice(0, 250))) f.push('outputs-starts-with-description');
  if (GOAL_CITE.test(r.activity)) f.push('activity-has-goal-citation');
  if (GOAL_CITE.test(r.outputs)) f.push('outputs-has-goal-citation');
  if (EFFECT_TALK.test(r.outputs)) f.push('outputs-has-effect-talk');
  if (GOAL_CITE.test(r.effects)) f.push('effects-has-goal-citation');
  if (NARRATIVE_IN_GOALS.test(r.goals) || len(r.goals) > 700) f.push('goals-has-narrative');
  for (const k of ['outputs', 'effects', 'goals']) {
    if (/^[a-zåäö]/.test(r[k])) f.push(`${k}-starts-lowercase`);
  }
  // A boundary inside a sentence: left part ends without punctuation and the next part goes on in lower case.
  const present = ['activity', 'outputs', 'effects', 'goals'].filter((k) => r[k]);
  for (let i = 0; i + 1 < present.length; i++) {
    if (/[a-zåäö,]$/.test(r[present[i]]) && /^[a-zåäö(]/.test(r[present[i + 1]])) f.push(`${present[i]}|${present[i + 1]}-splits-sentence`);
  }
  return f;
}

function main() {
  const built = process.argv.includes('--built');
  const asJson = process.argv.includes('--json');
  const data = built ? readJson(OUT_PATH) : loadParse();
  const flagged = [];
  const byRule = {};
  for (const { table, row } of allRows(data)) {
    const f = rules(row);
    if (f.length) {
      flagged.push({ table, seedLine: row.seedLine, region: row.region, flags: f });
      f.forEach((x) => { byRule[x] = (byRule[x] || 0) + 1; });
    }
  }
  if (asJson) { process.stdout.write(JSON.stringify({ flagged, byRule }, null, 2) + '\n'); return; }
  for (const x of flagged) console.log(`${x.table}\t${x.seedLine}\t${x.region}\t${x.flags.join(', ')}`);
  console.log(`\n${flagged.length} rows flagged`);
  for (const [k, v] of Object.entries(byRule).sort((a, b) => b[1] - a[1])) console.log(`  ${v}\t${k}`);
}

if (require.main === module) main();
module.exports = { rules };
