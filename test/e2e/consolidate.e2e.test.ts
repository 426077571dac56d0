import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { reportsFromSample, type SampleData } from "../../src/core/sample";
import { buildTemplate } from "../../src/core/template";
import { writeSpecToBuffer } from "../../src/xlsx";
import { launchChromium } from "../support/browser";
import { BUILD_WAIT, testBuild } from "../support/build";
import { serveFolder } from "../support/staticServer";

/** The coordinator's path in the built task pane: pick three workbooks → board → master written. */
let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;

const sample: SampleData = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../data/sample-2023.json"), "utf8"));
const reports = reportsFromSample(sample);

async function regionalFile(region: string, mutate?: (values: unknown[][][]) => void) {
  const report = reports.find((r) => r.region === region)!;
  const spec = buildTemplate({ region: report.region, year: 2023, rows: report.tables, table8: report.table8, created: "2024-02-01" });
  mutate?.(spec.sheets.map((s) => s.values));
  return { name: `${region}.xlsx`, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await writeSpecToBuffer(spec)) };
}

beforeAll(async () => {
  server = await serveFolder((await testBuild()).preview);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.setDefaultTimeout(20000);
}, BUILD_WAIT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("pick three regional workbooks, see the board, write the master into the open workbook", async () => {
  const files = [
    await regionalFile("Blekinge"),
    // A formula-looking text in Gotland's first activity must arrive as text.
    await regionalFile("Gotland", (sheets) => {
      sheets[1][3][1] = "=HYPERLINK(\"http://example.invalid\")";
    }),
    await regionalFile("Örebro"),
  ];
  const expectedRows = ["Blekinge", "Gotland", "Örebro"].flatMap((r) => Object.values(reports.find((x) => x.region === r)!.tables).flat()).length;

  await page.goto(`${server.url}/preview.html?view=sammanstall`);
  await page.getByTestId("consolidate-files").setInputFiles(files);
  const board = page.getByTestId("board");
  await board.waitFor();
  expect(await page.getByTestId("regions-received").textContent()).toMatch(/^3 av 21 regioner; saknas: Dalarna, Gävleborg/);
  expect(await page.locator('[data-region="Gotland"]').getAttribute("data-received")).toBe("true");
  expect(await page.locator('[data-region="Dalarna"]').getAttribute("data-received")).toBe("false");
  const reconciliation = await page.getByTestId("reconciliation").textContent();
  expect(reconciliation).toMatch(/^(\d+) rader lästa = (\d+) i sammanställningen \+ 0 avvisade\.$/);
  await page.screenshot({ path: path.resolve(__dirname, "../../out/e2e-consolidate-board.png") });

  await page.getByRole("button", { name: "Skriv sammanställning" }).click();
  await page.getByTestId("consolidate-status").waitFor();
  expect(await page.getByTestId("consolidate-status").textContent()).toMatch(/Sammanställningen är skriven/);

  const written = await page.evaluate(() => {
    const wb = (window as unknown as { regionrapportPreview: { workbook: { sheets: { name: string }[]; grid(n: string): unknown[][]; formulaCells(): string[]; hiddenColumns(n: string): number[] } } }).regionrapportPreview.workbook;
    return {
      sheets: wb.sheets.map((s) => s.name),
      table1: wb.grid("Tabell 1"),
      formulas: wb.formulaCells(),
      hidden: wb.hiddenColumns("Tabell 1"),
    };
  });
  expect(written.sheets).toEqual(expect.arrayContaining(["Tabell 1", "Tabell 8", "Sammanställning", "Avvisat", "Målöversikt"]));
  expect(written.table1[2].slice(5, 8)).toEqual(["Källfil", "Källblad", "Källrad"]);
  expect(written.hidden).toEqual([6, 7, 8]);
  expect(written.formulas).toEqual([]);
  const regionsInTable1 = written.table1.slice(3).map((row) => row[0]);
  expect([...new Set(regionsInTable1)]).toEqual(["Blekinge", "Gotland", "Örebro"]);
  expect(written.table1.slice(3).some((row) => row[1] === "=HYPERLINK(\"http://example.invalid\")")).toBe(true);
  const tableRows = await page.evaluate(() => {
    const wb = (window as unknown as { regionrapportPreview: { workbook: { grid(n: string): unknown[][] } } }).regionrapportPreview.workbook;
    return [1, 2, 3, 4, 5, 6, 7].reduce((sum, n) => sum + wb.grid(`Tabell ${n}`).slice(3).length, 0);
  });
  expect(tableRows).toBe(expectedRows);
  await page.screenshot({ path: path.resolve(__dirname, "../../out/e2e-consolidate-master.png") });
});
