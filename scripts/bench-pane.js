#!/usr/bin/env node
/**
 * The task pane's two figures, printed (never asserted):
 *   1. its initial JavaScript, gzipped: every script taskpane.html loads at start (office.js aside),
 *      from a production build of the add-in;
 *   2. the longest main-thread task (PerformanceObserver "longtask") and the longest wait for a click to
 *      be answered while the preview build in headless Chromium (/usr/bin/chromium, playwright-core)
 *      reads and consolidates 21 regions × 7 tables × 1,000 rows, and the same while it writes the master.
 *
 *   node scripts/bench-pane.js [--rows 1000] [--dir DIR]     (npm run bench runs it first; needs lib/)
 *
 * The 21 workbooks are written by the product's own template writer (scripts/bench.js generate), into
 * a temporary folder reused between runs.
 *
 * Figures (2 shared cores, 2 Dec 2026): initial JS 289.7 KB gzipped (310 KB before Sammanställ and
 * Publikation became lazy). Consolidation 21 × 7 × 1,000 (147,126 rows) 13.5 s in the worker: longest
 * main-thread task 0 ms (none over 50 ms), longest click wait 7 ms. Writing into the preview's in-memory
 * workbook 8.8 s: longest task 253 ms, longest click wait 113 ms (the in-memory Excel does a part's work
 * synchronously; in Excel a sync waits off the main thread). Before: one 5.5 s task (the figure);
 * with the whole result posted in one message, a 1,042 ms task to copy it onto the main thread.
 */
/* global window, document */
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const zlib = require("zlib");

const ROOT = path.join(__dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
}

function build(outDir) {
  process.env.OFFICE_ADDIN_USAGE_DATA_OPT_OUT = "true";
  const webpack = require("webpack");
  const { buildConfigs } = require(path.join(ROOT, "webpack.config.js"));
  const configs = [
    buildConfigs({ kind: "addin", baseUrl: "https://bench.example/addin/", outDir: path.join(outDir, "addin") }),
    buildConfigs({ kind: "preview", outDir: path.join(outDir, "preview") }),
  ];
  return new Promise((resolve, reject) =>
    webpack(configs, (error, stats) => (error || stats.hasErrors() ? reject(error || new Error(stats.toString({ all: false, errors: true }))) : resolve()))
  );
}

/** Every local script taskpane.html loads at start, gzipped (level 9), in bytes. */
function initialJs(addinDir) {
  const html = fs.readFileSync(path.join(addinDir, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  return scripts.map((src) => {
    const bytes = fs.readFileSync(path.join(addinDir, src));
    return { src, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
}

function serve(root) {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript" };
  const server = http.createServer((req, res) => {
    const file = path.join(root, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

/** In the page from the start: long tasks and click delays (handler time − the event's own time stamp). */
function probe() {
  const w = window;
  w.__bench = { tasks: [], clicks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  document.addEventListener("click", (event) => {
    if (event.target && event.target.id === "bench-probe") w.__bench.clicks.push({ at: event.timeStamp, delay: performance.now() - event.timeStamp });
  }, true);
}

/** Clicks a probe button every 250 ms until `done` resolves; returns the phase's longest task and click delay. */
async function measure(page, action, done) {
  const start = await page.evaluate(() => performance.now());
  let running = true;
  const clicking = (async () => {
    while (running) {
      await page.mouse.click(5, 895).catch(() => {});
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  const t0 = Date.now();
  await action();
  await done();
  const seconds = (Date.now() - t0) / 1000;
  running = false;
  await clicking;
  const end = await page.evaluate(() => performance.now());
  return page.evaluate(
    ({ start, end, seconds }) => {
      const inside = (x) => x >= start && x <= end;
      const tasks = window.__bench.tasks.filter((t) => inside(t.start));
      const clicks = window.__bench.clicks.filter((c) => inside(c.at));
      return {
        seconds,
        longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
        longTasks: tasks.length,
        clicks: clicks.length,
        longestClick: Math.max(0, ...clicks.map((c) => c.delay)),
      };
    },
    { start, end, seconds }
  );
}

async function main() {
  const args = process.argv.slice(2);
  const rows = Number(option(args, "--rows", "1000"));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "regionrapport-bench-pane-"));
  try {
    console.log("Task pane bench: building the add-in and the preview (production) …");
    await build(work);
    const scripts = initialJs(path.join(work, "addin"));
    const gz = scripts.reduce((n, s) => n + s.gzip, 0);
    for (const s of scripts) console.log(`  ${s.src}: ${(s.raw / 1024).toFixed(0)} KB, ${(s.gzip / 1024).toFixed(1)} KB gzipped`);
    console.log(`Initial JS of the pane (office.js aside): ${(gz / 1024).toFixed(1)} KB gzipped`);

    const { generate, MANIFEST } = require("./bench.js");
    const dir = path.resolve(option(args, "--dir", path.join(os.tmpdir(), `regionrapport-bench-pane-${rows}`)));
    if (!fs.existsSync(path.join(dir, MANIFEST))) {
      console.log(`Writing 21 workbooks × 7 tables × ${rows} rows to ${dir} …`);
      await generate(rows, dir);
    }
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort().map((f) => path.join(dir, f));

    const server = await serve(path.join(work, "preview"));
    const { chromium } = require("playwright-core");
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"] });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      page.setDefaultTimeout(15 * 60_000);
      await page.addInitScript(probe);
      await page.goto(`${server.url}/preview.html?view=sammanstall`);
      await page.getByTestId("consolidate-files").waitFor({ state: "attached" });
      // A probe button in a corner of the page: its click handler's delay is the page's answer time.
      await page.evaluate(() => {
        const b = document.createElement("button");
        b.id = "bench-probe";
        b.textContent = "·";
        Object.assign(b.style, { position: "fixed", left: "0", bottom: "0", width: "12px", height: "12px", zIndex: "9999" });
        document.body.appendChild(b);
      });
      const consolidation = await measure(page, () => page.getByTestId("consolidate-files").setInputFiles(files), () => page.getByTestId("reconciliation").waitFor());
      const line = await page.getByTestId("reconciliation").textContent();
      console.log(`Consolidation of ${files.length} workbooks × 7 tables × ${rows} rows in Chromium: ${consolidation.seconds.toFixed(1)} s (${line})`);
      console.log(`  longest main-thread task: ${consolidation.longestTask.toFixed(0)} ms (${consolidation.longTasks} tasks over 50 ms)`);
      console.log(`  longest wait for a click to be answered: ${consolidation.longestClick.toFixed(0)} ms (${consolidation.clicks} clicks)`);
      const writing = await measure(page, () => page.getByRole("button", { name: "Skriv sammanställning" }).click(), () => page.getByTestId("consolidate-status").waitFor());
      console.log(`Writing the master into the in-memory workbook: ${writing.seconds.toFixed(1)} s`);
      console.log(`  longest main-thread task: ${writing.longestTask.toFixed(0)} ms (${writing.longTasks} tasks over 50 ms)`);
      console.log(`  longest wait for a click to be answered: ${writing.longestClick.toFixed(0)} ms (${writing.clicks} clicks)`);
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
