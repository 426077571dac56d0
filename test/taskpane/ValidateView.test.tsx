/** @jest-environment jsdom */
/*
 * The Validera view on the in-memory workbook: real validation, real marks, real exceptions; the
 * expected cells come from the published rows (test/excel/workbooks.ts) and the cells broken here.
 */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { EXCEPTIONS_SHEET } from "../../src/core/validation";
import { openWorkbook } from "../../src/excel/workbook";
import { App } from "../../src/taskpane/App";
import type { NameStore } from "../../src/taskpane/ValidateView";
import { ValidateView } from "../../src/taskpane/ValidateView";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryWorkbook, RichApiError } from "../../src/testing";
import { markedCells, sampleWorkbook } from "../excel/workbooks";

jest.setTimeout(60000);

const user = () => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
const memoryNames = (): NameStore => {
  let name = "";
  return { get: () => name, set: (n) => (name = n) };
};

function renderView(workbook: MemoryWorkbook, names: NameStore = memoryNames()) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ValidateView workbook={openWorkbook(workbook.run)} names={names} now={() => new Date(2024, 2, 1, 10, 0)} />
    </FluentProvider>
  );
}

async function validate() {
  // findByRole: after a dialog the page is accessible again once the dialog has gone.
  await user().click(await screen.findByRole("button", { name: "Validera arbetsboken" }));
  await waitFor(() => expect(screen.getByTestId("validate-status").textContent).toMatch(/^Valideringen är klar/));
}

const findingButtons = (code: string) => [...document.querySelectorAll(`[data-finding="${code}"]`)] as HTMLElement[];

test("validates the open workbook, groups findings by sheet and selects a finding's cell", async () => {
  const { workbook } = await sampleWorkbook("Blekinge");
  // Break a published row: no outputs, and an Agenda 2030 goal that does not exist.
  workbook.setValues("Tabell 2", "E4", [["Agenda 2030: Mål 19 Bättre väder"]]);
  workbook.setValues("Tabell 3", "C4", [[""]]);
  render(<App workbook={openWorkbook(workbook.run)} initialView="validera" />);
  await validate();
  const summary = screen.getByTestId("validation-summary");
  expect(summary.getAttribute("aria-label")).toMatch(/^\d+ fel, \d+ varning(ar)?$/);

  const table2 = screen.getByRole("region", { name: /^Tabell 2 \(/ });
  const outOfRange = within(table2).getAllByRole("button").find((b) => b.getAttribute("data-finding") === "AGENDA2030_NUMBER_OUT_OF_RANGE")!;
  expect(outOfRange.textContent).toContain("E4");
  // The code is there, as a secondary detail after the message.
  expect(outOfRange.textContent!.indexOf("Kod AGENDA2030_NUMBER_OUT_OF_RANGE")).toBeGreaterThan(outOfRange.textContent!.indexOf("Agenda 2030 har mål 1–17"));
  await user().click(outOfRange);
  expect(workbook.selection).toEqual({ sheet: "Tabell 2", address: "E4" });
  expect(findingButtons("ROW_MISSING_OUTPUTS").map((b) => b.getAttribute("data-cell"))).toContain("C4");
  expect(workbook.conditionalFormats("Tabell 2").some((f) => f.range === "E4")).toBe(true);

  await user().click(screen.getByRole("button", { name: "Skriv valideringsrapport" }));
  await waitFor(() => expect(screen.getByTestId("validate-status").textContent).toBe("Bladet Valideringsrapport är skrivet."));
  expect(workbook.findSheet("Valideringsrapport")).toBeDefined();
});

test("a clean workbook says so: Kalmar's published report with its two unrecognised Mål cells written as recognised goals", async () => {
  const { workbook } = await sampleWorkbook("Kalmar");
  // Kalmar's only findings in the published rows: Tabell 1!E4 and Tabell 7!E6, and Tabell 3!E7's "React- EU"
  // (a 2014–2020 programme; see test/cli/validate.test.ts).
  workbook.setText("Tabell 1", "E4", [["Agenda 2030: 7 Hållbar energi för alla"]]);
  workbook.setText("Tabell 3", "E7", [["RUS: Stärkt konkurrenskraft ERUF: Nationella ERUF programmet"]]);
  workbook.setText("Tabell 7", "E6", [["Agenda 2030: 13 Bekämpa klimatförändringarna"]]);
  renderView(workbook);
  await validate();
  expect(screen.getByTestId("validation-summary").textContent).toMatch(/Inga fel och inga varningar/);
  expect(screen.getByTestId("validate-status").textContent).toMatch(/^Valideringen är klar: 0 fel, 0 varningar\./);
  expect(markedCells(workbook).size).toBe(0);
});

test("an empty workbook points to Mall instead of listing nine findings", async () => {
  const workbook = new MemoryWorkbook(["Blad1"]);
  render(<App workbook={openWorkbook(workbook.run)} initialView="validera" />);
  await validate();
  const empty = screen.getByTestId("validation-empty");
  expect(within(empty).getByRole("heading").textContent).toBe("Arbetsboken har inga rapporttabeller ännu");
  expect(screen.queryByTestId("findings")).toBeNull();
  await user().click(within(empty).getByRole("button", { name: "Gå till Mall" }));
  expect(await screen.findByRole("button", { name: "Skapa mall" })).toBeTruthy();
});

test("filters by severity, table and kind, groups by region; a workbook-level finding is a readable, focusable item", async () => {
  const { workbook } = await sampleWorkbook("Blekinge");
  workbook.setValues("Tabell 2", "E4", [["Agenda 2030: Mål 19 Bättre väder"]]);
  // No Tabell 5: a workbook-level error.
  workbook.sheets.splice(workbook.sheets.findIndex((s) => s.name === "Tabell 5"), 1);
  renderView(workbook);
  await validate();

  const missing = findingButtons("TABLE_MISSING")[0];
  expect(missing.tagName).toBe("DIV");
  expect(missing.getAttribute("tabindex")).toBe("0");
  expect(missing.hasAttribute("disabled") || missing.getAttribute("aria-disabled") === "true").toBe(false);
  expect(missing.textContent).toContain("Gäller hela arbetsboken");
  // Workbook-level findings first.
  expect(screen.getAllByRole("heading", { level: 3 })[0].textContent).toMatch(/^Arbetsboken \(1 fel/);

  await user().selectOptions(screen.getByTestId("filter-severity"), "fel");
  const errors = [...document.querySelectorAll("[data-finding]")].map((e) => e.getAttribute("data-finding"));
  expect(errors).toEqual(expect.arrayContaining(["TABLE_MISSING", "AGENDA2030_NUMBER_OUT_OF_RANGE"]));
  expect(errors).not.toContain("EFFECTS_EMPTY");

  await user().selectOptions(screen.getByTestId("filter-severity"), "all");
  await user().selectOptions(screen.getByTestId("filter-table"), "2");
  const table2 = [...document.querySelectorAll("[data-cell]")].map((e) => e.getAttribute("data-cell"));
  expect(table2).toContain("E4");
  expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([expect.stringMatching(/^Tabell 2 /)]);

  await user().click(screen.getByRole("button", { name: "Visa alla" }));
  const codeFilter = screen.getByTestId("filter-code") as HTMLSelectElement;
  // Kinds of finding by their names, the code not shown.
  expect([...codeFilter.options].map((o) => o.textContent)).toContain("Effekter är tomma (4)");
  await user().selectOptions(codeFilter, "EFFECTS_EMPTY");
  expect(findingButtons("EFFECTS_EMPTY").map((b) => b.getAttribute("data-cell"))).toHaveLength(4);
  expect(screen.getByTestId("findings-shown").textContent).toMatch(/^4 av \d+ fynd visas$/);

  await user().click(screen.getByRole("radio", { name: "Region" }));
  expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([expect.stringMatching(/^Blekinge \(0 fel, 4 varningar\)$/)]);
});

test("Nästa and Föregående select the findings' cells in list order and say where they are", async () => {
  const { workbook } = await sampleWorkbook("Blekinge");
  renderView(workbook);
  await validate();
  // Blekinge's published rows (as the CLI reports them): a duplicate at Tabell 1!A6, empty effects at Tabell 1!D9, …
  const cells = [...document.querySelectorAll("[data-cell]")].map((e) => `${e.closest("section")!.querySelector("h3")!.textContent!.split(" (")[0]}!${e.getAttribute("data-cell")}`);
  expect(cells.slice(0, 3)).toEqual(["Tabell 1!A6", "Tabell 1!D9", "Tabell 3!C4"]);
  const next = screen.getByTestId("next-finding");
  const previous = screen.getByTestId("previous-finding");
  await user().click(next);
  await waitFor(() => expect(workbook.selection).toEqual({ sheet: "Tabell 1", address: "A6" }));
  expect(screen.getByTestId("validate-status").textContent).toBe(`Fynd 1 av ${cells.length}: Tabell 1!A6 markerad.`);
  expect(previous.hasAttribute("disabled")).toBe(true);
  await user().click(next);
  await waitFor(() => expect(workbook.selection).toEqual({ sheet: "Tabell 1", address: "D9" }));
  await user().click(next);
  await waitFor(() => expect(workbook.selection).toEqual({ sheet: "Tabell 3", address: "C4" }));
  await user().click(previous);
  await waitFor(() => expect(workbook.selection).toEqual({ sheet: "Tabell 1", address: "D9" }));
  expect(document.querySelector('[aria-current="true"] [data-cell="D9"], [aria-current="true"][data-cell="D9"]') ?? document.querySelector('[aria-current="true"]')).toBeTruthy();
});

test("identical messages are one item with a count; its cells can be shown and walked", async () => {
  const { workbook } = await sampleWorkbook("Blekinge");
  for (const cell of ["E4", "E5", "E6"]) workbook.setText("Tabell 2", cell, [["Något som inte är ett mål"]]);
  renderView(workbook);
  await validate();
  const items = [...document.querySelectorAll("li[data-key]")].filter((li) => li.textContent!.includes("3 celler med samma meddelande"));
  expect(items).toHaveLength(1);
  const item = items[0] as HTMLElement;
  await user().click(within(item).getByRole("button", { name: "Visa 3 celler" }));
  expect(within(item).getAllByRole("button").filter((b) => b.getAttribute("data-cell")).map((b) => b.getAttribute("data-cell"))).toEqual(["E4", "E5", "E6"]);
  await user().click(within(item).getAllByRole("button").find((b) => b.getAttribute("data-cell") === "E5")!);
  expect(workbook.selection).toEqual({ sheet: "Tabell 2", address: "E5" });
});

test("Godkänn med motivering: the reason and name are kept in the workbook, the warning shows accepted, focus comes back; errors offer no such button", async () => {
  const { workbook } = await sampleWorkbook("Kalmar");
  workbook.setValues("Tabell 2", "B4", [[""]]);
  const names = memoryNames();
  renderView(workbook, names);
  await validate();
  const error = findingButtons("ROW_MISSING_ACTIVITY")[0].closest("li")!;
  expect(within(error).queryByRole("button", { name: "Godkänn med motivering" })).toBeNull();

  const warning = findingButtons("GOALS_UNRECOGNISED").find((b) => b.getAttribute("data-cell") === "E4")!.closest("li")!;
  const open = within(warning).getByRole("button", { name: "Godkänn med motivering" });
  await user().click(open);
  const dialog = screen.getByRole("form", { name: "Godkänn varningen" });
  expect(document.activeElement).toBe(within(dialog).getByRole("textbox", { name: /Motivering/ }));
  // Esc closes it and focus goes back to the button; open it again.
  await user().keyboard("{Escape}");
  expect(screen.queryByRole("form")).toBeNull();
  expect(document.activeElement).toBe(open);
  await user().click(open);
  const dialogAgain = screen.getByRole("form", { name: "Godkänn varningen" });
  await user().click(within(dialogAgain).getByRole("button", { name: "Godkänn" }));
  expect(within(dialogAgain).getByText("Skriv en motivering.")).toBeTruthy();
  const form = screen.getByRole("form", { name: "Godkänn varningen" });
  await user().type(within(form).getByRole("textbox", { name: /Motivering/ }), "Målet finns i den nya strategin.");
  await user().type(within(form).getByRole("textbox", { name: /Ditt namn/ }), "Anna Granskare");
  await user().click(within(form).getByRole("button", { name: "Godkänn" }));

  await waitFor(() => expect(screen.getByTestId("validate-status").textContent).toBe("Varningen i Tabell 1!E4 är godkänd."));
  expect(screen.getByTestId("validation-summary").textContent).toContain("1 godkänd");
  const accepted = [...document.querySelectorAll("li[data-key]")].find((li) => li.textContent!.includes("Godkänd 2024-03-01 av Anna Granskare: Målet finns i den nya strategin."))!;
  expect(accepted).toBeTruthy();
  await waitFor(() => expect(accepted.contains(document.activeElement)).toBe(true));
  expect(names.get()).toBe("Anna Granskare");
  expect(workbook.findSheet(EXCEPTIONS_SHEET)?.visibility).toBe("VeryHidden");
  expect(markedCells(workbook).has("Tabell 1!E4")).toBe(false);

  // A second run reads the exception back from the workbook.
  await validate();
  expect(screen.getByTestId("validation-summary").textContent).toContain("1 godkänd");
  await user().selectOptions(screen.getByTestId("filter-severity"), "accepted");
  expect(findingButtons("GOALS_UNRECOGNISED").map((b) => b.getAttribute("data-cell"))).toEqual(["E4"]);
});

test("validation as you type: an edited row updates the list without a new run; Ta bort markeringar says how many went", async () => {
  const { workbook } = await sampleWorkbook("Kalmar");
  renderView(workbook);
  await validate();
  expect((screen.getByRole("switch", { name: "Validera medan du skriver" }) as HTMLInputElement).checked).toBe(true);
  expect(findingButtons("ROW_MISSING_ACTIVITY")).toHaveLength(0);
  await act(async () => {
    workbook.typeInto("Tabell 2", "B4", "");
    await workbook.whenIdle();
  });
  await waitFor(() => expect(findingButtons("ROW_MISSING_ACTIVITY").map((b) => b.getAttribute("data-cell"))).toEqual(["B4"]));
  expect(screen.getByTestId("validate-status").textContent).toMatch(/^Tabell 2!B4 validerad igen: 1 fel, 3 varningar i arbetsboken\.$/);

  const marks = markedCells(workbook).size;
  await user().click(screen.getByRole("button", { name: "Ta bort markeringar" }));
  await waitFor(() => expect(screen.getByTestId("validate-status").textContent).toBe(`${marks} markeringar är borttagna.`));
  expect(markedCells(workbook).size).toBe(0);
});

test("an Office error is told by its code, in the pane's language, in an alert", async () => {
  const { workbook } = await sampleWorkbook("Kalmar");
  const open = openWorkbook(workbook.run);
  const failing = { ...open, validate: async () => Promise.reject(new RichApiError("InvalidOperationInCellEditMode")) };
  render(<App workbook={failing} initialView="validera" language="en" />);
  await user().click(screen.getByRole("button", { name: "Validate the workbook" }));
  const alert = await screen.findByRole("alert");
  await waitFor(() => expect(alert.textContent).toContain("Excel is editing a cell right now. Press Enter or Esc to leave the cell and try again. (Excel error code InvalidOperationInCellEditMode)"));
  expect(alert.textContent).not.toContain("cell-editing mode");
});
