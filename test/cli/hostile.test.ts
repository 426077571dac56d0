/**
 * The CLI against path games and kills (issue 14): the master never replaces an input (by name, in
 * an input folder, through a symlink), is written beside its target and renamed into place (a kill
 * mid-write leaves the previous master whole), a folder's other files are listed as skipped, and a
 * long --json answer through a pipe arrives whole. Inputs are compared by their bytes before and after.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { buildTemplate } from "../../src/core/template";
import { reportsFromSample } from "../../src/core/sample";
import { loadSampleData } from "../../src/cli/sampleFile";
import { loadWorkbook, writeSpecToFile } from "../../src/xlsx";
import { runCli } from "../support/cli";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "regionrapport.js");
const reports = reportsFromSample(loadSampleData());
let dir: string;
let folder: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-hostile-"));
  folder = path.join(dir, "regioner");
  mkdirSync(folder);
  for (const report of reports) {
    await writeSpecToFile(buildTemplate({ region: report.region, year: 2023, rows: report.tables, table8: report.table8, created: "2024-01-15" }), path.join(folder, `${report.region}.xlsx`));
  }
}, 120_000);

const bytes = (file: string) => readFileSync(file);

describe("--out is never an input", () => {
  test("named as one of the inputs: exit 2, the workbook untouched", async () => {
    const input = path.join(folder, "Kalmar.xlsx");
    const before = bytes(input);
    const { code, err } = await runCli("consolidate", input, path.join(folder, "Gotland.xlsx"), "--out", input);
    expect(code).toBe(2);
    expect(err).toContain("är samma fil som arbetsboken");
    expect(bytes(input).equals(before)).toBe(true);
  });

  test("a regional workbook inside an input folder: exit 2, untouched", async () => {
    const input = path.join(folder, "Blekinge.xlsx");
    const before = bytes(input);
    const { code } = await runCli("consolidate", folder, "--out", `${folder}${path.sep}.${path.sep}Blekinge.xlsx`);
    expect(code).toBe(2);
    expect(bytes(input).equals(before)).toBe(true);
  });

  test("a symlink to an input: exit 2, untouched", async () => {
    const input = path.join(folder, "Dalarna.xlsx");
    const link = path.join(dir, "länk.xlsx");
    symlinkSync(input, link);
    const before = bytes(input);
    const { code, err } = await runCli("consolidate", folder, "--out", link);
    expect(code).toBe(2);
    expect(err).toContain("Dalarna.xlsx");
    expect(bytes(input).equals(before)).toBe(true);
  });

  test("the last run's master in the input folder is skipped as input and written over", async () => {
    const local = path.join(dir, "medmaster");
    mkdirSync(local);
    for (const r of ["Gotland", "Halland"]) copyFileSync(path.join(folder, `${r}.xlsx`), path.join(local, `${r}.xlsx`));
    const out = path.join(local, "master.xlsx");
    expect((await runCli("consolidate", local, "--out", out)).code).toBe(1);
    const second = await runCli("consolidate", local, "--out", out);
    expect(second.err).toContain("hoppas över – det är utfilen (--out), en tidigare sammanställning");
    expect(second.out).toContain("2 av 21 mottagna");
  }, 60_000);
});

describe("the master is written atomically", () => {
  test("a kill in the middle of writing leaves the previous master whole and readable", async () => {
    const out = path.join(dir, "master-atomisk.xlsx");
    expect((await runCli("consolidate", folder, "--out", out)).code).toBe(0);
    const before = bytes(out);
    const signal = path.join(dir, "skriver.txt");
    const child = spawn(process.execPath, ["--require", path.join(ROOT, "test", "support", "hangWrites.js"), BIN, "consolidate", folder, "--out", out], {
      cwd: ROOT,
      env: { ...process.env, REGIONRAPPORT_HANG_WRITES_TO: "master-atomisk\\.xlsx\\..*\\.tmp$", REGIONRAPPORT_HANG_SIGNAL: signal },
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    // Wait until the new master has its first bytes on disk, then kill.
    while (!existsSync(signal)) await new Promise((r) => setTimeout(r, 20));
    const partial = readdirSync(dir).filter((f) => f.startsWith(".master-atomisk.xlsx.") && f.endsWith(".tmp"));
    expect(partial).toHaveLength(1);
    child.kill("SIGKILL");
    await exited;
    expect(bytes(out).equals(before)).toBe(true);
    expect((await loadWorkbook(out)).sheets.map((s) => s.name)).toContain("Sammanställning");
  }, 120_000);
});

describe("a folder's other files", () => {
  test("are listed as skipped with why, and the workbooks in it are consolidated", async () => {
    const mixed = path.join(dir, "blandat");
    mkdirSync(mixed);
    copyFileSync(path.join(folder, "Skåne.xlsx"), path.join(mixed, "Skåne.xlsx"));
    writeFileSync(path.join(mixed, "gammal.xls"), "x");
    writeFileSync(path.join(mixed, "kalkyl.ods"), "x");
    writeFileSync(path.join(mixed, "makron.xlsm"), "x");
    writeFileSync(path.join(mixed, "~$Skåne.xlsx"), "x");
    mkdirSync(path.join(mixed, "arkiv"));
    const { code, err, out } = await runCli("consolidate", mixed, "--out", path.join(dir, "master-blandat.xlsx"));
    expect(code).toBe(1);
    for (const [name, why] of [["gammal.xls", ".xls-formatet"], ["kalkyl.ods", ".ods"], ["makron.xlsm", ".xlsm"], ["~$Skåne.xlsx", "låsfil"], ["arkiv", "undermapp"]]) {
      expect(err).toMatch(new RegExp(`${name.replace(/[.$]/g, "\\$&")}: hoppas över – .*${why.replace(/[.$]/g, "\\$&")}`));
    }
    expect(out).toContain("1 av 21 mottagna");
  }, 60_000);
});

describe("--json through a pipe", () => {
  test("arrives whole, longer than a pipe's 64 KB buffer, and parses", () => {
    // A second copy of every workbook: each region's rows are in Avvisat once more, cells and all.
    const copies = path.join(dir, "kopior");
    mkdirSync(copies);
    for (const r of reports) copyFileSync(path.join(folder, `${r.region}.xlsx`), path.join(copies, `${r.region} (kopia).xlsx`));
    const result = spawnSync(process.execPath, [BIN, "consolidate", folder, copies, "--out", path.join(dir, "master-json.xlsx"), "--json"], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.status).toBe(1);
    expect(result.stdout.length).toBeGreaterThan(4 * 65536);
    const json = JSON.parse(result.stdout.toString("utf8"));
    expect(json.board).toHaveLength(21);
    expect(json.duplicates).toHaveLength(21);
  }, 120_000);
});
