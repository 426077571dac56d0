#!/usr/bin/env node
// The CLI is compiled from src/cli by `npm run build:cli` (run by `prepare` on npm install).
// The exit code is set, not forced with process.exit(): output to a pipe is written asynchronously,
// and exiting at once would cut a long --json answer short (at 64 KB).
require("../lib/cli/main.js").main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exitCode = 2;
  }
);
