#!/usr/bin/env node
/*
 * The one production build the tests share (test/support/build.ts starts it, once per jest run):
 *   out/test-build/addin    what `ADDIN_BASE_URL=BASE_URL npm run build` writes to dist/
 *   out/test-build/preview  the preview bundle the end-to-end tests drive in Chromium
 * It runs in its own process beside the unit tests and reports through out/test-build/status.json.
 * Usage: node scripts/test-build.js RUN_ID BASE_URL
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "out", "test-build");
const STATUS = path.join(OUT, "status.json");

function status(state, extra = {}) {
  fs.mkdirSync(OUT, { recursive: true });
  const tmp = `${STATUS}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ id: process.argv[2] ?? "manual", state, pid: process.pid, ...extra }));
  fs.renameSync(tmp, STATUS);
}

function main() {
  status("running");
  process.env.OFFICE_ADDIN_USAGE_DATA_OPT_OUT = "true";
  const webpack = require("webpack");
  const { buildConfigs } = require("../webpack.config.js");
  // No persistent cache: with one, a changed module shared by the pane and its worker left the worker
  // asking for a chunk by its old content hash (a 404 in the end-to-end tests). A cold build takes about 20 s,
  // beside the unit tests.
  const configs = [
    buildConfigs({ kind: "addin", baseUrl: process.argv[3], outDir: path.join(OUT, "addin") }),
    buildConfigs({ kind: "preview", outDir: path.join(OUT, "preview") }),
  ];
  const started = Date.now();
  webpack(configs, (error, stats) => {
    const problems = error ? [String(error.stack ?? error)] : stats.hasErrors() ? stats.toString({ all: false, errors: true, errorDetails: true }).split("\n") : [];
    if (problems.length) {
      status("failed", { message: problems.join("\n") });
      console.error(problems.join("\n"));
      process.exitCode = 1;
    } else {
      status("done", { seconds: (Date.now() - started) / 1000 });
    }
  });
}

try {
  main();
} catch (error) {
  status("failed", { message: String(error.stack ?? error) });
  console.error(error);
  process.exitCode = 1;
}
