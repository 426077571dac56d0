#!/usr/bin/env node
/**
 * Benchmark: how long reading report workbooks takes, what validation adds, and what consolidation
 * costs beside the floor (reading the same files and writing their rows, nothing else).
 *
 *   npm run bench                          compiles the CLI (lib/) and runs sizes sample and 100,
 *                                          phases load, validate, floor, consolidate
 *   node scripts/bench.js [--sizes sample,100,1000] [--runs 3] [--regions 21]
 *                         [--phases load,validate,floor,consolidate] [--dir DIR] [--keep]
 *
 * The 1,000-row size is not in the default run because it is slow (see timings below); run it with
 *   npm run build:cli && node scripts/bench.js --sizes 1000 --phases floor,consolidate --runs 1
 * (add load,validate for the whole table; --dir DIR --keep reuses the generated workbooks next time).
 *
 * Sizes: "sample" is the 21 regional workbooks filled with the published 2023 rows as they are;
 * a number N is 21 synthetic workbooks with N rows in each of tables 1–7 (each region's sample rows
 * repeated, the activity numbered so rows are not duplicates), plus table 8's six answers.
 * Workbooks are written with the product's own writer (buildTemplate + writeSpecToFile from lib/)
 * into a temporary folder (--dir to choose it, --keep to leave it).
 *
 * Each measurement runs in a child process of its own (`node scripts/bench.js --child PHASE DIR`)
 * so every phase's peak RSS (process.resourceUsage().maxRSS) is its own; each is run --runs times
 * and the median is printed. Phases (PHASES below):
 *   load         loadWorkbook on every file, nothing else
 *   validate     loadWorkbook + validateWorkbook on every file; validation is also timed on its own,
 *                which gives the throughput (rows per second of validation, load excluded)
 *   floor        read every file with exceljs and write all data rows as plain values into one
 *                workbook: the least any consolidation can cost
 *   consolidate  what `regionrapport consolidate` does: loadWorkbook on every file, consolidate (with
 *                validation, the default), writeSpecToFile of the master; printed as a whole and as
 *                read / consolidate / write, with the ratio to the floor (time and peak RSS)
 *
 * Figures (shared 2-core AMD EPYC, Node 20, noisy: each measured twice, the earlier code alongside):
 *   100 rows/table (14,826 rows):   floor 3.0–3.2 s, 223–225 MB; consolidate 4.3–5.2 s
 *                                   (read 2.0–2.6 / consolidate 0.56 / write 1.9–2.1 s), 260–274 MB:
 *                                   1.35–1.75× the floor's time, 1.2× its RSS
 *                                   (before: consolidate step 1.7–2.0 s, 6.2–6.6 s in all, 1.49–1.52× a 4.0–4.4 s floor)
 *   1,000 rows/table (147,126 rows): floor 14.1–19.9 s, 1,160–1,170 MB; consolidate 19.0–25.4 s
 *                                   (read 4.9–7.1 / consolidate 2.8–4.0 / write 11.3–14.3 s), 1,630–1,670 MB:
 *                                   1.28–1.34× the floor's time, 1.4× its RSS
 *                                   (before: consolidate step 8.7–11.2 s, 25.5–31.8 s in all, 1.65–2.0×, 1,815 MB)
 *   npm run bench on a quiet machine afterwards (median of 3): sample 0.88× time / 1.01× RSS (1.7 s vs floor 2.0 s);
 *                                   100 rows/table 3.3 s vs floor 2.8 s, 1.17× / 1.18×; validation 47,000 rows/s, 20 % of load.
 * The consolidate step got cheaper by recognising each Mål text once per region for validation and
 * goal coverage together, normalising only rows whose activity another row shares (duplicates), and
 * no longer copying a table's rows for each row (placeholder rule). What is left beside the floor is
 * mostly loadWorkbook's read and the write (exceljs serialising and zipping a master with more columns
 * than the floor: lineage, styles, the report sheets). The 1.3× target is about reached at 1,000
 * rows/table (1.28–1.34×); at 100 rows/table it is met only in quiet runs. (The sample size was not
 * measured again: 1.16× time / 1.02× RSS before.)
 *
 * Requires the compiled core (npm run build:cli; BENCH_LIB=DIR measures another compiled copy of lib/);
 * plain Node, no other dependencies than exceljs.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const LIB = process.env.BENCH_LIB || path.join(__dirname, "..", "lib");
const SAMPLE = path.join(__dirname, "..", "data", "sample-2023.json");
const MANIFEST = "bench-manifest.json";

const lib = (module) => require(path.join(LIB, module));

function xlsxFiles(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(dir, f));
}

const msSince = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const now = () => process.hrtime.bigint();

/** Peak resident set size of this process so far, in MB (maxRSS is in kilobytes). */
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

// ---------------------------------------------------------------------------------------------
// Phases. Each runs in its own child process over one folder of workbooks and returns its
// figures: ms (wall time of the whole phase) and, where it has one, workMs (the part the phase
// is about, without reading the files).
// ---------------------------------------------------------------------------------------------
const PHASES = {
  load: {
    label: "läsa",
    implemented: true,
    async run(files) {
      const { loadWorkbook } = lib("xlsx");
      const start = now();
      for (const file of files) await loadWorkbook(file);
      return { ms: msSince(start) };
    },
  },
  validate: {
    label: "läsa+validera",
    implemented: true,
    async run(files) {
      const { loadWorkbook } = lib("xlsx");
      const { validateWorkbook } = lib("core/validation");
      const start = now();
      let workMs = 0;
      let findings = 0;
      for (const file of files) {
        const { sheets } = await loadWorkbook(file);
        const t = now();
        findings += validateWorkbook(sheets, { file }).findings.length;
        workMs += msSince(t);
      }
      return { ms: msSince(start), workMs, findings };
    },
  },
  floor: {
    label: "golv (läsa+skriva rader)",
    implemented: true,
    async run(files) {
      const ExcelJS = require("exceljs");
      const { plainValue } = lib("xlsx");
      const { HEADER_ROW } = lib("core/template");
      const start = now();
      const out = new ExcelJS.Workbook();
      const targets = new Map();
      let rows = 0;
      for (const file of files) {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(file);
        for (const sheet of workbook.worksheets) {
          if (!/^Tabell \d$/.test(sheet.name)) continue;
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
      const file = path.join(os.tmpdir(), `regionrapport-bench-floor-${process.pid}.xlsx`);
      await out.xlsx.writeFile(file);
      fs.rmSync(file, { force: true });
      return { ms: msSince(start), rows };
    },
  },
  consolidate: {
    label: "konsolidera",
    implemented: true,
    // What `regionrapport consolidate DIR --out master.xlsx` does, without the terminal output:
    // loadWorkbook on every file, consolidate (validation on, as the command runs it), write the master.
    async run(files) {
      const { loadWorkbook, writeSpecToFile } = lib("xlsx");
      const { consolidate } = lib("core/consolidation");
      const start = now();
      const inputs = [];
      for (const file of files) {
        const fileDate = fs.statSync(file).mtime.toISOString();
        inputs.push({ file: path.basename(file), grids: (await loadWorkbook(file)).sheets, fileDate });
      }
      const loadMs = msSince(start);
      const t = now();
      const result = consolidate(inputs, { validate: true });
      const workMs = msSince(t);
      const w = now();
      const file = path.join(os.tmpdir(), `regionrapport-bench-master-${process.pid}.xlsx`);
      await writeSpecToFile(result.spec, file);
      fs.rmSync(file, { force: true });
      const writeMs = msSince(w);
      return { ms: msSince(start), loadMs, workMs, writeMs, rows: result.reconciliation.total.rowsInMaster };
    },
  },
};

async function child(phase, dir) {
  const entry = PHASES[phase];
  if (!entry) throw new Error(`okänd fas ${phase}`);
  const result = await entry.run(xlsxFiles(dir));
  process.stdout.write(JSON.stringify({ ...result, peakRssMb: peakRssMb() }) + "\n");
}

// ---------------------------------------------------------------------------------------------
// Workbooks to measure.
// ---------------------------------------------------------------------------------------------

/** Each region's rows of tables 1–7 repeated to `perTable` rows per table, the activity numbered. */
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

async function generate(size, dir, regions) {
  const { buildTemplate } = lib("core/template");
  const { reportsFromSample } = lib("core/sample");
  const { writeSpecToFile } = lib("xlsx");
  const reports = reportsFromSample(JSON.parse(fs.readFileSync(SAMPLE, "utf8"))).slice(0, regions);
  fs.mkdirSync(dir, { recursive: true });
  let rows = 0;
  for (const [index, report] of reports.entries()) {
    const pool = Object.values(report.tables).flat();
    const tables = size === "sample" ? report.tables : syntheticTables(report, pool, Number(size));
    const spec = buildTemplate({ region: report.region, year: report.year, rows: tables, table8: report.table8, created: "2024-01-01" });
    await writeSpecToFile(spec, path.join(dir, `${String(index + 1).padStart(2, "0")} ${report.region}.xlsx`));
    // Tables 1–7's rows, plus table 8's six answer rows.
    rows += Object.values(tables).reduce((sum, t) => sum + t.length, 0) + 6;
  }
  const bytes = xlsxFiles(dir).reduce((sum, f) => sum + fs.statSync(f).size, 0);
  fs.writeFileSync(path.join(dir, MANIFEST), JSON.stringify({ size, files: reports.length, rows, bytes }));
  return { size, files: reports.length, rows, bytes };
}

// ---------------------------------------------------------------------------------------------
// Measuring and printing.
// ---------------------------------------------------------------------------------------------

function measure(phase, dir) {
  const result = spawnSync(process.execPath, [__filename, "--child", phase, dir], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`fasen ${phase} i ${dir} misslyckades:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop());
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const fmt = (n, digits = 0) => n.toLocaleString("sv-SE", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

async function parent(args) {
  const sizes = option(args, "--sizes", "sample,100").split(",");
  const runs = Number(option(args, "--runs", "3"));
  const regions = Number(option(args, "--regions", "21"));
  const phases = option(args, "--phases", "load,validate,floor,consolidate").split(",");
  for (const p of phases) {
    if (!PHASES[p]) throw new Error(`okänd fas "${p}"; faser: ${Object.keys(PHASES).join(", ")}`);
    if (!PHASES[p].implemented) throw new Error(`fasen "${p}" är inte implementerad ännu.`);
  }
  const given = option(args, "--dir");
  const root = given ? path.resolve(given) : fs.mkdtempSync(path.join(os.tmpdir(), "regionrapport-bench-"));
  const keep = args.includes("--keep") || !!given;

  console.log(`Regionrapport bench: ${runs} körningar per mätning (median), varje mätning i en egen process. Node ${process.version}, ${os.cpus()[0]?.model ?? "okänd cpu"}.`);
  const results = [];
  try {
    for (const size of sizes) {
      const dir = path.join(root, size === "sample" ? "exempel" : `${size}-rader`);
      const manifestFile = path.join(dir, MANIFEST);
      const t = Date.now();
      const reused = fs.existsSync(manifestFile);
      const meta = reused ? JSON.parse(fs.readFileSync(manifestFile, "utf8")) : await generate(size, dir, regions);
      const label = size === "sample" ? "exempel 2023" : `${size} rader/tabell`;
      console.log(`  ${label}: ${meta.files} arbetsböcker, ${fmt(meta.rows)} rader, ${fmt(meta.bytes / 1e6, 1)} MB (${reused ? "återanvända" : `skrivna på ${fmt((Date.now() - t) / 1000, 1)} s`})`);
      const figures = {};
      for (const phase of phases) {
        const samples = [];
        for (let run = 0; run < runs; run++) samples.push(measure(phase, dir));
        figures[phase] = {
          ms: median(samples.map((s) => s.ms)),
          workMs: samples[0].workMs === undefined ? undefined : median(samples.map((s) => s.workMs)),
          peakRssMb: median(samples.map((s) => s.peakRssMb)),
          findings: samples[0].findings,
          ...(phase === "consolidate"
            ? { loadMs: median(samples.map((s) => s.loadMs)), writeMs: median(samples.map((s) => s.writeMs)) }
            : {}),
        };
        process.stdout.write(`    ${PHASES[phase].label}: ${fmt(figures[phase].ms)} ms\n`);
      }
      results.push({ label, meta, figures });
    }
  } finally {
    if (!keep) fs.rmSync(root, { recursive: true, force: true });
    else console.log(`Arbetsböckerna ligger kvar i ${root}.`);
  }

  const header = ["storlek", "filer", "rader"];
  if (phases.includes("load")) header.push("läsa ms", "RSS läsa MB");
  if (phases.includes("validate")) header.push("läsa+validera ms", "varav validera ms", "rader/s validering", "validering/läsning", "RSS validera MB", "fynd");
  if (phases.includes("floor")) header.push("golv ms", "RSS golv MB");
  if (phases.includes("consolidate")) header.push("konsolidera ms", "varav läsa/samm./skriva ms", "RSS konsolidera MB");
  if (phases.includes("floor") && phases.includes("consolidate")) header.push("konsolidera/golv tid", "konsolidera/golv RSS");
  const rows = results.map(({ label, meta, figures: f }) => {
    const row = [label, meta.files, fmt(meta.rows)];
    if (f.load) row.push(fmt(f.load.ms), fmt(f.load.peakRssMb));
    if (f.validate) {
      const v = f.validate;
      const ratio = f.load ? `${fmt((v.workMs / f.load.ms) * 100)} %` : "–";
      row.push(fmt(v.ms), fmt(v.workMs), fmt(meta.rows / (v.workMs / 1000)), ratio, fmt(v.peakRssMb), fmt(v.findings));
    }
    if (f.floor) row.push(fmt(f.floor.ms), fmt(f.floor.peakRssMb));
    if (f.consolidate) {
      const c = f.consolidate;
      row.push(fmt(c.ms), `${fmt(c.loadMs)} / ${fmt(c.workMs)} / ${fmt(c.writeMs)}`, fmt(c.peakRssMb));
    }
    if (f.floor && f.consolidate) {
      row.push(`${fmt(f.consolidate.ms / f.floor.ms, 2)}×`, `${fmt(f.consolidate.peakRssMb / f.floor.peakRssMb, 2)}×`);
    }
    return row;
  });
  console.log(`\n${table(header, rows)}`);
  console.log(
    "\nläsa: loadWorkbook på varje fil. validera: validateWorkbook, tid utan läsningen; rader/s = rader i tabell 1–8 / valideringstid." +
      "\nvalidering/läsning: valideringens tid i procent av läsningens. RSS: högsta resident minne i mätningens egen process (median)." +
      "\ngolv: läsa filerna med exceljs och skriva alla rader som värden i en arbetsbok. konsolidera: loadWorkbook + consolidate" +
      "\n(med validering) + writeSpecToFile, uppdelat i läsa / sammanställa / skriva. Målet är konsolidera/golv ≤ 1,3×."
  );
}

const args = process.argv.slice(2);
const done = args[0] === "--child" ? child(args[1], args[2]) : parent(args);
done.catch((error) => {
  // A child's failure carries the child's stack in its message; the parent's own errors are usage.
  console.error(args[0] === "--child" && error && error.stack ? error.stack : error instanceof Error ? error.message : String(error));
  process.exit(1);
});
