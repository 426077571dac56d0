/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import mammoth from "mammoth";
import { consolidate } from "../../src/core/consolidation";
import { buildTemplate } from "../../src/core/template";
import { writeWorkbookSpec } from "../../src/excel";
import { openWorkbook } from "../../src/excel/workbook";
import { PublishPanel } from "../../src/taskpane/PublishPanel";
import * as publish from "../../src/taskpane/publish";
import { MemoryWorkbook } from "../../src/testing";
import { sampleInputs } from "../core/consolidation/helpers";
import { reportOf } from "../core/validation/helpers";

jest.setTimeout(60000);

// In jsdom there are no Blob URLs and no downloads: the test keeps the Blob and the click.
let blobs: Blob[];
let clicked: { href: string; download: string }[];
beforeEach(() => {
  blobs = [];
  clicked = [];
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.getAttribute("href")!, download: this.getAttribute("download")! });
  });
});
afterEach(() => jest.restoreAllMocks());

function bytesOf(blob: Blob): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Buffer.from(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

async function masterWorkbook(): Promise<MemoryWorkbook> {
  const memory = new MemoryWorkbook(["Blad1"]);
  const result = consolidate(sampleInputs(["Gotland", "Kalmar", "Örebro"]), { validate: false, runDate: "2024-03-01" });
  await writeWorkbookSpec(memory.run, result.spec, { replaceExisting: false });
  return memory;
}

const user = () => userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
const load = async () => publish;

test("reads the open master, makes the document and starts its download", async () => {
  const memory = await masterWorkbook();
  render(<PublishPanel workbook={openWorkbook(memory.run)} load={load} date="2024-03-01" />);
  const year = screen.getByRole("textbox", { name: "Redovisningsår" });
  await user().clear(year);
  await user().type(year, "2023");
  await user().click(screen.getByRole("button", { name: "Skapa publikation" }));
  expect((await screen.findByTestId("publish-status")).textContent).toContain("sammanstallning-2023.docx är klar (3 av 21 regioner) och laddas ner.");
  expect(clicked).toEqual([{ href: "blob:test/1", download: "sammanstallning-2023.docx" }]);
  expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const { value } = await mammoth.extractRawText({ buffer: await bytesOf(blobs[0]) });
  expect(value).toContain("Regionernas redovisning av regionalt utvecklingsarbete 2023");
  expect(value).toContain(reportOf("Örebro").tables[1][0].activity.split("\n")[0]);
  expect(value).not.toContain("Målöversikt");
  // The link stays, to download again.
  expect(screen.getByTestId("publish-download").textContent).toBe("Ladda ner sammanstallning-2023.docx igen");
});

test("with the appendix checked, the document has the goal coverage", async () => {
  const memory = await masterWorkbook();
  render(<PublishPanel workbook={openWorkbook(memory.run)} load={load} />);
  await user().click(screen.getByRole("checkbox", { name: /Med bilaga/ }));
  await user().click(screen.getByRole("button", { name: "Skapa publikation" }));
  await screen.findByTestId("publish-status");
  const { value } = await mammoth.extractRawText({ buffer: await bytesOf(blobs[0]) });
  expect(value).toContain("Målöversikt");
});

test("a workbook that is not a master: says so, downloads nothing", async () => {
  const memory = new MemoryWorkbook(["Blad1"]);
  await writeWorkbookSpec(memory.run, buildTemplate({ region: "Kalmar", year: 2023, created: "2024-01-15" }), { replaceExisting: false });
  render(<PublishPanel workbook={openWorkbook(memory.run)} load={load} />);
  await user().click(screen.getByRole("button", { name: "Skapa publikation" }));
  expect((await screen.findByTestId("publish-error")).textContent).toContain("Den öppna arbetsboken är ingen sammanställning");
  expect(clicked).toEqual([]);
});

test("without a year typed: the year the master's Sammanställning records (its workbooks say 2023), shown in the field", async () => {
  const memory = await masterWorkbook();
  render(<PublishPanel workbook={openWorkbook(memory.run)} load={load} date="2024-03-01" />);
  const year = screen.getByRole("textbox", { name: "Redovisningsår" });
  expect((year as HTMLInputElement).value).toBe(String(new Date().getFullYear() - 1));
  expect(screen.getByText("Året sammanställningen anger används, om du inte ändrar det här.")).toBeTruthy();
  await user().click(screen.getByRole("button", { name: "Skapa publikation" }));
  expect((await screen.findByTestId("publish-status")).textContent).toContain("sammanstallning-2023.docx är klar");
  expect((year as HTMLInputElement).value).toBe("2023");
  const { value } = await mammoth.extractRawText({ buffer: await bytesOf(blobs[0]) });
  expect(value).toContain("Regionernas redovisning av regionalt utvecklingsarbete 2023");
});

test("a year the user types wins over the master's", async () => {
  const memory = await masterWorkbook();
  render(<PublishPanel workbook={openWorkbook(memory.run)} load={load} date="2024-03-01" />);
  const year = screen.getByRole("textbox", { name: "Redovisningsår" });
  await user().clear(year);
  await user().type(year, "2022");
  await user().click(screen.getByRole("button", { name: "Skapa publikation" }));
  expect((await screen.findByTestId("publish-status")).textContent).toContain("sammanstallning-2022.docx är klar");
});

test("in English; a bad year disables the button", async () => {
  const memory = await masterWorkbook();
  render(<PublishPanel workbook={openWorkbook(memory.run)} load={load} language="en" />);
  const year = screen.getByRole("textbox", { name: "Reporting year" });
  await user().clear(year);
  await user().type(year, "23");
  expect(screen.getByText("Enter a year between 2000 and 2100.")).toBeTruthy();
  expect((screen.getByRole("button", { name: "Create publication" }) as HTMLButtonElement).disabled).toBe(true);
});
