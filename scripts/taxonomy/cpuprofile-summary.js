#!/usr/bin/env node
/**
 * The functions that take the time in a V8 CPU profile (node --cpu-prof), as a plain table:
 * self time (in the function itself) and total time (with what it calls), top --top by self time.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/taxonomy/bench-recognise.js --rounds 20
 *   node scripts/taxonomy/cpuprofile-summary.js /tmp/prof/*.cpuprofile [--top 25]
 */
const fs = require("fs");
const path = require("path");

const args = process.argv.slice(2);
const top = args.includes("--top") ? Number(args[args.indexOf("--top") + 1]) : 25;
const file = args.find((a) => a.endsWith(".cpuprofile"));
if (!file) throw new Error("usage: cpuprofile-summary.js FILE.cpuprofile [--top N]");

const profile = JSON.parse(fs.readFileSync(file, "utf8"));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Samples are taken at a fixed interval: a node's self time is its share of the samples.
const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const totalMs = (profile.endTime - profile.startTime) / 1000;
const msPerSample = totalMs / profile.samples.length;

const key = (n) => {
  const f = n.callFrame;
  const where = f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : "";
  return `${f.functionName || "(anonymous)"} ${where}`.trim();
};

const self = new Map();
const total = new Map();
for (const [id, count] of hits) {
  const k = key(nodes.get(id));
  self.set(k, (self.get(k) ?? 0) + count);
  // Total: every distinct function on the sample's stack gets the sample once (recursion counted once).
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = key(nodes.get(at));
    if (seen.has(name)) continue;
    seen.add(name);
    total.set(name, (total.get(name) ?? 0) + count);
  }
}

const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
console.log(`${file}: ${totalMs.toFixed(0)} ms, ${profile.samples.length} samples`);
console.log("self ms   self %  total ms  function");
for (const [name, count] of rows) {
  const s = count * msPerSample;
  console.log(`${s.toFixed(0).padStart(7)}  ${((100 * count) / profile.samples.length).toFixed(1).padStart(6)}  ${((total.get(name) ?? 0) * msPerSample).toFixed(0).padStart(8)}  ${name}`);
}
