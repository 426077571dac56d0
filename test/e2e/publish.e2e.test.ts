import * as fs from "node:fs";
import * as path from "node:path";
import mammoth from "mammoth";
import type { Browser, Page } from "playwright-core";
import { REGION_OFFICIAL_NAMES } from "../../src/core/regions";
import { reportsFromSample, type SampleData } from "../../src/core/sample";
import { buildTemplate } from "../../src/core/template";
import { writeSpecToBuffer } from "../../src/xlsx";
import { launchChromium } from "../support/browser";
import { BUILD_WAIT, testBuild } from "../support/build";
import { serveFolder } from "../support/staticServer";

/**
 * The coordinator's last step in the built pane: with a master in the open workbook, "Skapa
 * publikation" downloads the Word document (playwright's download event), read here with mammoth.
 * The publication code arrives in a chunk of its own, fetched only when the button is pressed.
 */
let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;
let dirs: { addin: string; preview: string };

const sample: SampleData = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../data/sample-2023.json"), "utf8"));
const reports = reportsFromSample(sample);
const REGIONS_HERE = ["Blekinge", "Gotland", "Örebro"] as const;
const OUT = path.resolve(__dirname, "../../out");

async function regionalFile(region: string) {
  const report = reports.find((r) => r.region === region)!;
  const spec = buildTemplate({ region: report.region, year: 2023, rows: report.tables, table8: report.table8, created: "2024-02-01" });
  return { name: `${region}.xlsx`, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await writeSpecToBuffer(spec)) };
}

beforeAll(async () => {
  dirs = await testBuild();
  server = await serveFolder(dirs.preview);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  page.setDefaultTimeout(30000);
}, BUILD_WAIT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("write a master, press Skapa publikation, get the Word document", async () => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith(".js")) scripts.push(path.basename(new URL(request.url()).pathname));
  });
  await page.goto(`${server.url}/preview.html?view=sammanstall`);
  await page.getByTestId("consolidate-files").setInputFiles(await Promise.all(REGIONS_HERE.map(regionalFile)));
  await page.getByTestId("board").waitFor();
  await page.getByRole("button", { name: "Skriv sammanställning" }).click();
  await page.getByTestId("consolidate-status").waitFor();
  const beforePress = [...scripts];

  await page.getByRole("textbox", { name: "Redovisningsår" }).fill("2023");
  await page.getByRole("checkbox", { name: /Med bilaga/ }).check();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Skapa publikation" }).click()]);
  expect(download.suggestedFilename()).toBe("sammanstallning-2023.docx");
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, "e2e-sammanstallning.docx");
  await download.saveAs(file);
  await page.getByTestId("publish-status").waitFor();
  expect(await page.getByTestId("publish-status").textContent()).toContain("sammanstallning-2023.docx är klar (3 av 21 regioner)");
  await page.screenshot({ path: path.join(OUT, "e2e-publish.png") });

  // The publication's chunk came with the press, not with the pane.
  const publication = (name: string) => name.startsWith("publication.");
  expect(beforePress.filter(publication)).toEqual([]);
  expect(scripts.filter(publication)).toHaveLength(1);

  const { value: text } = await mammoth.extractRawText({ path: file });
  expect(text).toContain("Regionernas redovisning av regionalt utvecklingsarbete 2023");
  expect(text).toContain("Tabell 1. Likvärdiga möjligheter till boende, arbete och välfärd i hela landet");
  expect(text).toContain("Tabell 8. Fördelning av anslag 1:1 Regionala utvecklingsåtgärder");
  for (const region of REGIONS_HERE) {
    expect(text).toContain(REGION_OFFICIAL_NAMES[region]);
    const first = reports.find((r) => r.region === region)!.tables[1][0].activity.split("\n")[0];
    expect(text).toContain(first);
  }
  expect(text).toContain("Målöversikt");
});

test("the add-in's first bundle does not carry the docx library; a chunk of its own does", () => {
  const html = fs.readFileSync(path.join(dirs.addin, "taskpane.html"), "utf8");
  const entries = [...html.matchAll(/<script[^>]*src="([^"]+\.js)"/g)].map((m) => path.basename(m[1])).filter((s) => s.startsWith("taskpane."));
  expect(entries).toHaveLength(1);
  // A string only the docx library writes: the content type of a Word document's main part.
  const marker = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  expect(fs.readFileSync(path.join(dirs.addin, entries[0]), "utf8")).not.toContain(marker);
  const chunks = fs.readdirSync(dirs.addin).filter((f) => f.endsWith(".js") && fs.readFileSync(path.join(dirs.addin, f), "utf8").includes(marker));
  expect(chunks.length).toBeGreaterThan(0);
  // Only chunks loaded on demand: no page names them.
  const pages = fs.readdirSync(dirs.addin).filter((f) => f.endsWith(".html")).map((f) => fs.readFileSync(path.join(dirs.addin, f), "utf8"));
  for (const chunk of chunks) expect(pages.some((p) => p.includes(chunk))).toBe(false);
});
