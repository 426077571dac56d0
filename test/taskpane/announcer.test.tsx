/** @jest-environment jsdom */
/* Screen readers hear the pane's outcomes: a notice that appears is put into a live region. */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { openWorkbook } from "../../src/excel/workbook";
import { App } from "../../src/taskpane/App";
import { announcerRegions } from "../../src/taskpane/Announcer";
import { MemoryWorkbook } from "../../src/testing";

jest.setTimeout(60000);

test("the template created is announced in a live region", async () => {
  const workbook = new MemoryWorkbook(["Blad1"]);
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  render(<App workbook={openWorkbook(workbook.run)} />);
  await user.click(screen.getByRole("combobox", { name: /Region/ }));
  await user.click(await screen.findByRole("option", { name: "Gotland" }));
  await user.click(screen.getByRole("button", { name: "Skapa mall" }));
  const live = announcerRegions(screen.getByTestId("announcer"));
  expect(live.map((e) => e.getAttribute("aria-live"))).toEqual(["polite", "assertive"]);
  await waitFor(() => expect(live.map((e) => e.textContent).join(" ")).toMatch(/Mallen för Gotland \d{4} är skapad/));
  // The page's own text shows the notice once.
  expect(screen.getAllByText(/Mallen för Gotland \d{4} är skapad/)).toHaveLength(1);
});
