import { mkdirSync } from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { launchChromium } from "../support/browser";
import { BUILD_WAIT, testBuild } from "../support/build";
import { serveFolder } from "../support/staticServer";

/** Drives the built preview (the production bundle of the pane over the in-memory workbook) in real headless Chromium. */
let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;

beforeAll(async () => {
  server = await serveFolder((await testBuild()).preview);
  browser = await launchChromium();
}, BUILD_WAIT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.setDefaultTimeout(8000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByRole("tab", { name: "Mall" }).waitFor();
  expect(errors).toEqual([]);
});

afterEach(async () => {
  await page?.close();
});

function snapshot(): Promise<WorkbookSnapshot> {
  return page.evaluate(() => (window as unknown as { regionrapportPreview: { workbook: { snapshot(): WorkbookSnapshot } } }).regionrapportPreview.workbook.snapshot());
}

async function createTemplate(region: string, year: string) {
  await page.getByRole("combobox", { name: /Region/ }).click();
  await page.getByRole("option", { name: region, exact: true }).click();
  await page.getByRole("textbox", { name: /År/ }).fill(year);
  await page.getByRole("button", { name: "Skapa mall" }).click();
}

test("a regional officer creates the template and the workbook holds sheets, headings and dropdowns", async () => {
  await createTemplate("Jämtland Härjedalen", "2024");
  await page.getByText("Mallen för Jämtland Härjedalen 2024 är skapad").waitFor();

  const book = await snapshot();
  expect(book.sheets.map((s) => s.name)).toEqual(["Blad1", "Information", "Tabell 1", "Tabell 2", "Tabell 3", "Tabell 4", "Tabell 5", "Tabell 6", "Tabell 7", "Tabell 8", "Listor"]);
  const info = book.sheets.find((s) => s.name === "Information")!;
  expect(info.values.slice(2, 4)).toEqual([["Region", "Jämtland Härjedalen"], ["År", 2024]]);
  const table3 = book.sheets.find((s) => s.name === "Tabell 3")!;
  expect(table3.values[0][0]).toBe("Tabell 3. Innovation och förnyelse samt entreprenörskap och företagande i hela landet");
  expect(table3.values[2].slice(0, 4)).toEqual([
    "Region",
    "Namn på insats och kort beskrivning",
    "Resultat i form av uppnådda prestationer under året",
    "Om möjligt resultat i form av uppnådda effekter under året",
  ]);
  expect(String(table3.values[2][4])).toMatch(/^Mål\nVilket eller vilka mål i den regionala utvecklingsstrategin/);
  expect(table3.validations).toEqual([{ range: "A4:A303", source: "=Listor!$A$2:$A$22" }]);
  expect(table3.tables).toEqual([{ name: "Tabell3", range: "A3:E4" }]);
  expect(table3.frozenRows).toBe(3);
  const table8 = book.sheets.find((s) => s.name === "Tabell 8")!;
  expect(table8.validations.map((v) => v.range)).toEqual(["D6", "D7", "D8"]);
  expect(table8.values.slice(3).map((row) => row[1])).toEqual([1, 2, 3, 4, 5, 6]);
  const lists = book.sheets.find((s) => s.name === "Listor")!;
  expect(lists.hidden).toBe(true);
  expect(lists.values.slice(1).map((row) => row[0])).toHaveLength(21);

  // The viewer beside the pane shows what was written.
  await page.locator('[data-sheet="Tabell 3"]').click();
  await page.locator('[data-cell="A1"]', { hasText: "Tabell 3. Innovation" }).waitFor();
  mkdirSync(path.resolve(__dirname, "../../out"), { recursive: true });
  await page.screenshot({ path: path.resolve(__dirname, "../../out/e2e-template.png") });
});

test("asks before replacing existing sheets, and cancelling leaves them alone", async () => {
  await createTemplate("Skåne", "2023");
  await page.getByText("Mallen för Skåne 2023 är skapad").waitFor();
  await createTemplate("Kalmar", "2023");
  await page.getByText("Bladen finns redan", { exact: true }).waitFor({ timeout: 5000 });
  await page.getByRole("button", { name: "Avbryt" }).click();
  await page.getByText("Inget ändrades").waitFor();
  let info = (await snapshot()).sheets.find((s) => s.name === "Information")!;
  expect(info.values[2]).toEqual(["Region", "Skåne"]);

  await createTemplate("Kalmar", "2023");
  await page.getByRole("button", { name: "Ersätt bladen" }).click();
  await page.getByText("Mallen för Kalmar 2023 är skapad").waitFor();
  info = (await snapshot()).sheets.find((s) => s.name === "Information")!;
  expect(info.values[2]).toEqual(["Region", "Kalmar"]);
});

test("a year that is not a year keeps the button disabled and says why", async () => {
  await page.getByRole("textbox", { name: /År/ }).fill("20x3");
  await page.getByText("Ange ett årtal mellan 2000 och 2100.").waitFor();
  expect(await page.getByRole("button", { name: "Skapa mall" }).isDisabled()).toBe(true);
});
