/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { openWorkbook } from "../../src/excel/workbook";
import { App } from "../../src/taskpane/App";
import { sampleWorkbook } from "../excel/workbooks";

jest.setTimeout(60000);
// The pane loads the picker with import() (its own chunk in the build); jest runs CommonJS.
jest.mock("../../src/taskpane/lazyViews", () => ({ loadGoalsView: async () => jest.requireActual("../../src/taskpane/GoalsView") }));

const user = () => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
const target = async () => (await screen.findByTestId("goal-target")).textContent;

// Blekinge's first table 1 row (seed line 22) cites "Mål i RUS: Stärkt attraktivitet särskilt för unga." and two prioriteringar.
const BLEKINGE_GOAL = "RUS Blekinge: Stärkt attraktivitet särskilt för unga";

test("follows the selection: the selected row and its goals as chips, one read per change", async () => {
  const { workbook } = await sampleWorkbook("Blekinge");
  workbook.userSelect("Tabell 1", "B4");
  render(<App workbook={openWorkbook(workbook.run)} initialView="mal" />);
  expect(await target()).toContain("Tabell 1, rad 4 (Blekinge) · E4");
  const chips = await screen.findByTestId("goals-in-cell");
  expect(within(chips).getByText(BLEKINGE_GOAL)).toBeTruthy();
  await waitFor(() => expect(workbook.selectionHandlers.size).toBe(1));

  workbook.syncCount = 0;
  workbook.userSelect("Tabell 2", "C5");
  await waitFor(async () => expect(await target()).toContain("Tabell 2, rad 5 (Blekinge) · E5"));
  expect(workbook.syncCount).toBe(1);

  workbook.userSelect("Information", "B3");
  expect(await screen.findByText(/Information!B3 är inte en rad i tabell 1–7/)).toBeTruthy();
});

test("search with a typo, tick, the ticked goal stays across searches, write, and the picker follows to the next row", async () => {
  const { workbook } = await sampleWorkbook("Blekinge");
  const before = String(workbook.cell("Tabell 1", "E4")?.value);
  workbook.userSelect("Tabell 1", "B4");
  const u = user();
  render(<App workbook={openWorkbook(workbook.run)} initialView="mal" />);
  await target();

  await u.type(screen.getByTestId("goal-search"), "klimta");
  await u.click(await screen.findByRole("checkbox", { name: "Agenda 2030: 13 Bekämpa klimatförändringarna" }));
  await u.clear(screen.getByTestId("goal-search"));
  await u.type(screen.getByTestId("goal-search"), "innovaiton");
  await u.click(await screen.findByRole("checkbox", { name: "Regionalfonden: 1.1 Stärka forskning och innovation" }));
  // Both ticks are still shown although the first is not among these results.
  const chosen = screen.getByTestId("goals-chosen");
  expect(within(chosen).getByText("Agenda 2030: 13 Bekämpa klimatförändringarna")).toBeTruthy();
  expect(within(chosen).getByText("Regionalfonden: 1.1 Stärka forskning och innovation")).toBeTruthy();
  expect(screen.getByText("2 valda")).toBeTruthy();

  workbook.syncCount = 0;
  await u.click(screen.getByRole("button", { name: "Skriv in i Mål-cellen" }));
  expect(await screen.findByText("2 mål skrivna i Tabell 1!E4.")).toBeTruthy();
  expect(workbook.syncCount).toBe(1);
  expect(workbook.cell("Tabell 1", "E4")?.value).toBe(`${before}\nAgenda 2030: 13 Bekämpa klimatförändringarna\nRegionalfonden: 1.1 Stärka forskning och innovation`);
  // The written goals are now the cell's: chips, and ticked in the results.
  expect(within(screen.getByTestId("goals-in-cell")).getByText("Regionalfonden: 1.1 Stärka forskning och innovation")).toBeTruthy();
  expect((screen.getByRole("checkbox", { name: "Regionalfonden: 1.1 Stärka forskning och innovation" }) as HTMLInputElement).checked).toBe(true);
  expect(screen.queryByTestId("goals-chosen")).toBeNull();

  workbook.userSelect("Tabell 1", "D5");
  await waitFor(async () => expect(await target()).toContain("Tabell 1, rad 5 (Blekinge) · E5"));
  expect((screen.getByRole("checkbox", { name: "Regionalfonden: 1.1 Stärka forskning och innovation" }) as HTMLInputElement).checked).toBe(false);
});

test("a goal in the cell can be ticked off and is removed on write", async () => {
  const { workbook } = await sampleWorkbook("Blekinge");
  workbook.userSelect("Tabell 1", "E4");
  const u = user();
  render(<App workbook={openWorkbook(workbook.run)} initialView="mal" />);
  await screen.findByTestId("goals-in-cell");
  // Nothing ticked, nothing ticked off: nothing to write.
  expect((screen.getByRole("button", { name: "Skriv in i Mål-cellen" }) as HTMLButtonElement).disabled).toBe(true);

  await u.click(screen.getByRole("button", { name: `Ta bort ${BLEKINGE_GOAL}` }));
  expect(screen.getByText("1 mål tas bort när du skriver.")).toBeTruthy();
  await u.click(screen.getByRole("button", { name: "Skriv in i Mål-cellen" }));
  expect(await screen.findByText("Tabell 1!E4: 0 mål inskrivna, 1 borttagna.")).toBeTruthy();
  const text = String(workbook.cell("Tabell 1", "E4")?.value);
  expect(text).not.toContain("Stärkt attraktivitet särskilt för unga");
  expect(text).toMatch(/^Mål i RUS:\nPrioritering Främja tillgången/);
});

test("says when nothing matches", async () => {
  const { workbook } = await sampleWorkbook("Blekinge");
  workbook.userSelect("Tabell 1", "B4");
  const u = user();
  render(<App workbook={openWorkbook(workbook.run)} initialView="mal" />);
  await target();
  await u.type(screen.getByTestId("goal-search"), "qqxqzv");
  expect((await screen.findByTestId("goal-no-matches")).textContent).toContain('Inga mål matchar "qqxqzv"');
});

test("takes the region from the Information sheet before any row is selected: a Skåne workbook offers Skåne's RUS, never Blekinge's", async () => {
  const { workbook } = await sampleWorkbook("Skåne");
  workbook.userSelect("Information", "A1");
  const u = user();
  render(<App workbook={openWorkbook(workbook.run)} initialView="mal" />);
  await screen.findByTestId("goal-no-target");
  await u.type(screen.getByTestId("goal-search"), "attraktivitet");
  const headings = (await screen.findAllByRole("heading", { level: 3 })).map((h) => h.textContent);
  expect(headings).toContain("RUS Skåne");
  expect(headings).not.toContain("RUS Blekinge");
});

test("the English pane searches English names", async () => {
  const { workbook } = await sampleWorkbook("Skåne");
  workbook.userSelect("Tabell 1", "B4");
  const u = user();
  render(<App workbook={openWorkbook(workbook.run)} initialView="mal" language="en" />);
  await target();
  await u.type(screen.getByTestId("goal-search"), "culture sustainable tourism");
  expect(await screen.findByRole("checkbox", { name: /^Regionalfonden: 4\.6 Kultur och hållbar turism \(enhancing the role of culture/ })).toBeTruthy();
});

test("works by keyboard: type a search, tick a goal with space, write with enter (the tab order is the browser test's)", async () => {
  const { workbook } = await sampleWorkbook("Blekinge");
  workbook.userSelect("Tabell 1", "B5");
  const u = user();
  render(<App workbook={openWorkbook(workbook.run)} initialView="mal" />);
  await target();
  screen.getByTestId("goal-search").focus();
  await u.keyboard("hälsa välbef");
  const box = await screen.findByRole("checkbox", { name: "Agenda 2030: 3 Hälsa och välbefinnande" });
  box.focus();
  await u.keyboard(" ");
  expect((box as HTMLInputElement).checked).toBe(true);
  screen.getByRole("button", { name: "Skriv in i Mål-cellen" }).focus();
  await u.keyboard("{Enter}");
  expect(await screen.findByText("1 mål skrivna i Tabell 1!E5.")).toBeTruthy();
});

test("imports the coordinator's JSON into the Mål sheet and the new goal becomes searchable", async () => {
  const { workbook } = await sampleWorkbook("Gotland");
  workbook.userSelect("Tabell 1", "B4");
  const u = user();
  render(<App workbook={openWorkbook(workbook.run)} initialView="mal" />);
  await target();
  const json = JSON.stringify({ source: "Region Gotland, RUS 2025", goals: [{ region: "Gotland", type: "Mål", code: "9", name: "Ett klimatneutralt Gotland till 2040" }] });
  await u.upload(screen.getByTestId("goal-import") as HTMLInputElement, new File([json], "mal.json", { type: "application/json" }));
  expect(await screen.findByText(/1 mål importerade till bladet Mål/)).toBeTruthy();
  expect(workbook.grid("Mål")[0].slice(0, 4)).toEqual(["Region", "Typ", "Kod", "Namn"]);
  expect(workbook.grid("Mål")[1].slice(0, 4)).toEqual(["Gotland", "Mål", "9", "Ett klimatneutralt Gotland till 2040"]);
  await u.type(screen.getByTestId("goal-search"), "klimatneutralt");
  expect(await screen.findByRole("checkbox", { name: /Ett klimatneutralt Gotland till 2040/ })).toBeTruthy();
});
