/**
 * The corpus of regional workbooks (test/corpus/shapes.ts) as real .xlsx files, consolidated by the
 * CLI: every row placed, the summary opening with what needs doing, the exit code saying whether the
 * master is complete, and a sheet that cannot be placed mapped with --map (and the mapping kept).
 * The master is read back from disk; counts come from the corpus's own manifests.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { loadWorkbook } from "../../src/xlsx";
import { retitledTable2 } from "../core/consolidation/damage";
import { sampleWorkbook, sheet } from "../core/consolidation/helpers";
import { reportOf } from "../core/validation/helpers";
import { corpus } from "../corpus/shapes";
import { writeWorkbook } from "../corpus/files";
import { runCli } from "../support/cli";

const workbooks = corpus();
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "regionrapport-corpus-"));
  for (const w of workbooks) await writeWorkbook(path.join(dir, "korpus", w.file), w.grids);
  await writeWorkbook(path.join(dir, "blad2", "Blekinge.xlsx"), retitledTable2("Blekinge"));
  // Kalmar's table 3 with its headings cut short (sheet row 3): the recogniser finds no header row.
  const kalmar = sampleWorkbook("Kalmar");
  sheet(kalmar, "Tabell 3").values[2] = ["Reg", "Akt", "Prest", "Eff", "Mål"];
  await writeWorkbook(path.join(dir, "kortade", "Kalmar.xlsx"), kalmar);
}, 120_000);

/** Rows under the header of a master table sheet (row 3). */
const dataRows = (values: unknown[][]) => values.slice(3).filter((row) => row.some((v) => v !== null && v !== ""));

describe("regionrapport consolidate on the corpus", () => {
  test("places every row of every shape; exit 1 because regions are missing and one row is another region's", async () => {
    const out = path.join(dir, "master.xlsx");
    const { code, out: text } = await runCli("consolidate", path.join(dir, "korpus"), "--out", out);
    expect(code).toBe(1);
    const lines = text.split("\n");
    expect(lines[1]).toBe("Att åtgärda:");
    expect(lines[2]).toMatch(/^ {2}\d+ regioner saknas: /);
    expect(text).toMatch(/1 rad avvisad .*\n\s+1 {2}raden anger en annan region än arbetsboken \(region-other\)/);
    const { sheets } = await loadWorkbook(out);
    const expectedActivity = workbooks.reduce((n, w) => n + Object.values(w.expected.tables).reduce((a, b) => a + b, 0), 0);
    const activity = sheets.filter((s) => /^Tabell [1-7]$/.test(s.name)).reduce((n, s) => n + dataRows(s.values).length, 0);
    expect(activity).toBe(expectedActivity);
    expect(dataRows(sheets.find((s) => s.name === "Tabell 8")!.values)).toHaveLength(workbooks.reduce((n, w) => n + w.expected.answers, 0));
  }, 120_000);
});

describe("regionrapport consolidate --map", () => {
  const table2 = reportOf("Blekinge").tables[2].length;

  test("without a mapping the sheet's rows are rejected and the summary says to map it", async () => {
    const { code, out: text } = await runCli("consolidate", path.join(dir, "blad2"), "--out", path.join(dir, "utan.xlsx"));
    expect(code).toBe(1);
    expect(text).toContain('Blekinge.xlsx, bladet "Blad2": anger inte vilken tabell det är – mappa det (--map)');
    expect(text).toMatch(new RegExp(`${table2}  bladet anger inte vilken tabell det är \\(table-unknown\\)`));
  }, 60_000);

  test("with one the rows reach table 2, the mapping is kept in the master and used again without --map", async () => {
    const map = path.join(dir, "mappning.json");
    writeFileSync(map, JSON.stringify([{ file: "Blekinge.xlsx", sheet: "Blad2", table: 2 }]));
    const out = path.join(dir, "med.xlsx");
    const first = await runCli("consolidate", path.join(dir, "blad2"), "--out", out, "--map", map, "--json");
    const json = JSON.parse(first.out);
    expect(json.rejected).toEqual([]);
    expect(json.mappings).toEqual([{ file: "Blekinge.xlsx", sheet: "Blad2", table: 2 }]);
    const { sheets } = await loadWorkbook(out);
    const t2 = dataRows(sheets.find((s) => s.name === "Tabell 2")!.values);
    expect(t2.map((r) => r[1])).toEqual(reportOf("Blekinge").tables[2].map((r) => r.activity));
    expect(sheets.find((s) => s.name === "Mappningar")).toMatchObject({ hidden: true });
    // A resubmission against that master needs no --map.
    const again = await runCli("consolidate", path.join(dir, "blad2"), "--previous", out, "--out", path.join(dir, "igen.xlsx"), "--json");
    expect(JSON.parse(again.out).rejected).toEqual([]);
  }, 60_000);

  test("headings cut short without a full stop: the summary says to map the header row and columns, and --map with them places every row", async () => {
    const without = await runCli("consolidate", path.join(dir, "kortade"), "--out", path.join(dir, "kortade-utan.xlsx"));
    expect(without.out).toContain('Kalmar.xlsx, bladet "Tabell 3": tabell 3, men rubrikraden känns inte igen – mappa rubrikraden och kolumnerna (--map, headerRow och columns)');
    const map = path.join(dir, "kortade.json");
    writeFileSync(map, JSON.stringify([{ file: "Kalmar.xlsx", sheet: "Tabell 3", table: 3, headerRow: 3, columns: { region: "A", activity: "B", outputs: "C", effects: "D", goals: "E" } }]));
    const out = path.join(dir, "kortade-med.xlsx");
    const json = JSON.parse((await runCli("consolidate", path.join(dir, "kortade"), "--out", out, "--map", map, "--json")).out);
    expect(json.rejected).toEqual([]);
    const t3 = dataRows((await loadWorkbook(out)).sheets.find((s) => s.name === "Tabell 3")!.values);
    expect(t3.map((r) => r[1])).toEqual(reportOf("Kalmar").tables[3].map((r) => r.activity));
  }, 60_000);

  test("a mapping file that is wrong: exit 2, each problem named", async () => {
    const map = path.join(dir, "fel.json");
    writeFileSync(map, JSON.stringify([{ sheet: "Blad2", table: 12 }, { table: 2 }]));
    const { code, err } = await runCli("consolidate", path.join(dir, "blad2"), "--out", path.join(dir, "x.xlsx"), "--map", map);
    expect(code).toBe(2);
    expect(err).toContain('mappning 1: "table" är ingen av tabellerna 1–8 (12)');
    expect(err).toContain('mappning 2: bladets namn ("sheet") saknas');
  }, 60_000);
});
