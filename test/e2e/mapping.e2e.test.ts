import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { reportsFromSample, type SampleData } from "../../src/core/sample";
import { buildTemplate } from "../../src/core/template";
import { writeSpecToBuffer } from "../../src/xlsx";
import { launchChromium } from "../support/browser";
import { BUILD_WAIT, testBuild } from "../support/build";
import { serveFolder } from "../support/staticServer";

/** The pane's "Mappa bladet": a sheet of unknown table → mapped to table 3 → its rows in the master → reused on the next run. */
let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;

const sample: SampleData = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../data/sample-2023.json"), "utf8"));
const report = reportsFromSample(sample).find((r) => r.region === "Blekinge")!;
// The fixture's own count: Blekinge's table 3 rows in the bundled 2023 data.
const table3Rows = report.tables[3].length;

async function blekingeWithBlad1() {
  const spec = buildTemplate({ region: report.region, year: 2023, rows: report.tables, table8: report.table8, created: "2024-02-01" });
  // Table 3's sheet renamed "Blad1" and its title replaced by one that names no table: nothing says which table it is.
  const t3 = spec.sheets.find((s) => s.name === "Tabell 3")!;
  t3.name = "Blad1";
  t3.values[0] = ["Aktiviteter 2023"];
  return { name: "Blekinge.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await writeSpecToBuffer(spec)) };
}

type PreviewWb = { regionrapportPreview: { workbook: { sheets: { name: string }[]; grid(n: string): unknown[][] } } };

beforeAll(async () => {
  server = await serveFolder((await testBuild()).preview);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 350, height: 1400 } });
  page.setDefaultTimeout(20000);
}, BUILD_WAIT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("an unplaced sheet is mapped to table 3, its rows reach the master, and the next run reuses the mapping", async () => {
  expect(table3Rows).toBeGreaterThan(0);
  const file = await blekingeWithBlad1();
  await page.goto(`${server.url}/preview.html?view=sammanstall`);
  await page.getByTestId("consolidate-files").setInputFiles([file]);
  await page.getByTestId("board").waitFor();
  const unplaced = page.getByText(`Tabell okänd: Blekinge.xlsx, Blad1, ${table3Rows} rader`);
  await unplaced.waitFor();
  expect(await page.getByTestId("reconciliation").textContent()).toMatch(new RegExp(`\\+ ${table3Rows} avvisade\\.$`));

  await page.getByLabel("Vilken tabell är bladet Blad1?").selectOption("3");
  const apply = page.getByRole("button", { name: "Använd mappningen" });
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("section[aria-label='Mappa bladet'] button")?.disabled);
  await page.screenshot({ path: path.resolve(__dirname, "../../out/e2e-mapping.png"), fullPage: true });
  await apply.click();
  await unplaced.waitFor({ state: "detached" });
  expect(await page.getByTestId("reconciliation").textContent()).toMatch(/\+ 0 avvisade\.$/);

  await page.getByRole("button", { name: "Skriv sammanställning" }).click();
  await page.getByTestId("consolidate-status").waitFor();
  const written = await page.evaluate(() => {
    const wb = (window as unknown as PreviewWb).regionrapportPreview.workbook;
    return { sheets: wb.sheets.map((s) => s.name), table3: wb.grid("Tabell 3").slice(3), mappings: wb.grid("Mappningar") };
  });
  expect(written.sheets).toContain("Mappningar");
  expect(written.table3.filter((row) => row.some((c) => c !== null && c !== "")).length).toBe(table3Rows);
  expect(written.mappings[1].slice(0, 3)).toEqual(["Blekinge.xlsx", "Blad1", "3"]);

  // The view left and opened again (its state, the mapping included, gone) with the written master open: the master's mapping places the rows.
  await page.getByTestId("pane").getByRole("tab", { name: "Mall", exact: true }).click();
  await page.getByTestId("board").waitFor({ state: "detached" });
  await page.getByTestId("pane").getByRole("tab", { name: "Sammanställ", exact: true }).click();
  await page.getByTestId("consolidate-files").waitFor({ state: "attached" });
  expect(await page.getByTestId("board").count()).toBe(0);
  await page.getByTestId("consolidate-files").setInputFiles([file]);
  await page.getByTestId("board").waitFor();
  // Every row read from the file is placed, and the open master's rows of the same region are replaced by them.
  const read = Number(/^(\d+) rader lästa =/.exec((await page.getByTestId("reconciliation").textContent()) ?? "")?.[1]);
  expect(await page.getByTestId("reconciliation").textContent()).toBe(`${read} rader lästa = ${read / 2} i sammanställningen + 0 avvisade + ${read / 2} ersatta.`);
  expect(await page.getByText("Tabell okänd: Blekinge.xlsx").count()).toBe(0);
});

test("a sheet whose headings are cut short without a full stop: header row and columns guessed in the pane, checked by keyboard, and its rows reach the master", async () => {
  const spec = buildTemplate({ region: report.region, year: 2023, rows: report.tables, table8: report.table8, created: "2024-02-01" });
  const t2 = spec.sheets.find((s) => s.name === "Tabell 2")!;
  // The fixture: Blekinge's table 2 with its header row written "Reg | Akt | Prest | Eff | Mål".
  t2.values[t2.headerRow - 1] = ["Reg", "Akt", "Prest", "Eff", "Mål"];
  const table2Rows = report.tables[2].length;
  const file = { name: "Blekinge kortat.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await writeSpecToBuffer(spec)) };
  await page.goto(`${server.url}/preview.html?view=sammanstall`);
  await page.getByTestId("consolidate-files").setInputFiles([file]);
  await page.getByTestId("board").waitFor();
  const notice = page.getByText(/^Rubrikraden känns inte igen: Blekinge kortat\.xlsx, Tabell 2 \(tabell 2\)/);
  await notice.waitFor();
  expect(await page.getByLabel("Rubrikrad").inputValue()).toBe(String(t2.headerRow));
  expect(await page.getByLabel("Kolumn för Mål").inputValue()).toBe("4");
  await page.locator("section[aria-label='Mappa bladet']").screenshot({ path: path.resolve(__dirname, "../../out/e2e-mapping-header.png") });
  // By keyboard: focus the apply button and press Enter.
  await page.getByRole("button", { name: "Använd mappningen" }).focus();
  await page.keyboard.press("Enter");
  await notice.waitFor({ state: "detached" });
  const reconciliation = (await page.getByTestId("reconciliation").textContent()) ?? "";
  expect(reconciliation).toMatch(/\+ 0 avvisade\.$/);
  await page.getByRole("button", { name: "Skriv sammanställning" }).click();
  await page.getByTestId("consolidate-status").waitFor();
  const table2 = await page.evaluate(() => (window as unknown as PreviewWb).regionrapportPreview.workbook.grid("Tabell 2").slice(3));
  expect(table2.filter((row) => row.some((c) => c !== null && c !== "")).map((row) => row[1])).toEqual(report.tables[2].map((r) => r.activity));
  expect(table2Rows).toBeGreaterThan(0);
});
