/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { openWorkbook } from "../../src/excel/workbook";
import { App } from "../../src/taskpane/App";
import { sampleWorkbook } from "../excel/workbooks";

jest.setTimeout(60000);

const user = () => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

test("picks goals and writes canonical references into the selected row's Mål cell, keeping what was there", async () => {
  const { workbook } = await sampleWorkbook("Blekinge");
  const before = String(workbook.cell("Tabell 1", "E4")?.value);
  workbook.activeSheet = "Tabell 1";
  workbook.selection = { sheet: "Tabell 1", address: "B4" };
  const u = user();
  render(<App workbook={openWorkbook(workbook.run)} initialView="mal" />);

  await u.click(screen.getByRole("button", { name: "Hämta markerad rad" }));
  expect((await screen.findByTestId("goal-target")).textContent).toContain("Tabell 1, rad 4 (Blekinge) · E4");

  await u.type(screen.getByTestId("goal-search"), "hälsa välbef");
  await u.click(await screen.findByRole("checkbox", { name: "Agenda 2030: 3 Hälsa och välbefinnande" }));
  await u.click(screen.getByRole("button", { name: "Skriv in i Mål-cellen" }));
  expect(await screen.findByText("1 mål skrivna i Tabell 1!E4.")).toBeTruthy();
  expect(workbook.cell("Tabell 1", "E4")?.value).toBe(`${before}\nAgenda 2030: 3 Hälsa och välbefinnande`);

  // The same goal again adds nothing.
  await u.click(screen.getByRole("checkbox", { name: "Agenda 2030: 3 Hälsa och välbefinnande" }));
  await u.click(screen.getByRole("button", { name: "Skriv in i Mål-cellen" }));
  expect(await screen.findByText("De valda målen står redan i cellen.")).toBeTruthy();
});

test("the region's own RUS goals come first, and a selection outside the tables is explained", async () => {
  const { workbook } = await sampleWorkbook("Blekinge");
  workbook.activeSheet = "Information";
  workbook.selection = { sheet: "Information", address: "B3" };
  const u = user();
  render(<App workbook={openWorkbook(workbook.run)} initialView="mal" />);
  await u.click(screen.getByRole("button", { name: "Hämta markerad rad" }));
  expect(await screen.findByText(/Information!B3 är inte en rad i tabell 1–7/)).toBeTruthy();

  workbook.activeSheet = "Tabell 2";
  workbook.selection = { sheet: "Tabell 2", address: "A5" };
  await u.click(screen.getByRole("button", { name: "Hämta markerad rad" }));
  await screen.findByTestId("goal-target");
  await u.type(screen.getByTestId("goal-search"), "attraktivitet");
  const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
  expect(headings[0]).toBe("RUS Blekinge");
});

test("imports the coordinator's JSON into the Mål sheet and the new goal becomes searchable", async () => {
  const { workbook } = await sampleWorkbook("Gotland");
  workbook.activeSheet = "Tabell 1";
  workbook.selection = { sheet: "Tabell 1", address: "B4" };
  const u = user();
  render(<App workbook={openWorkbook(workbook.run)} initialView="mal" />);
  await u.click(screen.getByRole("button", { name: "Hämta markerad rad" }));
  await screen.findByTestId("goal-target");
  const json = JSON.stringify({ source: "Region Gotland, RUS 2025", goals: [{ region: "Gotland", type: "Mål", code: "9", name: "Ett klimatneutralt Gotland till 2040" }] });
  await u.upload(screen.getByTestId("goal-import") as HTMLInputElement, new File([json], "mal.json", { type: "application/json" }));
  expect(await screen.findByText(/1 mål importerade till bladet Mål/)).toBeTruthy();
  expect(workbook.grid("Mål")[0].slice(0, 4)).toEqual(["Region", "Typ", "Kod", "Namn"]);
  expect(workbook.grid("Mål")[1].slice(0, 4)).toEqual(["Gotland", "Mål", "9", "Ett klimatneutralt Gotland till 2040"]);
  await u.type(screen.getByTestId("goal-search"), "klimatneutralt");
  expect(await screen.findByRole("checkbox", { name: /Ett klimatneutralt Gotland till 2040/ })).toBeTruthy();
});
