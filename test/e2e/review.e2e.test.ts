import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { consolidate } from "../../src/core/consolidation";
import type { SheetGrid } from "../../src/core/grid";
import { reportsFromSample, type SampleData } from "../../src/core/sample";
import { NO_ACTIVITIES_TEXT } from "../../src/core/tables";
import { buildTemplate } from "../../src/core/template";
import { stampStatus } from "../../src/core/validation";
import type { WorkbookSpec } from "../../src/core/workbookSpec";
import { launchChromium } from "../support/browser";
import { BUILD_WAIT, testBuild } from "../support/build";
import { serveFolder } from "../support/staticServer";

/*
 * The reviewer's workbench in the built task pane beside the in-memory workbook (the preview):
 * the bundled master (the 21 sample workbooks consolidated) validated and filtered to one region;
 * Nästa/Föregående moving the selection; a warning accepted with a reason, accepted on the next
 * run, reopened when its cell changes; the stamp written and read as validated/changed; marks
 * removed; validation as you type with its syncs counted; and axe-core on the pane.
 * Oracles: the sample data (which rows have empty effects), the master's own cells, the workbook.
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;

const sample: SampleData = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../data/sample-2023.json"), "utf8"));
const reports = reportsFromSample(sample);
const fileOf = (region: string) => `2023 ${region}.xlsx`;

function regionalSpec(region: string): WorkbookSpec {
  const report = reports.find((r) => r.region === region)!;
  return buildTemplate({ region: report.region, year: 2023, rows: report.tables, table8: report.table8, created: "2024-02-01" });
}

/** The bundled master: the 21 sample workbooks consolidated, as the demo makes it. */
function masterSpec(): WorkbookSpec {
  const inputs = reports.map((r) => {
    const spec = regionalSpec(r.region);
    return { file: fileOf(r.region), grids: spec.sheets.map((s) => ({ name: s.name, values: s.values, hidden: s.hidden })) };
  });
  return consolidate(inputs).spec;
}

type Preview = {
  workbook: {
    sheets: { name: string; visibility: string; conditionalFormats: { formula?: string; range: string }[] }[];
    setText(sheet: string, topLeft: string, values: unknown[][]): void;
    typeInto(sheet: string, address: string, value: unknown): void;
    findSheet(name: string): { visibility: string; hiddenColumns: Set<number> } | undefined;
    grid(name: string): unknown[][];
    selection: { sheet: string; address: string } | null;
    syncCount: number;
    resetCounters(): void;
    addConditionalFormat(sheet: string, format: { range: string; type: string; formula?: string; fill?: string }): void;
    conditionalFormats(sheet: string): { range: string; type: string; formula?: string; fill?: string }[];
    activeSheet: string | null;
    whenIdle(): Promise<void>;
  };
};

/** Puts a workbook's sheets into the preview's in-memory workbook, cell text as text, hidden sheets and columns hidden. */
async function load(spec: WorkbookSpec): Promise<void> {
  const sheets = spec.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => row.map((v) => (v === null ? "" : v))), hidden: s.hidden, hiddenColumns: s.hiddenColumns ?? [] }));
  await page.evaluate((sheets) => {
    const { workbook } = (window as unknown as { regionrapportPreview: Preview }).regionrapportPreview;
    for (const s of sheets) {
      workbook.setText(s.name, "A1", s.values);
      const model = workbook.findSheet(s.name)!;
      if (s.hidden) model.visibility = "Hidden";
      for (const c of s.hiddenColumns) model.hiddenColumns.add(c);
    }
  }, sheets);
}

async function gridsInPage(): Promise<SheetGrid[]> {
  return page.evaluate(() => {
    const { workbook } = (window as unknown as { regionrapportPreview: Preview }).regionrapportPreview;
    return workbook.sheets.map((s) => ({ name: s.name, values: workbook.grid(s.name) as SheetGrid["values"], hidden: s.visibility !== "Visible" }));
  });
}

const inPage = <T>(fn: (wb: Preview["workbook"]) => T | Promise<T>) =>
  page.evaluate(`(${fn.toString()})(window.regionrapportPreview.workbook)`) as Promise<T>;

async function validate(): Promise<void> {
  await page.getByRole("button", { name: "Validera arbetsboken" }).click();
  await page.getByTestId("validate-status").filter({ hasText: /^Valideringen är klar/ }).waitFor();
}

async function openPreview(): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.setDefaultTimeout(30000);
  await page.goto(`${server.url}/preview.html?view=validera`);
  await page.getByRole("button", { name: "Validera arbetsboken" }).waitFor();
}

beforeAll(async () => {
  // The build every e2e test shares (test/support/build.ts), never a dist/ left from an earlier build.
  server = await serveFolder((await testBuild()).preview);
  browser = await launchChromium();
}, BUILD_WAIT);

afterEach(async () => {
  await page?.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the bundled master: every finding says whom it concerns and where its row came from; filtering to one region", async () => {
  await openPreview();
  await load(masterSpec());
  await validate();

  // The region with the most rows without effects in the sample (placeholders "inga insatser" excepted, and rows that
  // are only a cross-reference, "Se även tabell 2.", which get a finding of their own).
  const empty = new Map<string, number>();
  for (const rows of Object.values(sample.tables)) {
    for (const row of rows) {
      if (row.effects?.trim() || row.activity.trim() === NO_ACTIVITIES_TEXT || /^se (även )?/i.test(row.activity.trim())) continue;
      empty.set(row.region, (empty.get(row.region) ?? 0) + 1);
    }
  }
  const [region, count] = [...empty].sort((a, b) => b[1] - a[1])[0];

  // Every finding with a cell names a region (the master has no workbook-level findings).
  const regions = await page.locator("[data-finding]").evaluateAll((els) => els.map((e) => e.getAttribute("data-region")));
  expect(regions.length).toBeGreaterThan(0);
  expect(regions.every((r) => r)).toBe(true);

  await page.getByTestId("filter-region").selectOption(region);
  const shown = await page.locator("[data-finding]").evaluateAll((els) => els.map((e) => e.getAttribute("data-region")));
  expect(new Set(shown)).toEqual(new Set([region]));
  // The source file is the region's own workbook.
  await page.getByTestId("findings").getByText(`Källa: ${fileOf(region)}`).first().waitFor();

  // Its rows without effects: as many findings as the sample has such rows.
  await page.getByTestId("filter-code").selectOption("EFFECTS_EMPTY");
  const items = page.locator("li[data-key]");
  const perItem = await items.evaluateAll((els) => els.map((li) => /(\d+) celler med samma meddelande/.exec(li.textContent ?? "")?.[1] ?? "1"));
  expect(perItem.reduce((n, k) => n + Number(k), 0)).toBe(count);
  await page.screenshot({ path: path.resolve(__dirname, "../../out/e2e-review-master.png") });
}, 120000);

test("Nästa and Föregående move the selection from finding to finding; the viewer shows the cell selected", async () => {
  await openPreview();
  await load(regionalSpec("Blekinge"));
  await validate();
  const cells = await page.getByTestId("findings").locator("[data-cell]").evaluateAll((els) => els.map((e) => [e.closest("section")!.querySelector("h3")!.textContent!.split(" (")[0], e.getAttribute("data-cell")]));
  expect(cells.length).toBeGreaterThan(2);
  const selection = () => inPage((wb) => wb.selection);
  await page.getByRole("button", { name: "Nästa" }).click();
  await page.getByTestId("validate-status").filter({ hasText: `Fynd 1 av ${cells.length}` }).waitFor();
  expect(await selection()).toEqual({ sheet: cells[0][0], address: cells[0][1] });
  await page.getByRole("button", { name: "Nästa" }).click();
  await page.getByTestId("validate-status").filter({ hasText: `Fynd 2 av ${cells.length}` }).waitFor();
  expect(await selection()).toEqual({ sheet: cells[1][0], address: cells[1][1] });
  await page.locator(`[data-cell="${cells[1][1]}"][data-selected="true"]`).waitFor();
  await page.getByRole("button", { name: "Föregående" }).click();
  await page.getByTestId("validate-status").filter({ hasText: `Fynd 1 av ${cells.length}` }).waitFor();
  expect(await selection()).toEqual({ sheet: cells[0][0], address: cells[0][1] });
}, 60000);

test("a warning accepted with a reason: accepted on the next run, reopened when its cell changes; the stamp says validated, then changed", async () => {
  await openPreview();
  await load(regionalSpec("Kalmar"));
  await validate();
  // The stamp is written, on a very hidden sheet, and tells the workbook is validated and unchanged.
  expect(await inPage((wb) => wb.findSheet("Regionrapport validering")?.visibility)).toBe("VeryHidden");
  expect(stampStatus(await gridsInPage()).state).toBe("unchanged");

  // Kalmar's unrecognised Mål cell in table 1 (E4): accept it.
  const item = page.locator("li[data-key]", { has: page.locator('[data-finding="GOALS_UNRECOGNISED"][data-cell="E4"]') });
  await item.getByRole("button", { name: "Godkänn med motivering" }).click();
  const form = page.getByRole("form", { name: "Godkänn varningen" });
  await form.getByRole("textbox", { name: /Motivering/ }).fill("Målet finns i den nya strategin som antogs i år.");
  await form.getByRole("textbox", { name: /Ditt namn/ }).fill("Anna Granskare");
  await form.getByRole("button", { name: "Godkänn" }).click();
  await page.getByTestId("validate-status").filter({ hasText: "Varningen i Tabell 1!E4 är godkänd." }).waitFor();

  await validate();
  await page.getByTestId("validation-summary").filter({ hasText: "1 godkänd" }).waitFor();
  await item.getByText(/^Godkänd \d{4}-\d\d-\d\d av Anna Granskare: Målet finns i den nya strategin som antogs i år\.$/).waitFor();

  // The officer rewrites the cell: the warning opens again on the next run, and the stamp says changed.
  await inPage((wb) => wb.typeInto("Tabell 1", "E4", "Något annat som inte heller är ett mål"));
  expect(stampStatus(await gridsInPage()).state).toBe("changed");
  await validate();
  await item.getByText(/^Öppen igen: cellen har ändrats sedan varningen godkändes/).waitFor();
  expect(await page.getByTestId("validation-summary").textContent()).not.toContain("godkänd");
  // The board's data: the region's workbook validated and unchanged since the last run.
  const board = consolidate([{ file: "2023 Kalmar.xlsx", grids: await gridsInPage() }]).board;
  expect(board.find((b) => b.region === "Kalmar")?.stamp?.state).toBe("unchanged");
  expect(stampStatus(await gridsInPage()).stamp?.fingerprint).toBeTruthy();
  await page.screenshot({ path: path.resolve(__dirname, "../../out/e2e-review-accept.png") });
}, 60000);

test("Ta bort markeringar removes the product's marks and only those", async () => {
  await openPreview();
  await load(regionalSpec("Blekinge"));
  await inPage((wb) => wb.addConditionalFormat("Tabell 1", { range: "A4:E40", type: "Custom", formula: "=LEN(A4)>500", fill: "#E2EFDA" }));
  await validate();
  const ours = () => inPage((wb) => wb.sheets.reduce((n, s) => n + wb.conditionalFormats(s.name).filter((f) => f.formula === '=ISTEXT("Regionrapport")').length, 0));
  expect(await ours()).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Ta bort markeringar" }).click();
  await page.getByTestId("validate-status").filter({ hasText: /markeringar? (är borttagna|är borttagen)/ }).waitFor();
  expect(await ours()).toBe(0);
  expect(await inPage((wb) => wb.conditionalFormats("Tabell 1"))).toEqual([{ range: "A4:E40", type: "Custom", formula: "=LEN(A4)>500", fill: "#E2EFDA" }]);
}, 60000);

test("validation as you type: one edited row is validated again in one round trip; the list and the marks follow", async () => {
  await openPreview();
  await load(regionalSpec("Kalmar"));
  await validate();
  expect(await page.getByRole("switch", { name: "Validera medan du skriver" }).isChecked()).toBe(true);
  await page.locator('[data-finding="GOALS_UNRECOGNISED"]').first().waitFor();
  expect(await page.locator('[data-finding="ROW_MISSING_ACTIVITY"]').count()).toBe(0);

  // The officer empties an activity in table 2, one cell, like pressing Delete and Enter.
  await inPage((wb) => wb.resetCounters());
  await inPage(async (wb) => {
    wb.typeInto("Tabell 2", "B4", "");
    await wb.whenIdle();
  });
  await page.locator('[data-finding="ROW_MISSING_ACTIVITY"][data-cell="B4"]').waitFor();
  await page.getByTestId("validate-status").filter({ hasText: /^Tabell 2!B4 validerad igen/ }).waitFor();
  expect(await inPage((wb) => wb.syncCount)).toBe(1);
  expect(await inPage((wb) => wb.conditionalFormats("Tabell 2").map((f) => f.range))).toContain("B4");

  // And writes it again: one more batch, one more round trip, the error gone.
  await inPage(async (wb) => {
    wb.typeInto("Tabell 2", "B4", "Ny insats");
    await wb.whenIdle();
  });
  await page.locator('[data-finding="ROW_MISSING_ACTIVITY"]').waitFor({ state: "detached" });
  expect(await inPage((wb) => wb.syncCount)).toBe(2);
}, 60000);

test("no serious accessibility violations of the product's own in the pane (axe-core)", async () => {
  await openPreview();
  await load(regionalSpec("Blekinge"));
  await validate();
  await page.locator("li[data-key]").filter({ has: page.getByRole("button", { name: "Godkänn med motivering" }) }).first().getByRole("button", { name: "Godkänn med motivering" }).click();
  await page.getByRole("form", { name: "Godkänn varningen" }).waitFor();
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; help: string; nodes: { target: string[]; html: string }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    const result = await axe.run({ include: [["[data-testid=pane]"]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html })) }));
  });
  // Fluent UI's focus-management sentinels (tabster's <i data-tabster-dummy>, aria-hidden and
  // focusable by design) are the library's, not the product's: a known axe finding on Fluent v9.
  const own = violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !/^<i [^>]*data-tabster-dummy/.test(n.html)) }))
    .filter((v) => v.nodes.length && (v.impact === "serious" || v.impact === "critical"));
  expect(own).toEqual([]);
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").every((v) => v.id === "aria-hidden-focus")).toBe(true);
  await page.screenshot({ path: path.resolve(__dirname, "../../out/e2e-review-a11y.png") });
}, 60000);
