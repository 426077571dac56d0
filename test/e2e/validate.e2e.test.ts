import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/browser";
import { BUILD_WAIT, testBuild } from "../support/build";
import { serveFolder } from "../support/staticServer";

/** The reviewer's path in the built task pane: validate → click a finding → its cell is selected. */
let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;

beforeAll(async () => {
  server = await serveFolder((await testBuild()).preview);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.setDefaultTimeout(10000);
}, BUILD_WAIT);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("validate, click a finding, the cell is selected and marked", async () => {
  await page.goto(`${server.url}/preview.html`);
  await page.getByRole("combobox", { name: /Region/ }).click();
  await page.getByRole("option", { name: "Blekinge", exact: true }).click();
  await page.getByRole("button", { name: "Skapa mall" }).click();
  await page.getByText(/Mallen för Blekinge \d{4} är skapad/).waitFor();

  // An officer fills a row of table 2, citing an Agenda 2030 goal that does not exist.
  await page.evaluate(() => {
    const { workbook } = (window as unknown as { regionrapportPreview: { workbook: { setValues(s: string, a: string, v: unknown[][]): void } } }).regionrapportPreview;
    workbook.setValues("Tabell 2", "A4", [["Blekinge", "Kompetensplattform", "Tre nätverksträffar", "För tidigt att säga", "Agenda 2030: Mål 19 Bättre väder"]]);
  });

  await page.getByRole("tab", { name: "Validera" }).click();
  await page.getByRole("button", { name: "Validera arbetsboken" }).click();
  const summary = page.getByTestId("validation-summary");
  await summary.waitFor();
  expect(await summary.getAttribute("aria-label")).toMatch(/^[1-9]\d* fel, \d+ varning(ar)?$/);

  const finding = page.locator('[data-finding="AGENDA2030_NUMBER_OUT_OF_RANGE"]');
  await finding.click();
  const selection = await page.evaluate(() => (window as unknown as { regionrapportPreview: { workbook: { selection: unknown } } }).regionrapportPreview.workbook.selection);
  expect(selection).toEqual({ sheet: "Tabell 2", address: "E4" });
  // The viewer beside the pane shows Tabell 2 with E4 selected.
  await page.locator('[data-cell="E4"][data-selected="true"]').waitFor();

  await page.getByRole("button", { name: "Skriv valideringsrapport" }).click();
  await page.getByText("Bladet Valideringsrapport är skrivet.").waitFor();
  await page.screenshot({ path: path.resolve(__dirname, "../../out/e2e-validate.png") });
});
