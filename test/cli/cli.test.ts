/**
 * The command line: main() called directly for exit codes and messages, and the real
 * binary (bin/regionrapport.js over the compiled lib/) spawned once end to end.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readReport } from "../../src/core/read";
import { REGIONS } from "../../src/core/regions";
import { loadWorkbook } from "../../src/xlsx";
import mammoth from "mammoth";
import { runCli } from "../support/cli";

const ROOT = path.join(__dirname, "..", "..");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-cli-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const run = runCli;

describe("regionrapport template", () => {
  test("writes the template and says for which region and where", async () => {
    const file = path.join(dir, "blekinge.xlsx");
    const { code, out, err } = await run("template", "--region", "Blekinge", "--year", "2023", "--out", file);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(out).toContain("Blekinge");
    expect(out).toContain("2023");
    expect(out).toContain(file);
    const { report } = readReport((await loadWorkbook(file)).sheets);
    expect(report).toMatchObject({ region: "Blekinge", year: 2023 });
    expect(Object.values(report!.tables).flat()).toEqual([]);
  });

  test("accepts a long region name and writes the short form", async () => {
    const file = path.join(dir, "vg.xlsx");
    const { code, out } = await run("template", "--region", "  västra götalandsregionen ", "--year", "2024", "--out", file, "--contact", "Anna");
    expect(code).toBe(0);
    expect(out).toContain("Västra Götaland 2024");
    const { report } = readReport((await loadWorkbook(file)).sheets);
    expect(report).toMatchObject({ region: "Västra Götaland", year: 2024, contact: "Anna" });
  });

  test("--with-sample fills the region's 2023 rows", async () => {
    const file = path.join(dir, "sormland.xlsx");
    const { code } = await run("template", "--region", "Södermanland", "--year", "2023", "--with-sample", "--out", file);
    expect(code).toBe(0);
    const { report } = readReport((await loadWorkbook(file)).sheets);
    expect(report!.region).toBe("Sörmland");
    const rows = Object.values(report!.tables).flat();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.region === "Sörmland" && r.activity !== "")).toBe(true);
    expect(report!.table8.map((a) => a.question)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test("an unknown region: exit 2, names the region and lists the valid ones", async () => {
    const file = path.join(dir, "narnia.xlsx");
    const { code, err } = await run("template", "--region", "Narnia", "--year", "2023", "--out", file);
    expect(code).toBe(2);
    expect(err).toContain('"Narnia"');
    for (const region of REGIONS) expect(err).toContain(region);
    expect(existsSync(file)).toBe(false);
  });

  test.each([["20x3"], ["99"], ["abcd"], ["12345"], ["-2023"], [""]])("year %j is not a year: exit 2", async (year) => {
    const file = path.join(dir, `year-${year}.xlsx`);
    const { code, err } = await run("template", "--region", "Blekinge", `--year=${year}`, "--out", file);
    expect(code).toBe(2);
    expect(err).toMatch(year ? new RegExp(`"${year}" är inget årtal`) : /--year saknas/);
    expect(existsSync(file)).toBe(false);
  });

  test("an output path in a missing directory: exit 2, names the path", async () => {
    const file = path.join(dir, "finns-inte", "mall.xlsx");
    const { code, err } = await run("template", "--region", "Blekinge", "--year", "2023", "--out", file);
    expect(code).toBe(2);
    expect(err).toContain(file);
    expect(err).toContain(path.join(dir, "finns-inte"));
    expect(existsSync(path.dirname(file))).toBe(false);
  });

  test("an output path that is a directory, or under a file: exit 2, names the path", async () => {
    const asDir = await run("template", "--region", "Blekinge", "--year", "2023", "--out", dir);
    expect(asDir.code).toBe(2);
    expect(asDir.err).toContain(dir);
    const plain = path.join(dir, "vanlig-fil");
    writeFileSync(plain, "x");
    const underFile = path.join(plain, "mall.xlsx");
    const nested = await run("template", "--region", "Blekinge", "--year", "2023", "--out", underFile);
    expect(nested.code).toBe(2);
    expect(nested.err).toContain(underFile);
  });

  test("missing --out, --region or --year: exit 2 with the usage", async () => {
    const noOut = await run("template", "--region", "Blekinge", "--year", "2023");
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain("--out saknas");
    expect(noOut.err).toContain("regionrapport template");
    expect((await run("template", "--year", "2023", "--out", path.join(dir, "x.xlsx"))).err).toContain("--region saknas");
    expect((await run("template", "--region", "Blekinge", "--out", path.join(dir, "x.xlsx"))).err).toContain("--year saknas");
  });

  test("an unknown flag: exit 2", async () => {
    const { code, err } = await run("template", "--region", "Blekinge", "--year", "2023", "--out", path.join(dir, "y.xlsx"), "--colour", "blue");
    expect(code).toBe(2);
    expect(err).toContain("--colour");
  });
});

describe("regionrapport commands", () => {
  test("an unknown command: exit 2 and names it", async () => {
    const { code, err } = await run("consolidate-everything");
    expect(code).toBe(2);
    expect(err).toContain('"consolidate-everything"');
    expect(err).toContain("Användning");
  });

  test("no command: usage and exit 2; help: usage and exit 0", async () => {
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.out).toContain("regionrapport template");
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("regionrapport demo");
  });
});

describe("the installed binary", () => {
  const bin = path.join(ROOT, "bin", "regionrapport.js");
  const compiled = path.join(ROOT, "lib", "cli", "main.js");

  /** Newest modification time of the sources the CLI is compiled from. */
  function newestSource(): number {
    let newest = 0;
    const visit = (d: string) => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, entry.name);
        if (entry.isDirectory()) visit(p);
        else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
      }
    };
    for (const d of ["core", "xlsx", "cli", "docx"]) visit(path.join(ROOT, "src", d));
    return newest;
  }

  beforeAll(() => {
    if (!existsSync(compiled) || statSync(compiled).mtimeMs < newestSource()) {
      try {
        execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe", encoding: "utf8" });
      } catch (caught) {
        const e = caught as { stdout?: string; stderr?: string; message: string };
        throw new Error(`npm run build:cli failed:\n${e.stdout ?? ""}${e.stderr ?? ""}${e.message}`);
      }
    }
  }, 180_000);

  function cli(...args: string[]) {
    return spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: "utf8" });
  }

  test("template writes a workbook the reader understands", async () => {
    const file = path.join(dir, "bin-uppsala.xlsx");
    const result = cli("template", "--region", "Region Uppsala", "--year", "2023", "--out", file);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Uppsala");
    expect(result.stdout).toContain(file);
    const { report } = readReport((await loadWorkbook(file)).sheets);
    expect(report).toMatchObject({ region: "Uppsala", year: 2023 });
  }, 60_000);

  test("bad input exits 2 with the message on stderr", () => {
    const result = cli("template", "--region", "Narnia", "--year", "2023", "--out", path.join(dir, "n.xlsx"));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Narnia");
    expect(result.stdout).toBe("");
  }, 60_000);

  test("demo --out writes 21 regional workbooks, the master and the publication", async () => {
    const out = path.join(dir, "demo");
    const result = cli("demo", "--out", out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const files = readdirSync(path.join(out, "regioner")).filter((f) => f.endsWith(".xlsx")).sort();
    expect(files).toHaveLength(21);
    expect(files).toEqual(REGIONS.map((r) => `2023 ${r}.xlsx`).sort());
    expect(result.stdout).toContain("534 rader");
    const { report } = readReport((await loadWorkbook(path.join(out, "regioner", "2023 Östergötland.xlsx"))).sheets);
    expect(report?.region).toBe("Östergötland");
    expect(Object.values(report!.tables).flat().length).toBeGreaterThan(0);
    // The publication is made from the master file, with its contents' page numbers worked out (the slow part).
    expect(existsSync(path.join(out, "master.xlsx"))).toBe(true);
    const { value } = await mammoth.extractRawText({ path: path.join(out, "sammanstallning.docx") });
    expect(value).toContain("Tabell 8. Fördelning av anslag 1:1 Regionala utvecklingsåtgärder");
    expect(value).toContain("Målöversikt");
  }, 300_000);
});
