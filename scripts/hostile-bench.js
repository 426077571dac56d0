#!/usr/bin/env node
/**
 * The heavy hostile workbooks, too large for npm test: generated into a temporary folder (nothing
 * committed), each read alone by loadWorkbook and consolidated beside the 21 demo workbooks by the
 * real CLI, in processes of their own under /usr/bin/time -v. Prints, for each: what the reader
 * said (its kind and message, or the rows it read), wall time, CPU and peak memory, and for the
 * consolidation its exit code and the rows in the master (the other 21 files' rows must all be there).
 *
 *   npm run build:cli && node scripts/hostile-bench.js [--only name,...] [--keep DIR]
 *
 * The light hostile files (encrypted, .xls, .ods, damaged parts, DTDs, lying headers, characters
 * XML cannot carry, …) are in test/xlsx/hostile.test.ts and run with npm test.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { Zip, ZipDeflate, ZipPassThrough, strToU8 } = require("fflate");
const { buildXlsx, sheetXml, textCell, stylesXml, withDeclaredSize } = require("./xlsx-fixtures");

const ROOT = path.join(__dirname, "..");
const LIB = process.env.BENCH_LIB || path.join(ROOT, "lib");
const HEADER = ["Region", "Namn på insats och kort beskrivning", "Resultat i form av uppnådda prestationer under året", "Om möjligt resultat i form av uppnådda effekter under året", "Mål"];
const TITLE = "Tabell 1. Likvärdiga möjligheter till boende, arbete och välfärd i hela landet";

/** Rows 1–3 of a table sheet (title, blank, header) as sheetData XML. */
const head = () => `<row r="1">${textCell("A1", TITLE)}</row><row r="3">${HEADER.map((h, i) => textCell(`${"ABCDE"[i]}3`, h)).join("")}</row>`;
const dataRow = (r, region = "Blekinge") => `<row r="${r}">${[region, `Insats ${r}`, "Prestation", "Effekt", "Mål i RUS"].map((v, i) => textCell(`${"ABCDE"[i]}${r}`, v)).join("")}</row>`;
const info = (region) => ({ name: "Information", xml: sheetXml(`<row r="3">${textCell("A3", "Region")}${textCell("B3", region)}</row><row r="4">${textCell("A4", "År")}<c r="B4"><v>2023</v></c></row>`) });

/** A zip written in pieces (fflate's streaming Zip), for parts too large to hold in memory. */
function streamedZip(file, parts) {
  const out = fs.openSync(file, "w");
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    fs.writeSync(out, chunk);
  });
  for (const [name, pieces, level] of parts) {
    const entry = level === 0 ? new ZipPassThrough(name) : new ZipDeflate(name, { level: level ?? 6 });
    zip.add(entry);
    let previous;
    for (const piece of pieces()) {
      if (previous !== undefined) entry.push(previous);
      previous = typeof piece === "string" ? strToU8(piece) : piece;
    }
    entry.push(previous ?? new Uint8Array(0), true);
  }
  zip.end();
  fs.closeSync(out);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** The parts buildXlsx makes for one sheet, with the sheet given as pieces. */
function packageParts(sheetPieces, extra = []) {
  const small = buildXlsx({ sheets: [info("Blekinge"), { name: "Tabell 1", xml: "<worksheet/>" }], styles: stylesXml(["@"]) });
  const { unzipSync } = require("fflate");
  const parts = Object.entries(unzipSync(small))
    .filter(([name]) => name !== "xl/worksheets/sheet2.xml")
    .map(([name, data]) => [name, () => [data]]);
  return [...parts, ["xl/worksheets/sheet2.xml", sheetPieces], ...extra];
}

const CASES = {
  "million-rows": {
    what: "1 000 000 datarader i tabell 1 (ett blad på ~400 MB uppackat)",
    make: (file) =>
      streamedZip(
        file,
        packageParts(function* () {
          yield `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${head()}`;
          let batch = "";
          for (let r = 4; r < 1_000_004; r++) {
            batch += dataRow(r);
            if (batch.length > 1 << 20) {
              yield batch;
              batch = "";
            }
          }
          yield `${batch}</sheetData></worksheet>`;
        })
      ),
  },
  "rows-under-limit": {
    what: "99 000 datarader i tabell 1 (under gränsen 100 000)",
    make: (file) =>
      fs.writeFileSync(
        file,
        buildXlsx({ sheets: [info("Blekinge"), { name: "Tabell 1", xml: sheetXml(head() + Array.from({ length: 99_000 }, (_, i) => dataRow(i + 4)).join("")) }] })
      ),
  },
  "whole-sheet-dropdown": {
    what: "en rullista över hela bladet, A1:XFD1048576 (16 kB-arbetsbok)",
    make: (file) =>
      fs.writeFileSync(
        file,
        buildXlsx({
          sheets: [info("Blekinge"), { name: "Tabell 1", xml: sheetXml(head() + dataRow(4), `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"Ja,Nej"</formula1></dataValidation></dataValidations>`) }],
        })
      ),
  },
  "whole-column-dropdowns": {
    what: "rullistor över hela kolumnerna A–E",
    make: (file) =>
      fs.writeFileSync(
        file,
        buildXlsx({
          sheets: [
            info("Blekinge"),
            {
              name: "Tabell 1",
              xml: sheetXml(head() + dataRow(4), `<dataValidations count="5">${"ABCDE".split("").map((c) => `<dataValidation type="list" sqref="${c}1:${c}1048576"><formula1>"Ja,Nej"</formula1></dataValidation>`).join("")}</dataValidations>`),
            },
          ],
        })
      ),
  },
  "formatted-to-1048576": {
    what: "27 rader med innehåll och textformaterade tomma celler ned till rad 1 048 576 (en cell per rad)",
    make: (file) =>
      streamedZip(
        file,
        packageParts(function* () {
          yield `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${head()}`;
          for (let r = 4; r < 28; r++) yield dataRow(r);
          let batch = "";
          for (let r = 28; r <= 1_048_576; r++) {
            batch += `<row r="${r}"><c r="E${r}" s="1"/></row>`;
            if (batch.length > 1 << 20) {
              yield batch;
              batch = "";
            }
          }
          yield `${batch}</sheetData></worksheet>`;
        })
      ),
  },
  "formatted-5-columns-to-1048576": {
    what: "samma med fem tomma formaterade celler per rad (bladet ~130 MB uppackat)",
    make: (file) =>
      streamedZip(
        file,
        packageParts(function* () {
          yield `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${head()}`;
          for (let r = 4; r < 28; r++) yield dataRow(r);
          let batch = "";
          for (let r = 28; r <= 1_048_576; r++) {
            batch += `<row r="${r}">${"ABCDE".split("").map((c) => `<c r="${c}${r}" s="1"/>`).join("")}</row>`;
            if (batch.length > 1 << 20) {
              yield batch;
              batch = "";
            }
          }
          yield `${batch}</sheetData></worksheet>`;
        })
      ),
  },
  "zip-bomb": {
    what: "ett blad som packas upp till 1 GB (ca 1 MB packat)",
    make: (file) =>
      streamedZip(
        file,
        packageParts(function* () {
          yield `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${head()}${dataRow(4)}</sheetData>`;
          const blank = new Uint8Array(1 << 24).fill(0x20);
          for (let i = 0; i < 64; i++) yield blank;
          yield "</worksheet>";
        }).map((p) => (p[0] === "xl/worksheets/sheet2.xml" ? [...p.slice(0, 2), 9] : p))
      ),
  },
  "lying-header-524mb": {
    what: "ett blad vars zip-katalog säger 524 MB uppackat",
    make: (file) => fs.writeFileSync(file, withDeclaredSize(buildXlsx({ sheets: [info("Blekinge"), { name: "Tabell 1", xml: sheetXml(head() + dataRow(4)) }] }), "xl/worksheets/sheet2.xml", 524 * 1024 * 1024)),
  },
  "large-media": {
    what: "en oreferad mediadel på 60 MB (filen över gränsen 50 MB)",
    make: (file) =>
      streamedZip(file, [
        ...packageParts(() => [sheetXml(head() + dataRow(4))]),
        [
          "xl/media/image1.png",
          function* () {
            const chunk = new Uint8Array(1 << 20);
            for (let i = 0; i < 60; i++) {
              for (let j = 0; j < chunk.length; j++) chunk[j] = (j * 2654435761 + i) >>> 24;
              yield chunk;
            }
          },
          0,
        ],
      ]),
  },
  "long-cell": {
    what: "en cell med 40 000 tecken (Excel rymmer 32 767)",
    make: (file) => fs.writeFileSync(file, buildXlsx({ sheets: [info("Blekinge"), { name: "Tabell 1", xml: sheetXml(head() + `<row r="4">${textCell("A4", "Blekinge")}${textCell("B4", "x".repeat(40_000))}</row>`) }] })),
  },
};

// ---------------------------------------------------------------------------------------------

async function readChild(file) {
  const { loadWorkbook } = require(path.join(LIB, "xlsx"));
  try {
    const { sheets } = await loadWorkbook(file);
    const rows = sheets.reduce((n, s) => n + s.values.filter((r) => r.some((v) => v !== null && v !== "")).length, 0);
    const validations = (await loadWorkbook(file)).snapshot.sheets.flatMap((s) => s.validations.map((v) => v.range));
    return { ok: true, rows, gridRows: sheets.map((s) => s.values.length), validations };
  } catch (error) {
    return { ok: false, kind: error.kind, message: error.message };
  }
}

/** Runs node ARGS under /usr/bin/time -v; stdout goes through a file (a pipe may be cut short by an exiting CLI). */
function timed(args) {
  const out = path.join(os.tmpdir(), `regionrapport-hostile-stdout-${process.pid}.txt`);
  const fd = fs.openSync(out, "w");
  const result = spawnSync("/usr/bin/time", ["-v", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 26, stdio: ["ignore", fd, "pipe"] });
  fs.closeSync(fd);
  result.stdout = fs.readFileSync(out, "utf8");
  fs.rmSync(out, { force: true });
  const field = (label) => {
    const line = result.stderr.split("\n").find((l) => l.trim().startsWith(label));
    return line ? line.slice(line.lastIndexOf(": ") + 2).trim() : "";
  };
  const wall = field("Elapsed (wall clock) time").split(":").map(Number).reduce((s, p) => s * 60 + p, 0);
  const cpu = Number(field("User time (seconds)")) + Number(field("System time (seconds)"));
  const rss = Number(field("Maximum resident set size (kbytes)")) / 1024;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, wall, cpu, rss };
}

const fmt = (n, d = 1) => n.toLocaleString("sv-SE", { maximumFractionDigits: d, minimumFractionDigits: d }).replace(/\u00a0/g, " ");

async function main(args) {
  if (args[0] === "--read") {
    process.stdout.write(JSON.stringify(await readChild(args[1])) + "\n");
    return;
  }
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1].split(",") : Object.keys(CASES);
  const keep = args.includes("--keep") ? path.resolve(args[args.indexOf("--keep") + 1]) : undefined;
  const root = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), "regionrapport-hostile-"));
  fs.mkdirSync(root, { recursive: true });
  try {
    const demo = path.join(root, "demo");
    if (!fs.existsSync(path.join(demo, "regioner"))) spawnSync(process.execPath, [path.join(ROOT, "bin", "regionrapport.js"), "demo", "--out", demo], { stdio: "ignore" });
    const regional = path.join(demo, "regioner");
    // Every hostile file says it is Blekinge's; the other 20 regions' demo workbooks go beside it,
    // so whatever happens to the hostile file, those 20 files' rows must all reach the master.
    const clean = fs.readdirSync(regional).filter((f) => f.endsWith(".xlsx") && !/blekinge/i.test(f));
    console.log(`Tunga fientliga arbetsböcker (${only.length}), var och en läst ensam och sammanställd med de ${clean.length} andra regionernas demoarbetsböcker. Node ${process.version}.`);
    const cleanRows = (() => {
      const folder = path.join(root, "rena");
      fs.mkdirSync(folder, { recursive: true });
      for (const f of clean) fs.copyFileSync(path.join(regional, f), path.join(folder, f));
      const r = timed([path.join(ROOT, "bin", "regionrapport.js"), "consolidate", folder, "--out", path.join(root, "ren.xlsx"), "--json"]);
      return JSON.parse(r.stdout).reconciliation?.total?.rowsInMaster;
    })();
    console.log(`  de ${clean.length} rena ger ${cleanRows} rader i sammanställningen.\n`);
    for (const name of only) {
      const c = CASES[name];
      const file = path.join(root, `${name}.xlsx`);
      const t = Date.now();
      if (!fs.existsSync(file)) c.make(file);
      const size = fs.statSync(file).size;
      const read = timed([__filename, "--read", file]);
      const outcome = read.status === 0 ? JSON.parse(read.stdout.trim().split("\n").pop()) : { ok: false, message: `processen avslutades med ${read.status}: ${read.stderr.slice(-300)}` };
      // Consolidate beside the clean workbooks: a folder with the 21 and the hostile file.
      const folder = path.join(root, `mapp-${name}`);
      fs.mkdirSync(folder, { recursive: true });
      for (const f of clean) fs.copyFileSync(path.join(regional, f), path.join(folder, f));
      fs.copyFileSync(file, path.join(folder, `${name}.xlsx`));
      const run = timed([path.join(ROOT, "bin", "regionrapport.js"), "consolidate", folder, "--out", path.join(root, `master-${name}.xlsx`), "--json"]);
      let inMaster = "–";
      try {
        inMaster = JSON.parse(run.stdout).reconciliation.total.rowsInMaster;
      } catch {
        // Not JSON: the run failed; its exit code says so.
      }
      fs.rmSync(folder, { recursive: true, force: true });
      console.log(`${name}: ${c.what}; ${fmt(size / 1e6, 2)} MB på disk (gjord på ${fmt((Date.now() - t) / 1000)} s)`);
      console.log(`  läsa: ${fmt(read.wall, 2)} s, cpu ${fmt(read.cpu, 2)} s, topp ${fmt(read.rss, 0)} MB → ${outcome.ok ? `läst: ${outcome.rows} rader med innehåll, rutnät ${JSON.stringify(outcome.gridRows)} rader${outcome.validations.length ? `, rullistor ${outcome.validations.join(" ")}` : ""}` : `[${outcome.kind}] ${outcome.message}`}`);
      console.log(`  sammanställa med de rena: ${fmt(run.wall, 2)} s, cpu ${fmt(run.cpu, 2)} s, topp ${fmt(run.rss, 0)} MB, slutkod ${run.status}, ${inMaster} rader i sammanställningen (de ${clean.length} rena ensamma: ${cleanRows}${outcome.ok ? `, + filens egna rader` : ""})\n`);
    }
  } finally {
    if (!keep) fs.rmSync(root, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
