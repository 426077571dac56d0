/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { openWorkbook } from "../../src/excel/workbook";
import { App } from "../../src/taskpane/App";
import { sampleWorkbook } from "../excel/workbooks";

jest.setTimeout(60000);

test("validates the open workbook, groups findings by sheet and selects a finding's cell", async () => {
  const { workbook } = await sampleWorkbook("Blekinge");
  // Break a published row: no goals, and an Agenda 2030 goal that does not exist.
  workbook.setValues("Tabell 2", "E4", [["Agenda 2030: Mål 19 Bättre väder"]]);
  workbook.setValues("Tabell 3", "C4", [[""]]);
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  render(<App workbook={openWorkbook(workbook.run)} initialView="validera" />);

  await user.click(screen.getByRole("button", { name: "Validera arbetsboken" }));
  const summary = await screen.findByTestId("validation-summary");
  expect(summary.getAttribute("aria-label")).toMatch(/^\d+ fel, \d+ varning(ar)?$/);

  const agenda = screen.getByText(/Tabell 2 \(/).closest("[class*=accordion]") ?? document.body;
  const outOfRange = within(agenda as HTMLElement).getAllByRole("button").find((b) => b.getAttribute("data-finding") === "AGENDA2030_NUMBER_OUT_OF_RANGE");
  expect(outOfRange).toBeTruthy();
  expect(outOfRange!.textContent).toContain("E4");
  await user.click(outOfRange!);
  expect(workbook.selection).toEqual({ sheet: "Tabell 2", address: "E4" });

  const missing = screen.getAllByRole("button").find((b) => b.getAttribute("data-finding") === "ROW_MISSING_OUTPUTS");
  expect(missing?.textContent).toContain("C4");

  // The cells are marked in the sheet.
  expect(workbook.conditionalFormats("Tabell 2").some((f) => f.range === "E4")).toBe(true);

  await user.click(screen.getByRole("button", { name: "Skriv valideringsrapport" }));
  expect(await screen.findByText("Bladet Valideringsrapport är skrivet.")).toBeTruthy();
  expect(workbook.findSheet("Valideringsrapport")).toBeDefined();
});

test("a clean workbook says so", async () => {
  const { workbook } = await sampleWorkbook("Dalarna");
  const open = openWorkbook(workbook.run);
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  const result = await open.validate("sv");
  render(<App workbook={{ ...open, validate: async () => ({ ...result, findings: [], counts: { fel: 0, varning: 0 } }) }} initialView="validera" />);
  await user.click(screen.getByRole("button", { name: "Validera arbetsboken" }));
  expect(await screen.findByText(/Inga fel och inga varningar/)).toBeTruthy();
});
