/**
 * Every list of table numbers is derived from the table definitions (src/core/tables): a literal
 * list elsewhere is a fact written twice, and a ninth table would compile and then crash on it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";

const SRC = path.join(__dirname, "../../src");
const ALLOWED = path.join(SRC, "core", "tables");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return file === ALLOWED ? [] : sources(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

/** Lists and unions of table numbers, and table lookups by position. */
const PATTERNS: [RegExp, string][] = [
  [/\[\s*1\s*,\s*2\s*,\s*3\s*,\s*4/, "a literal list of table numbers"],
  [/\b1\s*\|\s*2\s*\|\s*3\s*\|\s*4\s*\|\s*5\s*\|\s*6\s*\|\s*7\b/, "a literal union of table numbers"],
  [/TABLES\s*\[[^\]]*-\s*1\s*\]/, "a table looked up by position"],
  [/\bnew Array\(\s*[78]\s*\)/, "an array sized by the number of tables"],
];

describe("table numbers in src/", () => {
  it("come from the table definitions only", () => {
    const found: string[] = [];
    for (const file of sources(SRC)) {
      readFileSync(file, "utf8").split("\n").forEach((line, i) => {
        for (const [pattern, what] of PATTERNS) if (pattern.test(line)) found.push(`${path.relative(SRC, file)}:${i + 1}: ${what}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
