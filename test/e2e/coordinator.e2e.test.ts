import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { reportsFromSample, type SampleData } from "../../src/core/sample";
import { buildTemplate } from "../../src/core/template";
import { consolidate } from "../../src/core/consolidation";
import { unzipSync } from "fflate";
import { consolidationInput, loadWorkbookBytes, writeSpecToBuffer } from "../../src/xlsx";
import { launchChromium } from "../support/browser";
import { BUILD_WAIT, testBuild } from "../support/build";
import { serveFolder } from "../support/staticServer";

/** The coordinator's pane in the built preview at 350 px: board first, drill-down, resubmission, English. */
let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;

const OUT = path.resolve(__dirname, "../../out");
const sample: SampleData = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../data/sample-2023.json"), "utf8"));
const reports = reportsFromSample(sample);
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type Values = unknown[][][];
/** The sheet index of table n in the template (Information first). */
const TABLE_SHEET = (n: number) => n;
/** Template rows: title, note, headers; data from row 4 (index 3). */
const FIRST_DATA = 3;

async function regionalFile(region: string, options: { name?: string; created?: string; mutate?: (values: Values) => void } = {}) {
  const report = reports.find((r) => r.region === region)!;
  const spec = buildTemplate({ region: report.region, year: 2023, rows: report.tables, table8: report.table8, created: options.created ?? "2024-02-01" });
  options.mutate?.(spec.sheets.map((s) => s.values as unknown[][]));
  return { name: options.name ?? `${region}.xlsx`, mimeType: XLSX, buffer: Buffer.from(await writeSpecToBuffer(spec)) };
}

const rowsOf = (region: string, table: number) => (reports.find((r) => r.region === region)!.tables as unknown as Record<number, unknown[]>)[table]?.length ?? 0;
const activityRows = (region: string) => [1, 2, 3, 4, 5, 6, 7].reduce((n, t) => n + rowsOf(region, t), 0);
const answers = (region: string) => reports.find((r) => r.region === region)!.table8.length;

beforeAll(async () => {
  server = await serveFolder((await testBuild()).preview);
  browser = await launchChromium();
}, BUILD_WAIT);

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  page.setDefaultTimeout(20000);
});

afterEach(async () => {
  await page?.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pane = () => page.getByTestId("pane");

async function screenshot(name: string) {
  await pane().screenshot({ path: path.join(OUT, `e2e-coordinator-${name}.png`) });
}

test("the board comes first, its cells are named buttons reached by keyboard, and a cell opens that region's table", async () => {
  await page.goto(`${server.url}/preview.html?view=sammanstall`);
  await page.getByTestId("consolidate-files").setInputFiles([await regionalFile("Gotland"), await regionalFile("Kalmar"), { name: "trasig.xlsx", mimeType: XLSX, buffer: Buffer.from("not a workbook") }]);
  const board = page.getByTestId("board");
  await board.waitFor();

  // First thing under the file chooser: above the reconciliation and every list.
  const boardBox = (await board.boundingBox())!;
  const reconciliationBox = (await page.getByTestId("reconciliation").boundingBox())!;
  expect(boardBox.y).toBeLessThan(reconciliationBox.y);
  expect(boardBox.y).toBeLessThan(400);
  const fontSize = await board.locator("button").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(12);

  // 21 × 8 buttons, each with a name that says region, table, rows and errors.
  expect(await board.locator("button").count()).toBe(21 * 8);
  const kalmar3 = page.getByRole("button", { name: new RegExp(`^Kalmar, tabell 3: ${rowsOf("Kalmar", 3)} rad(er)?, \\d+ fel`) });
  await kalmar3.waitFor();
  expect(await page.getByRole("button", { name: "Dalarna, tabell 1: saknas" }).count()).toBe(1);
  expect(await page.getByTestId("status-Kalmar").textContent()).toBe("mottagen");
  expect(await page.getByTestId("status-Dalarna").textContent()).toBe("saknas");
  expect(await page.getByTestId("board-legend").textContent()).toMatch(/röd = fel.*gul = varningar.*saknas/);

  // Kopiera påminnelse: the text for the missing regions goes to the clipboard.
  await page.evaluate(() => {
    const w = window as unknown as { copied?: string };
    Object.defineProperty(navigator, "clipboard", { value: { writeText: async (text: string) => void (w.copied = text) }, configurable: true });
  });
  await page.getByRole("button", { name: "Kopiera påminnelse" }).click();
  expect(await page.getByTestId("reminder-copied").textContent()).toBe("Påminnelsen till 19 regioner är kopierad.");
  const copied = await page.evaluate(() => (window as unknown as { copied?: string }).copied ?? "");
  expect(copied).toMatch(/^Påminnelse: /);
  expect(copied).toContain("Dalarna");
  expect(copied).not.toContain("Kalmar");

  // Keyboard: the focused cell moves with the arrow keys.
  await kalmar3.focus();
  await page.keyboard.press("ArrowRight");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(/^Kalmar, tabell 4:/);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");

  const drill = page.getByTestId("drilldown");
  await drill.waitFor();
  expect(await drill.locator("h3").textContent()).toBe("Kalmar, tabell 3");
  // The rows come from the worker after the drill-down opens: wait for them, then count.
  await drill.getByTestId("drill-rows").locator("tbody tr").first().waitFor();
  expect(await drill.getByTestId("drill-rows").locator("tbody tr").count()).toBe(Math.min(20, rowsOf("Kalmar", 3)));
  await drill.getByText(/^Fynd \(\d+\)$/).waitFor();
  await screenshot("board");

  // Written: each row links to its cell in the master.
  await page.getByRole("button", { name: "Skriv sammanställning" }).click();
  await page.getByTestId("consolidate-status").waitFor();
  // Kalmar's first table 3 row comes after Gotland's (publication order: Gotland before Kalmar).
  const firstRow = 4 + rowsOf("Gotland", 3);
  await drill.getByRole("button", { name: `Visa i sammanställningen: Tabell 3!A${firstRow}` }).click();
  await page.waitForFunction((address) => {
    const wb = (window as unknown as { regionrapportPreview: { workbook: { selection: { sheet: string; address: string } | null } } }).regionrapportPreview.workbook;
    return wb.selection?.sheet === "Tabell 3" && wb.selection.address === address;
  }, `A${firstRow}`);
  const kalmarInMaster = await page.evaluate((row) => {
    const wb = (window as unknown as { regionrapportPreview: { workbook: { grid(n: string): unknown[][] } } }).regionrapportPreview.workbook;
    return wb.grid("Tabell 3")[row - 1][0];
  }, firstRow);
  expect(kalmarInMaster).toBe("Kalmar");
});

test("a new batch clears the old result at once; Skriv sammanställning is not offered with 0 rows read", async () => {
  await page.goto(`${server.url}/preview.html?view=sammanstall`);
  await page.getByTestId("consolidate-files").setInputFiles([await regionalFile("Gotland")]);
  await page.getByTestId("board").waitFor();
  await page.getByTestId("consolidate-files").setInputFiles([{ name: "trasig.xlsx", mimeType: XLSX, buffer: Buffer.from("not a workbook") }]);
  await page.getByTestId("board").waitFor();
  expect(await page.getByTestId("status-Gotland").textContent()).toBe("saknas");
  expect(await page.getByRole("button", { name: "Skriv sammanställning" }).isDisabled()).toBe(true);
  expect(await page.getByTestId("reconciliation").textContent()).toMatch(/^0 rader lästa = 0 /);
});

test("after a resubmission the reconciliation adds up: rows read = in the master + rejected + replaced", async () => {
  await page.goto(`${server.url}/preview.html?view=sammanstall`);
  await page.getByTestId("consolidate-files").setInputFiles([await regionalFile("Gotland"), await regionalFile("Kalmar")]);
  await page.getByTestId("board").waitFor();
  await page.getByRole("button", { name: "Skriv sammanställning" }).click();
  await page.getByTestId("consolidate-status").waitFor();

  // Gotland again: the first row of table 1 gone (a removed row), and one cell of table 2's first row edited.
  const resubmitted = await regionalFile("Gotland", {
    name: "Gotland-v2.xlsx",
    created: "2024-03-01",
    mutate: (sheets) => {
      sheets[TABLE_SHEET(1)].splice(FIRST_DATA, 1);
      sheets[TABLE_SHEET(2)][FIRST_DATA][2] = "Ny text från Gotland";
    },
  });
  await page.getByTestId("consolidate-files").setInputFiles([resubmitted]);
  const line = page.getByTestId("reconciliation");
  await line.waitFor();
  const text = (await line.textContent()) ?? "";
  const numbers = (text.match(/\d+/g) ?? []).map(Number);
  const [read, inMaster, rejected, replaced] = numbers;
  // Read: Gotland's new file and the whole earlier master; replaced: Gotland's earlier rows.
  const gotlandBefore = activityRows("Gotland") + answers("Gotland");
  const kalmar = activityRows("Kalmar") + answers("Kalmar");
  expect(read).toBe(gotlandBefore - 1 + gotlandBefore + kalmar);
  expect(inMaster).toBe(gotlandBefore - 1 + kalmar);
  expect(rejected).toBe(0);
  expect(replaced).toBe(gotlandBefore);
  expect(read).toBe(inMaster + rejected + replaced);

  // The change summary says what the new file changed, with the cell.
  const gotland = page.getByTestId("changes").locator('[data-region="Gotland"]');
  expect(await gotland.locator("summary").textContent()).toBe("Gotland: 0 tillagda, 1 borttagna, 1 ändrade rader");
  await gotland.locator("summary").click();
  expect(await gotland.textContent()).toContain('→ "Ny text från Gotland"');
  await screenshot("resubmission");
});

test("duplicates: each candidate's rows, dates and differences; a choice that drops a table warns first", async () => {
  await page.goto(`${server.url}/preview.html?view=sammanstall`);
  const older = await regionalFile("Kalmar", { name: "Kalmar-gammal.xlsx", created: "2024-01-15", mutate: (sheets) => void sheets[TABLE_SHEET(7)].splice(FIRST_DATA) });
  const newer = await regionalFile("Kalmar", { name: "Kalmar-ny.xlsx", created: "2024-03-01" });
  await page.getByTestId("consolidate-files").setInputFiles([older, newer]);
  const panel = page.getByTestId("duplicates-Kalmar");
  await panel.waitFor();
  // Skapad decides (six weeks apart): the newer is used.
  expect(await panel.getAttribute("data-by")).toBe("created");
  expect(await panel.locator("thead th").allTextContents()).toEqual(["", "Kalmar-gammal.xlsx", "Kalmar-ny.xlsx (används)"]);
  expect(await panel.getByTestId("dup-created").allTextContents()).toEqual(["2024-01-15", "2024-03-01"]);
  // The file dates are the moment the test picked the files, shown in Swedish time (not UTC): now, or a minute ago.
  const stockholm = (ms: number) => new Date(ms).toLocaleString("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
  for (const date of await panel.getByTestId("dup-filedate").allTextContents()) expect([stockholm(Date.now()), stockholm(Date.now() - 60_000)]).toContain(date);
  const table7 = panel.locator("tbody tr").nth(6);
  await panel.scrollIntoViewIfNeeded();
  expect(await table7.locator("td").allTextContents()).toEqual(["0", String(rowsOf("Kalmar", 7))]);
  expect(await panel.getByTestId("dup-diff").allTextContents()).toEqual([`+0 −${rowsOf("Kalmar", 7)} ~0 rader`, "–"]);
  await screenshot("duplicates");

  // Choosing the older file would drop table 7: the pane asks, and Avbryt changes nothing.
  await panel.getByRole("button", { name: "Använd Kalmar-gammal.xlsx" }).click();
  const dialog = page.getByRole("dialog");
  expect(await dialog.textContent()).toContain("Kalmar-gammal.xlsx har inga rader i Tabell 7");
  await dialog.getByRole("button", { name: "Avbryt" }).click();
  await dialog.waitFor({ state: "detached" });
  expect(await page.getByRole("button", { name: /^Kalmar, tabell 7:/ }).textContent()).toBe(String(rowsOf("Kalmar", 7)));
  await panel.getByRole("button", { name: "Använd Kalmar-gammal.xlsx" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Använd ändå" }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="duplicates-Kalmar"]')?.getAttribute("data-by") === "choice");
  expect(await page.getByRole("button", { name: /^Kalmar, tabell 7:/ }).textContent()).toBe("–");
});

test("duplicates whose dates are seconds apart: the pane asks, and writing waits for the choice", async () => {
  await page.goto(`${server.url}/preview.html?view=sammanstall`);
  await page.getByTestId("consolidate-files").setInputFiles([await regionalFile("Gotland"), await regionalFile("Gotland", { name: "Gotland-kopia.xlsx" })]);
  const panel = page.getByTestId("duplicates-Gotland");
  await panel.waitFor();
  expect(await panel.getAttribute("data-by")).toBe("ask");
  expect(await panel.textContent()).toContain("Datumen skiljer bara några sekunder");
  expect(await page.getByRole("button", { name: "Skriv sammanställning" }).isDisabled()).toBe(true);
  await panel.getByRole("button", { name: "Använd Gotland-kopia.xlsx" }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="duplicates-Gotland"]')?.getAttribute("data-by") === "choice");
  expect(await page.getByRole("button", { name: "Skriv sammanställning" }).isDisabled()).toBe(false);
});

test("Återkoppling: a sheet per region with findings or rejected rows, each listed with sheet, cell and message", async () => {
  await page.goto(`${server.url}/preview.html?view=sammanstall`);
  const files = [await regionalFile("Kalmar"), await regionalFile("Gotland", { mutate: (sheets) => (sheets[TABLE_SHEET(2)][FIRST_DATA][0] = "Atlantis") })];
  // The same files consolidated in Node: how many findings and rejected rows each region's sheet must list.
  const node = consolidate(await Promise.all(files.map((f) => consolidationInput(f.name, new Uint8Array(f.buffer)))), { runDate: "2024-02-10" });
  const expected = (file: string) => {
    const report = node.files.find((f) => f.file === file)!;
    return report.findings.fel + report.findings.varning + node.rejected.filter((r) => r.file === file).length;
  };
  await page.getByTestId("consolidate-files").setInputFiles(files);
  await page.getByTestId("feedback").waitFor();
  await page.getByRole("button", { name: "Gör återkoppling" }).click();
  await page.getByText(/återkopplingsblad skrivna i arbetsboken/).waitFor();
  const written = await page.evaluate(() => {
    const wb = (window as unknown as { regionrapportPreview: { workbook: { sheets: { name: string }[]; grid(n: string): unknown[][] } } }).regionrapportPreview.workbook;
    return Object.fromEntries(wb.sheets.filter((s) => s.name.startsWith("Återk.")).map((s) => [s.name, wb.grid(s.name)]));
  });
  const names = Object.keys(written).sort();
  expect(names.length).toBeGreaterThan(0);
  expect(names).toEqual(["Kalmar.xlsx", "Gotland.xlsx"].filter((f) => expected(f) > 0).map((f) => `Återk. ${f.replace(".xlsx", "")}`).sort());
  for (const name of names) {
    const grid = written[name];
    expect(grid[2]).toEqual(["Fil", "Blad", "Cell", "Typ", "Meddelande", "Så rättar ni"]);
    expect(grid.slice(3).length).toBe(expected(`${name.replace("Återk. ", "")}.xlsx`));
    for (const line of grid.slice(3)) expect(String(line[4]).length).toBeGreaterThan(0);
  }
  await screenshot("feedback");

  // The other choice: a workbook per region, downloaded in one .zip.
  await page.getByRole("radio", { name: /En arbetsbok per region/ }).check();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Gör återkoppling" }).click()]);
  expect(download.suggestedFilename()).toBe("aterkoppling.zip");
  const zip = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
  // A workbook per region, named by its title ("Återkoppling till Gotland.xlsx"), holding that region's sheet.
  const fileOf = (sheet: string) => `Återkoppling till ${sheet.replace("Återk. ", "")}.xlsx`;
  expect(Object.keys(zip).sort()).toEqual(names.map(fileOf).sort());
  for (const name of names) {
    const book = await loadWorkbookBytes(zip[fileOf(name)], fileOf(name));
    expect(book.sheets[0].name).toBe(name);
    expect(book.sheets[0].values.slice(3).length).toBe(expected(`${name.replace("Återk. ", "")}.xlsx`));
  }
});

const SWEDISH = ["rader", "rad ", "avvisad", "saknas", "tabell ", "fel,", "läs", "sammanställ", "arbetsbok", "mottagen", "dubblett", "oläslig", "varning", "nyast", "skäl", "filens", "blad ", "kolumn", "Skapad", " och ", " är ", " inte "];
/** Region names are Swedish proper names, file and sheet names the regions' own, row cells their data. */
const ASIDE = /Jämtland Härjedalen|Gävleborg|Jönköping|Skåne|Sörmland|Värmland|Västerbotten|Västernorrland|Västmanland|Västra Götaland|Örebro|Östergötland|Kalmar-kopia\.xlsx|Tabell \d+!/g;
const swedishIn = (text: string) => SWEDISH.filter((w) => text.replace(ASIDE, "").toLowerCase().includes(w.toLowerCase()));

async function englishBatch() {
  await page.goto(`${server.url}/preview.html?view=sammanstall&lang=en`);
  await page.getByTestId("consolidate-files").setInputFiles([
    await regionalFile("Gotland", { mutate: (sheets) => (sheets[TABLE_SHEET(2)][FIRST_DATA][0] = "Atlantis") }),
    await regionalFile("Kalmar"),
    await regionalFile("Kalmar", { name: "Kalmar-kopia.xlsx" }),
    { name: "broken.xlsx", mimeType: XLSX, buffer: Buffer.from("not a workbook") },
  ]);
  await page.getByTestId("board").waitFor();
}

test("the English pane: board, drill-down, duplicates, feedback and every text of the pane's own in English; <html lang> follows", async () => {
  await englishBatch();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  await page.getByRole("button", { name: /^Gotland, table 2:/ }).click();
  await page.getByTestId("drilldown").waitFor();
  await page.getByTestId("drilldown").getByText(/^Findings \(\d+\)$/).waitFor();
  await screenshot("english");
  // The core's messages (a file's, a rejected row's reason) are the next test's; the rows' cells are data.
  const text = await pane().evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-testid="file-message"], [data-testid="rejected-reasons"], [data-testid="drill-rows"]').forEach((n) => n.remove());
    return copy.innerText;
  });
  expect(swedishIn(text)).toEqual([]);
});

// The consolidation's own messages (file notes, rejected rows' reasons) come from the core's sv/en catalog.
test("the English pane: a file's messages and the rejected rows' reasons in English too", async () => {
  await englishBatch();
  const messages = [...(await page.getByTestId("file-message").allInnerTexts()), ...(await page.getByTestId("rejected-reasons").allInnerTexts())].join("\n");
  expect(messages.length).toBeGreaterThan(0);
  expect(swedishIn(messages)).toEqual([]);
});
