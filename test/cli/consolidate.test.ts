/**
 * regionrapport consolidate: the 21 sample workbooks written as real .xlsx files, consolidated
 * through main() (and once through the real binary), the master read back from disk.
 * The inputs are written once (beforeAll) and shared by every test.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Region } from "../../src/core/regions";
import { reportsFromSample } from "../../src/core/sample";
import { buildTemplate } from "../../src/core/template";
import type { WorkbookSpec } from "../../src/core/workbookSpec";
import { sheetSpec } from "../../src/core/workbookSpec";
import { loadWorkbook, writeSpecToFile } from "../../src/xlsx";
import { loadSampleData } from "../../src/cli/sampleFile";
import { runCli } from "../support/cli";

const ROOT = path.join(__dirname, "..", "..");
const FORMULA_TEXT = "=SUMMA(A1)";
const CHANGED_OUTPUTS = "Helt ny text om prestationerna 2024";
const LINEAGE = ["Källfil", "Källblad", "Källrad"];

let dir: string;
/** The 21 sample workbooks (Gotland's first activity in table 1 is "=SUMMA(A1)"), and an Excel lock file. */
let clean: string;
/** The 21 with damage: Kalmar with a hidden copy of table 2, a newer second Örebro, a text file, an empty workbook. */
let damaged: string;
/** Blekinge alone, one cell changed: a resubmission against the clean master. */
let resubmitted: string;
/** Only a text file named .xlsx. */
let unreadable: string;
let master: string;
let first: Awaited<ReturnType<typeof run>>;

const reports = reportsFromSample(loadSampleData());
const fileOf = (region: string) => `2023 ${region}.xlsx`;

function spec(region: Region, change?: (spec: WorkbookSpec) => void, created = "2024-01-15"): WorkbookSpec {
  const report = reports.find((r) => r.region === region)!;
  const s = buildTemplate({ region, year: 2023, rows: report.tables, table8: report.table8, created });
  change?.(s);
  return s;
}

const sheetOf = (s: WorkbookSpec, name: string) => s.sheets.find((sh) => sh.name === name)!;

const run = runCli;

/** Data rows per table sheet of a master read back: rows under the header (row 3). */
function dataRows(values: unknown[][]): unknown[][] {
  return values.slice(3).filter((row) => row.some((v) => v !== null && v !== ""));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-consolidate-"));
  clean = path.join(dir, "regioner");
  damaged = path.join(dir, "skadade");
  resubmitted = path.join(dir, "ny");
  unreadable = path.join(dir, "trasiga");
  for (const d of [clean, damaged, resubmitted, unreadable]) mkdirSync(d);
  for (const { region } of reports) {
    const s = spec(region, region === "Gotland" ? (w) => (sheetOf(w, "Tabell 1").values[3][1] = FORMULA_TEXT) : undefined);
    await writeSpecToFile(s, path.join(clean, fileOf(region)));
    if (region !== "Kalmar") copyFileSync(path.join(clean, fileOf(region)), path.join(damaged, fileOf(region)));
  }
  writeFileSync(path.join(clean, "~$2023 Blekinge.xlsx"), "Excels låsfil");
  await writeSpecToFile(
    spec("Kalmar", (w) => {
      const t2 = sheetOf(w, "Tabell 2");
      w.sheets.push({ ...t2, name: "Tabell 2 (2)", hidden: true, values: t2.values.map((r) => [...r]), tables: [], validations: [] });
    }),
    path.join(damaged, fileOf("Kalmar"))
  );
  await writeSpecToFile(spec("Örebro", undefined, "2024-02-20"), path.join(damaged, "2023 Örebro ny.xlsx"));
  writeFileSync(path.join(damaged, "trasig.xlsx"), "det här är ingen arbetsbok\n");
  await writeSpecToFile({ sheets: [sheetSpec("Blad1", {})] }, path.join(damaged, "tom.xlsx"));
  await writeSpecToFile(
    spec("Blekinge", (w) => (sheetOf(w, "Tabell 1").values[3][2] = CHANGED_OUTPUTS)),
    path.join(resubmitted, fileOf("Blekinge"))
  );
  writeFileSync(path.join(unreadable, "trasig.xlsx"), "ingen arbetsbok");

  master = path.join(dir, "master.xlsx");
  first = await run("consolidate", clean, "--out", master);
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("regionrapport consolidate on the 21 sample workbooks", () => {
  test("exit 0, a progress line per workbook on stderr, the lock file named as skipped, the master written", () => {
    expect(first.code).toBe(0);
    expect(existsSync(master)).toBe(true);
    const lines = first.err.split("\n");
    const progress = lines.filter((l) => l.startsWith("["));
    expect(progress).toHaveLength(21);
    expect(progress[0]).toMatch(/^\[1\/21\] 2023 Blekinge\.xlsx: \d+ rader$/);
    expect(lines.filter((l) => !l.startsWith("["))).toEqual([expect.stringMatching(/~\$2023 Blekinge\.xlsx: hoppas över – Excels låsfil/)]);
  });

  test("the summary: files, regions, the reconciliation per file and in total", () => {
    expect(first.out).toContain(`Sammanställningen är skriven till ${master}.`);
    expect(first.out).toContain("21 av 21 mottagna");
    // 534 rows in tables 1–7 and 6 question rows per region in table 8.
    expect(first.out).toContain("660 rader lästa = 660 i sammanställningen + 0 avvisade.");
    for (const { region } of reports) expect(first.out).toContain(fileOf(region));
    expect(first.out).toMatch(/Fel och varningar i de inlästa arbetsböckerna: \d+ fel, \d+ varningar\./);
  });

  test("the master: 534 rows in tables 1–7, 21 × 6 answers in table 8, lineage hidden, the report sheets", async () => {
    const { sheets } = await loadWorkbook(master);
    const names = sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Sammanställning", "Avvisat", "Målöversikt"]));
    expect(names).not.toContain("Ändringar");
    const tables = [1, 2, 3, 4, 5, 6, 7].map((n) => sheets.find((s) => s.name === `Tabell ${n}`)!);
    expect(tables.reduce((n, t) => n + dataRows(t.values).length, 0)).toBe(534);
    const t8 = sheets.find((s) => s.name === "Tabell 8")!;
    expect(dataRows(t8.values)).toHaveLength(21 * 6);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(master);
    for (const t of [...tables, t8]) {
      const header = t.values[2].map(String);
      const at = LINEAGE.map((h) => header.indexOf(h) + 1);
      expect(at.every((c) => c > 0)).toBe(true);
      expect(at.map((c) => workbook.getWorksheet(t.name)!.getColumn(c).hidden)).toEqual([true, true, true]);
      expect(workbook.getWorksheet(t.name)!.getColumn(1).hidden).toBe(false);
      // Every data row has its lineage.
      for (const row of dataRows(t.values)) expect(row[at[0] - 1]).toMatch(/^2023 .+\.xlsx$/);
    }
  });

  test('"=SUMMA(A1)" in a regional cell is text in the master file, not a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(master);
    const sheet = workbook.getWorksheet("Tabell 1")!;
    const found: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => void (cell.value === FORMULA_TEXT && found.push(cell))));
    expect(found).toHaveLength(1);
    expect(found[0].formula).toBeUndefined();
    expect(found[0].type).toBe(ExcelJS.ValueType.String);
  });

  test("the real binary gives the same master (determinism), progress on stderr", async () => {
    const compiled = path.join(ROOT, "lib", "cli", "main.js");
    const newest = (d: string): number =>
      readdirSync(d, { withFileTypes: true }).reduce((n, e) => {
        const p = path.join(d, e.name);
        return Math.max(n, e.isDirectory() ? newest(p) : /\.(ts|json)$/.test(e.name) ? statSync(p).mtimeMs : 0);
      }, 0);
    const sources = Math.max(...["core", "xlsx", "cli"].map((d) => newest(path.join(ROOT, "src", d))));
    if (!existsSync(compiled) || statSync(compiled).mtimeMs < sources) {
      execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
    }
    const again = path.join(dir, "master-igen.xlsx");
    const result = spawnSync(process.execPath, [path.join(ROOT, "bin", "regionrapport.js"), "consolidate", clean, "--out", again], { cwd: ROOT, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("660 rader lästa = 660 i sammanställningen + 0 avvisade.");
    expect(result.stderr.trim().split("\n").filter((l) => l.startsWith("["))).toHaveLength(21);
    expect((await loadWorkbook(again)).snapshot).toEqual((await loadWorkbook(master)).snapshot);
  }, 120_000);
});

describe("regionrapport consolidate on damaged inputs", () => {
  let damagedRun: Awaited<ReturnType<typeof run>>;
  const out = () => path.join(dir, "master-skadade.xlsx");
  beforeAll(async () => {
    damagedRun = await run("consolidate", damaged, "--out", out());
  }, 120_000);

  test("exit 1 (rows rejected), the others consolidated, what needs doing first, every reason printed", async () => {
    const { code, out: text, err } = damagedRun;
    expect(code).toBe(1);
    expect(text.split("\n")[1]).toBe("Att åtgärda:");
    expect(text).toMatch(/Att åtgärda:\n(.+\n)* {2}trasig\.xlsx: kunde inte läsas – ingenting därifrån är med/);
    expect(err).toMatch(/\[24\/24\] trasig\.xlsx: kan inte läsas/);
    expect(text).toContain("21 av 21 mottagna");
    expect(text).toMatch(/trasig\.xlsx:\n\s+Filen trasig\.xlsx kunde inte läsas som en arbetsbok: .*zip/);
    expect(text).toMatch(/tom\.xlsx:\n\s+Arbetsboken är tom\./);
    expect(text).toContain("Dold extra kopia av tabell 2");
    expect(text).toMatch(/Örebro: 2023 Örebro ny\.xlsx, 2023 Örebro\.xlsx – används: 2023 Örebro ny\.xlsx \(nyast enligt informationsbladets Skapad: 2024-02-20\)/);
    expect(text).toMatch(/\d+ +regionen har en annan arbetsbok som används \(superseded\)/);
    expect(text).toMatch(/\d+ +dold extra kopia av en tabell \(duplicate-table-hidden\)/);
    const { sheets } = await loadWorkbook(out());
    const rows = [1, 2, 3, 4, 5, 6, 7].reduce((n, t) => n + dataRows(sheets.find((s) => s.name === `Tabell ${t}`)!.values).length, 0);
    expect(rows).toBe(534);
    const rejected = sheets.find((s) => s.name === "Avvisat")!.values.map((r) => r.join("|"));
    expect(rejected.some((r) => r.startsWith("2023 Örebro.xlsx|") && r.includes("2023 Örebro ny.xlsx"))).toBe(true);
    expect(rejected.some((r) => r.startsWith("2023 Kalmar.xlsx|Tabell 2 (2)|"))).toBe(true);
    // The superseded file's rows were read from its bytes again (the run keeps no grids): each has the cells its sheet row has.
    const superseded = sheets.find((s) => s.name === "Avvisat")!.values.filter((r) => r[0] === "2023 Örebro.xlsx" && String(r[5]).includes("2023 Örebro ny.xlsx"));
    expect(superseded.length).toBeGreaterThan(20);
    const source = await loadWorkbook(path.join(damaged, "2023 Örebro.xlsx"));
    const texts = (row: readonly unknown[]) => {
      const cells = row.map((v) => (v === null || v === undefined ? "" : String(v)));
      while (cells.length && !cells[cells.length - 1]) cells.pop();
      return cells;
    };
    for (const r of superseded) expect(texts(r.slice(6))).toEqual(texts(source.sheets.find((s) => s.name === r[1])!.values[Number(r[2]) - 1] ?? []));
  });
});

describe("regionrapport consolidate --previous", () => {
  test("one region resubmitted: the summary names the changed row, an Ändringar sheet", async () => {
    const out = path.join(dir, "master-ny.xlsx");
    const { code, out: text } = await run("consolidate", resubmitted, "--previous", master, "--out", out);
    expect(code).toBe(0);
    expect(text).toContain("21 av 21 mottagna");
    expect(text).toMatch(/Blekinge: 0 rader tillagda, 0 borttagna, 1 ändrad\n\s+ändrad: Tabell 1 ".+" – .+: ".+" → "Helt ny text om prestationerna 2024"/);
    const { sheets } = await loadWorkbook(out);
    const changes = sheets.find((s) => s.name === "Ändringar");
    expect(changes).toBeDefined();
    expect(changes!.values.flat()).toContain(CHANGED_OUTPUTS);
    const rows = [1, 2, 3, 4, 5, 6, 7].reduce((n, t) => n + dataRows(sheets.find((s) => s.name === `Tabell ${t}`)!.values).length, 0);
    expect(rows).toBe(534);
  });

  test("--json: one object on stdout, the changes and the reconciliation in it, no spec", async () => {
    const out = path.join(dir, "master-json.xlsx");
    const { code, out: text, err } = await run("consolidate", resubmitted, "--previous", master, "--out", out, "--json");
    expect(code).toBe(0);
    expect(err).toMatch(/^\[1\/1\] 2023 Blekinge\.xlsx: \d+ rader$/);
    const json = JSON.parse(text);
    expect(Object.keys(json).sort()).toEqual(
      ["actions", "board", "changes", "duplicates", "extraCells", "files", "mappings", "missingRegions", "out", "reconciliation", "rejected", "taxonomyVersion"].sort()
    );
    expect(json.out).toBe(out);
    expect(json.board).toHaveLength(21);
    expect(json.missingRegions).toEqual([]);
    expect(json.actions.complete).toBe(true);
    expect(json.changes).toEqual([expect.objectContaining({ region: "Blekinge", added: 0, removed: 0, changed: 1 })]);
    const t = json.reconciliation.total;
    expect(t.rowsRead).toBe(t.rowsInMaster + t.rowsRejected + t.rowsReplaced);
    expect(json.reconciliation.previous.rowsReplaced).toBe(t.rowsReplaced);
  });
});

describe("regionrapport consolidate when no master can be written", () => {
  test("every input unreadable: exit 2, says why, writes nothing", async () => {
    const out = path.join(dir, "ingen.xlsx");
    const { code, err, out: text } = await run("consolidate", unreadable, path.join(dir, "finns-inte.xlsx"), "--out", out);
    expect(code).toBe(2);
    expect(text).toBe("");
    expect(err).toContain("Ingen sammanställning skrevs: ingen av de 2 filerna kunde läsas som en Excel-arbetsbok");
    expect(err).toContain("finns-inte.xlsx: Filen finns-inte.xlsx kunde inte läsas som en arbetsbok: filen eller mappen finns inte.");
    expect(existsSync(out)).toBe(false);
  });

  test("--out in a missing directory: exit 2, names it, reads nothing", async () => {
    const out = path.join(dir, "saknas", "master.xlsx");
    const { code, err } = await run("consolidate", clean, "--out", out);
    expect(code).toBe(2);
    expect(err).toContain(path.join(dir, "saknas"));
    expect(err).not.toContain("[1/21]");
  });

  test("no --out, no inputs, a bad --choose: exit 2 with the usage", async () => {
    expect((await run("consolidate", clean)).err).toContain("--out saknas");
    expect((await run("consolidate", "--out", master)).err).toContain("Ange minst en arbetsbok");
    const bad = await run("consolidate", clean, "--out", path.join(dir, "x.xlsx"), "--choose", "Narnia=a.xlsx");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('okänd region "Narnia"');
  });
});
