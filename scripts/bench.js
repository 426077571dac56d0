#!/usr/bin/env node
/**
 * Consolidation beside the floors: what `regionrapport consolidate` costs against the least that
 * reading every regional workbook and writing its rows into one workbook can cost with each library.
 *
 *   npm run bench                         sizes 100, 1,000 and 5,000 rows per table, 3 interleaved rounds (about 25 minutes)
 *   node scripts/bench.js [--sizes 100,1000,5000] [--runs 3] [--only cli,sheetjs,...] [--dir DIR] [--keep]
 *                         [--before CLONE]   also the CLI of another checkout (its bin/ and compiled lib/), in the same rounds
 *   npm run bench -- --sizes 100,1000        a quicker table (about 5 minutes)
 *
 * Workbooks: 21 regions × 7 tables × N rows (each region's 2023 sample rows repeated, the activity
 * numbered), plus table 8's answers, written by the product's own template writer into a temporary
 * folder (--dir to choose it and keep it; a folder with a bench-manifest.json is reused).
 *
 * What is measured, each in a process of its own under /usr/bin/time -v (wall, user+system CPU,
 * peak resident memory), in rounds: every round runs every measurement of every size once, in
 * turn, so that a noisy neighbour on the shared machine spreads over all of them; medians printed.
 *   cli      node bin/regionrapport.js consolidate DIR --out FILE: the real command, start-up included
 *   phases   the same work in one process with timers: read (loadWorkbook), recognise (readWorkbook:
 *            the tables found and their rows read), validate (over that read, as consolidate runs it),
 *            consolidate (all of it again: recognition, validation, lineage, every report sheet), write
 *            (writeSpecToFile); beside it the SheetJS floor's reading alone, the issue's measure for
 *            validation. This process holds every phase's results at once: at 5,000 rows per table it
 *            runs near Node's heap limit, and its times there say more about the collector than the code.
 *   exceljs  floor: exceljs full object model, read every file, write all data rows as values
 *   sheetjs  floor: SheetJS (xlsx 0.18.5) readFile + writeFile with shared strings and compression (its reading timed apart)
 *   stream   floor: exceljs streaming reader + streaming writer
 *   pandas   floor: pandas + openpyxl read, xlsxwriter write (only when python3 has them)
 * Then: ratios to the SheetJS floor (time and memory), and the exponent of cost against rows
 * (least squares of log time over log rows across the sizes).
 *
 * Not part of npm test. Requires the compiled CLI (npm run bench builds it).
 *
 * Figures (2 shared cores, Node 20, 3 December 2026, a quiet machine). 1,000 rows: medians of 3
 * interleaved rounds; 5,000 rows: one round.
 *   rows/table  measurement                     wall s   CPU s   peak MB   wall/SheetJS  CPU/SheetJS  mem/SheetJS
 *   1,000       consolidate, 2 December          9.9    12.8       649      1.60×        1.78×        1.34×   (one round, same machine)
 *               consolidate                      9.2    12.1       657      1.49×        1.67×        1.35×
 *               floor SheetJS                    6.2     7.3       486      1.00×        1.00×        1.00×
 *               floor exceljs streaming          5.0     5.7       404      0.80×        0.78×        0.83×
 *   5,000       consolidate                     46.0    56.9     2,428      1.38×        1.47×        1.40×
 *               floor SheetJS                   33.3    38.7     1,735      1.00×        1.00×        1.00×
 *   Phases at 1,000 (wall): read 2.1 s, recognise 1.0 s, validate 2.0 s (0.60× the SheetJS floor's
 *   reading alone, 3.4 s), consolidate with recognition and validation 3.8 s, write 2.8 s.
 * Main-thread CPU profile of the 1,000-row consolidation, 3 December: the print layout 0.77 → 0.41 s
 * (wrappedLines jumps line to line), the merge 1.05 → 0.72 s; the live heap after the reads 165 →
 * 66 MB (the run keeps each file's bytes, not its grids). Top functions now: the collector 11 %,
 * exceljs's row XML 4 %, saxes 7 % over several functions, normalizeText 2.4 %, the spacing test of
 * the line count 2.2 %, the writer's XML-safety test 2.1 %, inflate 2.1 %.
 * 2 December, before → after that day's work (17.3 s → 11.7 s): validation 4.6 → 2.4 s
 * (cross-references keyed on every cell joined, goals-elsewhere recognising result cells again, the
 * fund scan's Unicode pattern), the print layout's line count 1.7 → 0.9 s, reading 2.6 → 2.3 s, writing 2.6 → 2.1 s, garbage collection 2.6 → 1.4 s.
 * Tried and left out: reading the workbooks on two worker threads (8.9 s wall and 17.4 s CPU for the
 * reading alone, against 7.4 s and 10.6 s on one thread: the reads share memory bandwidth and the
 * collector), and a larger young generation (--max-semi-space-size=64: 4 % less CPU). 3 December: two
 * processes each reading and validating 10 of the workbooks at once took 4.7 s each against 3.0 s
 * alone, and copying a file's read between threads (v8 serialize + deserialize) costs 55 ms of its 300.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const LIB = process.env.BENCH_LIB || path.join(ROOT, "lib");
const SAMPLE = path.join(ROOT, "data", "sample-2023.json");
const MANIFEST = "bench-manifest.json";
const HEADER_ROW = 3;
const lib = (module) => require(path.join(LIB, module));

const xlsxFiles = (dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(dir, f));
const now = () => process.hrtime.bigint();
const msSince = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const tableSheet = (name) => /^Tabell [1-7]$/.test(name);
const tmpOut = (tag) => path.join(os.tmpdir(), `regionrapport-bench-${tag}-${process.pid}.xlsx`);

// ---------------------------------------------------------------------------------------------
// The measured work. Each runs in a child: `node scripts/bench.js --child NAME DIR`.
// ---------------------------------------------------------------------------------------------
const CHILDREN = {
  async phases(files) {
    const { loadWorkbook, writeSpecToFile } = lib("xlsx");
    const { consolidate } = lib("core/consolidation");
    const { readWorkbook } = lib("core/read");
    const { validateWorkbook } = lib("core/validation");
    const t0 = now();
    const inputs = [];
    for (const file of files) {
      inputs.push({ file: path.basename(file), grids: (await loadWorkbook(file)).sheets, fileDate: fs.statSync(file).mtime.toISOString() });
    }
    const read = msSince(t0);
    let t = now();
    // Recognition and the read of the rows (readWorkbook), then validation over that read, as consolidate runs them.
    const reads = inputs.map((input) => readWorkbook(input.grids, { file: input.file }));
    const recognise = msSince(t);
    t = now();
    inputs.forEach((input, i) => validateWorkbook(input.grids, { file: input.file, read: reads[i] }));
    const validate = msSince(t);
    t = now();
    const result = consolidate(inputs, { validate: true });
    const work = msSince(t);
    t = now();
    const out = tmpOut("master");
    await writeSpecToFile(result.spec, out);
    const write = msSince(t);
    fs.rmSync(out, { force: true });
    return { read, recognise, validate, consolidate: work, write, rows: result.reconciliation.total.rowsInMaster };
  },

  async exceljs(files) {
    const ExcelJS = require("exceljs");
    const { plainValue } = lib("xlsx");
    const out = new ExcelJS.Workbook();
    const targets = new Map();
    let rows = 0;
    for (const file of files) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      for (const sheet of workbook.worksheets) {
        if (!tableSheet(sheet.name)) continue;
        if (!targets.has(sheet.name)) targets.set(sheet.name, out.addWorksheet(sheet.name));
        const target = targets.get(sheet.name);
        sheet.eachRow({ includeEmpty: false }, (row, number) => {
          if (number <= HEADER_ROW) return;
          const values = [];
          row.eachCell({ includeEmpty: false }, (cell, column) => (values[column - 1] = plainValue(cell.value)));
          target.addRow(values);
          rows++;
        });
      }
    }
    const file = tmpOut("exceljs");
    await out.xlsx.writeFile(file);
    fs.rmSync(file, { force: true });
    return { rows };
  },

  async sheetjs(files) {
    const XLSX = require("xlsx");
    const rowsBySheet = new Map();
    let rows = 0;
    const t = now();
    for (const file of files) {
      const workbook = XLSX.readFile(file, { dense: true });
      for (const name of workbook.SheetNames) {
        if (!tableSheet(name)) continue;
        const data = XLSX.utils.sheet_to_json(workbook.Sheets[name], { header: 1, blankrows: false, defval: null });
        if (!rowsBySheet.has(name)) rowsBySheet.set(name, []);
        const target = rowsBySheet.get(name);
        for (const row of data.slice(HEADER_ROW)) {
          target.push(row);
          rows++;
        }
      }
    }
    const read = msSince(t);
    const out = XLSX.utils.book_new();
    for (const [name, data] of rowsBySheet) XLSX.utils.book_append_sheet(out, XLSX.utils.aoa_to_sheet(data, { dense: true }), name);
    const file = tmpOut("sheetjs");
    XLSX.writeFile(out, file, { bookSST: true, compression: true });
    fs.rmSync(file, { force: true });
    return { rows, read };
  },

  async stream(files) {
    const ExcelJS = require("exceljs");
    const file = tmpOut("stream");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const rowsBySheet = new Map();
    let rows = 0;
    for (const input of files) {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: "cache", worksheets: "emit", hyperlinks: "ignore", styles: "ignore" });
      for await (const sheet of reader) {
        const name = sheet.name;
        const keep = tableSheet(name);
        for await (const row of sheet) {
          if (!keep || row.number <= HEADER_ROW) continue;
          if (!rowsBySheet.has(name)) rowsBySheet.set(name, []);
          rowsBySheet.get(name).push(row.values.slice(1));
          rows++;
        }
      }
    }
    for (const [name, data] of rowsBySheet) {
      const sheet = writer.addWorksheet(name);
      for (const values of data) sheet.addRow(values).commit();
      sheet.commit();
    }
    await writer.commit();
    fs.rmSync(file, { force: true });
    return { rows };
  },
};

const PANDAS = `
import sys, glob, os, pandas as pd
frames = {}
for f in sorted(glob.glob(os.path.join(sys.argv[1], "*.xlsx"))):
    for name, df in pd.read_excel(f, sheet_name=None, header=None, skiprows=${HEADER_ROW}, engine="openpyxl").items():
        if name.startswith("Tabell ") and name[7:] in "1234567": frames.setdefault(name, []).append(df)
with pd.ExcelWriter(sys.argv[2], engine="xlsxwriter") as w:
    for name, dfs in frames.items(): pd.concat(dfs).to_excel(w, sheet_name=name, index=False, header=False)
`;
const hasPandas = () => spawnSync("python3", ["-c", "import pandas, openpyxl, xlsxwriter"], { stdio: "ignore" }).status === 0;

async function child(name, dir) {
  const result = await CHILDREN[name](xlsxFiles(dir));
  process.stdout.write(JSON.stringify(result) + "\n");
}

// ---------------------------------------------------------------------------------------------
// Workbooks to measure.
// ---------------------------------------------------------------------------------------------
function syntheticTables(report, pool, perTable) {
  const tables = {};
  for (let table = 1; table <= 7; table++) {
    const own = report.tables[table].length ? report.tables[table] : pool;
    tables[table] = Array.from({ length: perTable }, (_, i) => {
      const row = own[i % own.length];
      const round = Math.floor(i / own.length);
      return { ...row, region: report.region, activity: round ? `${row.activity} (${round + 1})` : row.activity };
    });
  }
  return tables;
}

async function generate(size, dir) {
  const { buildTemplate } = lib("core/template");
  const { reportsFromSample } = lib("core/sample");
  const { writeSpecToFile } = lib("xlsx");
  const reports = reportsFromSample(JSON.parse(fs.readFileSync(SAMPLE, "utf8")));
  fs.mkdirSync(dir, { recursive: true });
  let rows = 0;
  for (const [index, report] of reports.entries()) {
    const pool = Object.values(report.tables).flat();
    const tables = syntheticTables(report, pool, size);
    const spec = buildTemplate({ region: report.region, year: report.year, rows: tables, table8: report.table8, created: "2024-01-01" });
    await writeSpecToFile(spec, path.join(dir, `${String(index + 1).padStart(2, "0")} ${report.region}.xlsx`));
    rows += Object.values(tables).reduce((sum, t) => sum + t.length, 0) + 6;
  }
  const bytes = xlsxFiles(dir).reduce((sum, f) => sum + fs.statSync(f).size, 0);
  const meta = { size, files: reports.length, rows, bytes };
  fs.writeFileSync(path.join(dir, MANIFEST), JSON.stringify(meta));
  return meta;
}

// ---------------------------------------------------------------------------------------------
// Measuring.
// ---------------------------------------------------------------------------------------------

/** Runs a command under /usr/bin/time -v: wall and CPU seconds, peak RSS in MB, and its stdout. */
function timed(command, args) {
  const result = spawnSync("/usr/bin/time", ["-v", command, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} misslyckades (${result.status}):\n${result.stderr.slice(-3000)}`);
  const field = (label) => {
    const line = result.stderr.split("\n").find((l) => l.trim().startsWith(label));
    return line ? line.slice(line.lastIndexOf(": ") + 2).trim() : "";
  };
  const clock = field("Elapsed (wall clock) time").split(":").map(Number);
  const wall = clock.reduce((sum, part) => sum * 60 + part, 0);
  const cpu = Number(field("User time (seconds)")) + Number(field("System time (seconds)"));
  const rss = Number(field("Maximum resident set size (kbytes)")) / 1024;
  const lastLine = result.stdout.trim().split("\n").pop();
  let data = {};
  try {
    data = JSON.parse(lastLine);
  } catch {
    // The CLI prints its summary, not JSON.
  }
  return { wall, cpu, rss, data };
}

const BEFORE = (() => {
  const i = process.argv.indexOf("--before");
  return i >= 0 ? path.resolve(process.argv[i + 1]) : undefined;
})();

const MEASURES = {
  before: (dir) => timed(process.execPath, [path.join(BEFORE, "bin", "regionrapport.js"), "consolidate", dir, "--out", tmpOut("before")]),
  cli: (dir) => timed(process.execPath, [path.join(ROOT, "bin", "regionrapport.js"), "consolidate", dir, "--out", tmpOut("cli")]),
  phases: (dir) => timed(process.execPath, [__filename, "--child", "phases", dir]),
  exceljs: (dir) => timed(process.execPath, [__filename, "--child", "exceljs", dir]),
  sheetjs: (dir) => timed(process.execPath, [__filename, "--child", "sheetjs", dir]),
  stream: (dir) => timed(process.execPath, [__filename, "--child", "stream", dir]),
  pandas: (dir) => timed("python3", ["-c", PANDAS, dir, tmpOut("pandas")]),
};
const LABELS = {
  before: "regionrapport consolidate, före (--before)",
  cli: "regionrapport consolidate",
  phases: "  samma arbete med tidtagning",
  exceljs: "golv exceljs (hel objektmodell)",
  sheetjs: "golv SheetJS",
  stream: "golv exceljs strömmande läs+skriv",
  pandas: "golv pandas+openpyxl+xlsxwriter",
};

const median = (all) => {
  const values = all.filter((v) => Number.isFinite(v));
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toLocaleString("sv-SE", { maximumFractionDigits: digits, minimumFractionDigits: digits }).replace(/\u00a0/g, " ") : "–");

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Slope of log(y) against log(x): 1 is linear. */
function exponent(points) {
  const pts = points.filter(([x, y]) => x > 0 && y > 0);
  if (pts.length < 2) return NaN;
  const xs = pts.map(([x]) => Math.log(x));
  const ys = pts.map(([, y]) => Math.log(y));
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

async function parent(args) {
  const sizes = option(args, "--sizes", "100,1000,5000").split(",").map(Number);
  const runs = Number(option(args, "--runs", "3"));
  let names = option(args, "--only", `${BEFORE ? "before," : ""}cli,phases,exceljs,sheetjs,stream,pandas`).split(",");
  for (const n of names) if (!MEASURES[n]) throw new Error(`okänd mätning "${n}"; mätningar: ${Object.keys(MEASURES).join(", ")}`);
  if (names.includes("pandas") && !hasPandas()) {
    console.log("pandas, openpyxl eller xlsxwriter saknas för python3: pandas-golvet hoppas över.");
    names = names.filter((n) => n !== "pandas");
  }
  const given = option(args, "--dir");
  const root = given ? path.resolve(given) : fs.mkdtempSync(path.join(os.tmpdir(), "regionrapport-bench-"));
  const keep = args.includes("--keep") || !!given;
  console.log(`Regionrapport bench: ${runs} omgångar, varje mätning i en egen process, omgångarna omväxlande. Node ${process.version}, ${os.cpus().length} kärnor ${os.cpus()[0]?.model ?? ""}.`);

  const metas = new Map();
  const samples = new Map();
  try {
    for (const size of sizes) {
      const dir = path.join(root, `${size}-rader`);
      const t = Date.now();
      const reused = fs.existsSync(path.join(dir, MANIFEST));
      const meta = reused ? JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), "utf8")) : await generate(size, dir);
      metas.set(size, { ...meta, dir });
      console.log(`  ${size} rader/tabell: ${meta.files} arbetsböcker, ${fmt(meta.rows)} rader, ${fmt(meta.bytes / 1e6, 1)} MB (${reused ? "återanvända" : `skrivna på ${fmt((Date.now() - t) / 1000, 1)} s`})`);
    }
    for (let round = 1; round <= runs; round++) {
      for (const size of sizes) {
        for (const name of names) {
          let m;
          try {
            m = MEASURES[name](metas.get(size).dir);
            for (const tag of ["cli", "before", "pandas"]) fs.rmSync(tmpOut(tag), { force: true });
          } catch (error) {
            // A run that fails (the earlier CLI out of heap at 5,000 rows) is reported, not fatal.
            console.log(`  omgång ${round}, ${size} rader/tabell, ${name}: MISSLYCKADES ${String(error.message).split("\n").slice(-3).join(" ").slice(0, 300)}`);
            m = { wall: NaN, cpu: NaN, rss: NaN, data: {} };
          }
          const key = `${size}/${name}`;
          if (!samples.has(key)) samples.set(key, []);
          samples.get(key).push(m);
          console.log(`  omgång ${round}, ${size} rader/tabell, ${name}: ${fmt(m.wall, 1)} s, cpu ${fmt(m.cpu, 1)} s, ${fmt(m.rss)} MB`);
        }
      }
    }
  } finally {
    if (!keep) fs.rmSync(root, { recursive: true, force: true });
    else console.log(`Arbetsböckerna ligger kvar i ${root}.`);
  }

  // A measurement left out by --only has no samples: NaN, shown as "–".
  const med = (size, name, pick) => median((samples.get(`${size}/${name}`) ?? []).map(pick));
  const rows = [];
  for (const size of sizes) {
    const floor = { wall: med(size, "sheetjs", (s) => s.wall), cpu: med(size, "sheetjs", (s) => s.cpu), rss: med(size, "sheetjs", (s) => s.rss) };
    for (const name of names) {
      const wall = med(size, name, (s) => s.wall);
      const rss = med(size, name, (s) => s.rss);
      const cpu = med(size, name, (s) => s.cpu);
      rows.push([
        `${fmt(size)} (${fmt(metas.get(size).rows)} rader)`,
        LABELS[name],
        fmt(wall, 2),
        fmt(cpu, 2),
        fmt(rss),
        names.includes("sheetjs") ? `${fmt(wall / floor.wall, 2)}×` : "–",
        names.includes("sheetjs") ? `${fmt(cpu / floor.cpu, 2)}×` : "–",
        names.includes("sheetjs") ? `${fmt(rss / floor.rss, 2)}×` : "–",
      ]);
    }
  }
  console.log(`\n${table(["rader/tabell", "mätning", "vägg s", "cpu s", "topp-RSS MB", "vägg/SheetJS", "cpu/SheetJS", "minne/SheetJS"], rows)}`);

  if (names.includes("phases")) {
    const phaseRows = sizes.map((size) => {
      const p = (k) => fmt(med(size, "phases", (s) => s.data[k]) / 1000, 2);
      // The issue's measure for validation: at most the SheetJS floor's reading alone, plus 20 %.
      const sheetjsRead = names.includes("sheetjs") ? med(size, "sheetjs", (s) => s.data.read) : NaN;
      const ratio = med(size, "phases", (s) => s.data.validate) / sheetjsRead;
      return [fmt(size), p("read"), p("recognise"), p("validate"), p("consolidate"), p("write"), fmt(sheetjsRead / 1000, 2), Number.isFinite(ratio) ? `${fmt(ratio, 2)}×` : "–"];
    });
    console.log(
      `\n${table(["rader/tabell", "läsa s", "känna igen s (ensam)", "validera s (ensam)", "sammanställa s (med igenkänning+validering)", "skriva s", "SheetJS läsa s", "validera/SheetJS-läsning"], phaseRows)}`
    );
  }
  if (sizes.length > 1) {
    const expRows = names.map((name) => [
      LABELS[name].trim(),
      fmt(exponent(sizes.map((size) => [metas.get(size).rows, med(size, name, (s) => s.wall)])), 2),
      fmt(exponent(sizes.map((size) => [metas.get(size).rows, med(size, name, (s) => s.cpu)])), 2),
      fmt(exponent(sizes.map((size) => [metas.get(size).rows, med(size, name, (s) => s.rss)])), 2),
    ]);
    console.log(`\n${table(["exponent mot antal rader", "vägg", "cpu", "minne"], expRows)}`);
  }
  console.log(
    "\nvägg/cpu: median av omgångarna (cpu = user + system, under /usr/bin/time -v). topp-RSS: högsta resident minne i mätningens process." +
      "\nvägg/SheetJS, cpu/SheetJS, minne/SheetJS: kvoten mot SheetJS-golvet i samma storlek (på en delad maskin säger cpu mest)." +
      "\nExponent 1 = kostnaden växer linjärt med raderna (100 rader/tabell domineras av uppstarten: jämför hellre 1 000 och 5 000)."
  );
}

module.exports = { generate, MANIFEST };

if (require.main === module) {
  const args = process.argv.slice(2);
  const done = args[0] === "--child" ? child(args[1], args[2]) : parent(args);
  done.catch((error) => {
    console.error(args[0] === "--child" && error && error.stack ? error.stack : error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
