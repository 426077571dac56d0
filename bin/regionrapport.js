#!/usr/bin/env node
// The CLI is compiled from src/cli by `npm run build:cli` (run by `prepare` on npm install).
require("../lib/cli/main.js").main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(2);
  }
);
