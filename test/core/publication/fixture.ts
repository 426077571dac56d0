/** The 2023 compilation made again: the 21 bundled regional workbooks (the real template, filled from data/sample-2023.json), consolidated. */
import * as fs from "node:fs";
import * as path from "node:path";
import { gunzipSync } from "node:zlib";
import { consolidate, type ConsolidationResult } from "../../../src/core/consolidation";
import { REGIONS } from "../../../src/core/regions";
import { sample, sampleWorkbook } from "../validation/helpers";

export { sample };

/** The published compilation's text (test/fixtures/README.md). */
export function seedText(): string {
  return gunzipSync(fs.readFileSync(path.join(__dirname, "../../fixtures/seed-2023.txt.gz"))).toString("utf8");
}

let cached: ConsolidationResult | undefined;

export function consolidatedSample(): ConsolidationResult {
  cached ??= consolidate(
    REGIONS.map((region) => ({ file: `2023 ${region}.xlsx`, grids: sampleWorkbook(region) })),
    { runDate: "2024-03-01", validate: false }
  );
  return cached;
}
