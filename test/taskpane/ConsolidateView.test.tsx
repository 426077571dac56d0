/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { consolidate, type ConsolidationResult } from "../../src/core/consolidation";
import { openWorkbook } from "../../src/excel/workbook";
import { Board, regionStatuses } from "../../src/taskpane/Board";
import type { ConsolidateRunner } from "../../src/taskpane/consolidateClient";
import { type JobReply, type JobRequest, paneResult } from "../../src/taskpane/consolidateJob";
import { drillRows } from "../../src/taskpane/drill";
import { ConsolidateView } from "../../src/taskpane/ConsolidateView";
import { LanguageContext } from "../../src/taskpane/i18n";
import { MemoryWorkbook } from "../../src/testing";
import { reportOf, sampleInputs } from "../core/consolidation/helpers";

jest.setTimeout(60000);

const inputs = sampleInputs(["Gotland", "Kalmar"]);
const result = consolidate(inputs, { runDate: "2024-02-10" });
const rowsOf = (region: "Gotland" | "Kalmar", table: number) => (reportOf(region).tables as unknown as Record<number, unknown[]>)[table].length;

/** A runner the test drives: it records requests and replies when told to. */
function fakeRunner() {
  const requests: JobRequest[] = [];
  let reply: ((r: JobReply) => void) | null = null;
  let cancelled = 0;
  const runner: ConsolidateRunner = {
    mode: "inline",
    send(request, onReply) {
      requests.push(request);
      reply = onReply;
    },
    cancel() {
      cancelled++;
      reply = null;
    },
  };
  return { runner, requests, answer: (r: JobReply) => act(() => reply?.(r)), cancelled: () => cancelled };
}

function file(name: string) {
  return new File([new Uint8Array([1, 2, 3])], name, { lastModified: 0 });
}

test("every board cell is a button with a name; one tab stop; arrow keys move; choosing opens the drill-down", async () => {
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const chosen: string[] = [];
  render(<Board board={result.board} statuses={regionStatuses(result)} onSelect={(c) => chosen.push(`${c.region} ${c.table}`)} />);
  const cells = within(screen.getByTestId("board")).getAllByRole("button");
  expect(cells).toHaveLength(21 * 8);
  expect(cells.filter((c) => c.tabIndex === 0)).toHaveLength(1);
  const name = new RegExp(`^Kalmar, tabell 3: ${rowsOf("Kalmar", 3)} rad(er)?, \\d+ fel`);
  const kalmar3 = screen.getByRole("button", { name });
  expect(screen.getByRole("button", { name: "Dalarna, tabell 1: saknas" })).toBeTruthy();
  await user.click(kalmar3);
  expect(chosen).toEqual(["Kalmar 3"]);
  await user.keyboard("{ArrowDown}");
  expect(document.activeElement?.getAttribute("aria-label")).toMatch(/^Kronoberg, tabell 3: saknas$/);
  await user.keyboard("{Enter}");
  expect(chosen).toEqual(["Kalmar 3", "Kronoberg 3"]);
  expect(screen.getByTestId("status-Kalmar").textContent).toBe("mottagen");
  expect(screen.getByTestId("status-Dalarna").textContent).toBe("saknas");
});

test("the view: progress with Cancel, the board when done, drill-down rows, a new batch clears the old result", async () => {
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const fake = fakeRunner();
  const memory = new MemoryWorkbook(["Blad1"]);
  render(<ConsolidateView workbook={openWorkbook(memory.run)} runner={fake.runner} />);
  await user.upload(screen.getByTestId("consolidate-files"), [file("Gotland.xlsx"), file("Kalmar.xlsx")]);
  await screen.findByText("Läser 1 av 2: Gotland.xlsx");
  expect(fake.requests[0]).toMatchObject({ kind: "start", files: [{ name: "Gotland.xlsx" }, { name: "Kalmar.xlsx" }] });
  fake.answer({ kind: "reading", done: 1, total: 2, file: "Kalmar.xlsx" });
  expect(screen.getByText("Läser 2 av 2: Kalmar.xlsx")).toBeTruthy();
  fake.answer({ kind: "consolidating" });
  expect(screen.getByRole("button", { name: "Avbryt" })).toBeTruthy();
  fake.answer({ kind: "done", result: paneResult(result) });
  expect(screen.queryByTestId("consolidate-progress")).toBeNull();
  expect(screen.getByTestId("board")).toBeTruthy();
  // Rows read: writing is the primary action.
  const write = screen.getByRole("button", { name: "Skriv sammanställning" });
  expect(write.className).toMatch(/fui-Button/);
  expect((write as HTMLButtonElement).disabled).toBe(false);

  await user.click(screen.getByRole("button", { name: new RegExp(`^Gotland, tabell 2: ${rowsOf("Gotland", 2)} rad`) }));
  expect(fake.requests.slice(-2)).toEqual([
    { kind: "rows", cell: { region: "Gotland", table: 2 } },
    { kind: "findings", file: "Gotland.xlsx", language: "sv" },
  ]);
  fake.answer({ kind: "rows", cell: { region: "Gotland", table: 2 }, table: drillRows(result, { region: "Gotland", table: 2 }) });
  const drill = screen.getByTestId("drilldown");
  expect(within(drill).getByText("Gotland, tabell 2")).toBeTruthy();
  expect(within(drill).getByTestId("drill-rows").querySelectorAll("tbody tr")).toHaveLength(rowsOf("Gotland", 2));

  // A new batch: the old board goes at once.
  await user.upload(screen.getByTestId("consolidate-files"), [file("Uppsala.xlsx")]);
  expect(screen.queryByTestId("board")).toBeNull();
  expect(screen.queryByTestId("drilldown")).toBeNull();
  await user.click(await screen.findByRole("button", { name: "Avbryt" }));
  expect(fake.cancelled()).toBe(1);
  expect(screen.getByTestId("consolidate-status").textContent).toMatch(/Avbrutet/);
  expect(screen.queryByTestId("board")).toBeNull();
});

test("nothing read: Skriv sammanställning is disabled and not primary", async () => {
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const fake = fakeRunner();
  render(
    <LanguageContext.Provider value="en">
      <ConsolidateView workbook={openWorkbook(new MemoryWorkbook(["Blad1"]).run)} runner={fake.runner} />
    </LanguageContext.Provider>
  );
  await user.upload(screen.getByTestId("consolidate-files"), [file("broken.xlsx")]);
  const empty: ConsolidationResult = consolidate([{ file: "broken.xlsx", error: "not a zip" }], { runDate: "2024-02-10" });
  fake.answer({ kind: "done", result: paneResult(empty) });
  const write = screen.getByRole("button", { name: "Write master" }) as HTMLButtonElement;
  expect(write.disabled).toBe(true);
  expect(screen.getByText("No rows were read: there is nothing to write.")).toBeTruthy();
});
