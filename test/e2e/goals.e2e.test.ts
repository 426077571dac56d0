import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/browser";
import { BUILD_WAIT, testBuild } from "../support/build";
import { serveFolder } from "../support/staticServer";

/**
 * The officer's path in the built pane (preview: the production bundle over the in-memory workbook, in
 * headless Chromium): select a row, the picker shows its goals; search with a typo, tick by keyboard,
 * write; select the next row, and the picker follows.
 */
let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;

beforeAll(async () => {
  server = await serveFolder((await testBuild()).preview);
  browser = await launchChromium();
  // The pane is 350 px wide beside the viewer, as in Excel.
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.setDefaultTimeout(10000);
}, BUILD_WAIT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Preview = { regionrapportPreview: { workbook: { setValues(s: string, a: string, v: unknown[][]): void; cell(s: string, a: string): { value: unknown } | undefined } } };

test("select a row, see its goals, search with a typo, tick, write, select the next row", async () => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByRole("combobox", { name: /Region/ }).click();
  await page.getByRole("option", { name: "Blekinge", exact: true }).click();
  await page.getByRole("button", { name: "Skapa mall" }).click();
  await page.getByText(/Mallen för Blekinge \d{4} är skapad/).waitFor();

  // Two published Blekinge rows of table 1 (seed lines 22 and 51) in table 2.
  await page.evaluate(() => {
    const { workbook } = (window as unknown as Preview).regionrapportPreview;
    workbook.setValues("Tabell 2", "A4", [
      ["Blekinge", "Insatser inom Regionalt serviceprogram (RSP)", "Platsbesök med strategiska dialoger hos servicegivare.", "För tidigt att säga", "Mål i RUS:\nStärkt attraktivitet särskilt för unga."],
      ["Blekinge", "Gestaltad livsmiljö", "Nätverk för gestaltad livsmiljö.", "För tidigt att säga", ""],
    ]);
  });

  await page.getByRole("tab", { name: "Mål" }).click();
  await page.getByTestId("goal-search").waitFor();
  const pane = page.getByTestId("pane");

  // Select a row: the viewer's cell, as a person clicks a cell in Excel.
  await page.locator('[data-sheet="Tabell 2"]').click();
  await page.locator('[data-cell="B4"]').click();
  await page.getByTestId("goal-target").getByText("Tabell 2, rad 4 (Blekinge) · E4").waitFor();
  await pane.getByTestId("goals-in-cell").getByText("RUS Blekinge: Stärkt attraktivitet särskilt för unga").waitFor();

  // Search with a typo and tick by keyboard: Tab from the search box to the goal, Space.
  await page.getByTestId("goal-search").fill("innovaiton");
  const goal = pane.getByRole("checkbox", { name: "Regionalfonden: 1.1 Stärka forskning och innovation" });
  await goal.waitFor();
  await page.getByTestId("goal-search").focus();
  for (let i = 0; i < 40 && !(await goal.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  expect(await goal.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press("Space");
  expect(await goal.isChecked()).toBe(true);
  await pane.getByTestId("goals-chosen").getByText("Regionalfonden: 1.1 Stärka forskning och innovation").waitFor();

  await pane.getByRole("button", { name: "Skriv in i Mål-cellen" }).click();
  await pane.getByText("1 mål skrivna i Tabell 2!E4.").waitFor();
  const written = await page.evaluate(() => (window as unknown as Preview).regionrapportPreview.workbook.cell("Tabell 2", "E4")?.value);
  expect(written).toBe("Mål i RUS:\nStärkt attraktivitet särskilt för unga.\nRegionalfonden: 1.1 Stärka forskning och innovation");

  // The next row: the picker follows, its Mål cell is empty.
  await page.locator('[data-cell="C5"]').click();
  await page.getByTestId("goal-target").getByText("Tabell 2, rad 5 (Blekinge) · E5").waitFor();
  await pane.getByText("Cellen anger inga mål ännu.").waitFor();
  expect(await goal.isChecked()).toBe(false);

  // Readable at 350 px: nothing in the pane is wider than the pane.
  const overflow = await pane.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.resolve(__dirname, "../../out/e2e-goals.png") });
  expect(errors).toEqual([]);
});
