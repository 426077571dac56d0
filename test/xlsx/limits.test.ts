/** The README lists the reader's limits as LIMITS states them, so the two cannot drift apart. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describeLimit, LIMITS, type LimitName } from "../../src/xlsx";

test("every limit is in the README's table with its value", () => {
  const readme = readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
  const table = readme.slice(readme.indexOf("### What the reader accepts"));
  for (const name of Object.keys(LIMITS) as LimitName[]) expect([name, table.includes(`| ${describeLimit(name)} |`)]).toEqual([name, true]);
});
