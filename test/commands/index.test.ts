/** @jest-environment jsdom */
/*
 * The ribbon's function file, loaded as Office loads it: registers "validate" once Office is ready;
 * the command validates the open workbook (the in-memory one, behind Excel.run), shows a notice in
 * an Office dialog, and completes the event once the notice is closed, also when validation fails.
 */
import { RichApiError } from "../../src/testing";
import type { MemoryWorkbook } from "../../src/testing";
import { sampleWorkbook } from "../excel/workbooks";

type Handler = (event: { completed: () => void }) => Promise<void>;

interface Dialog {
  url: string;
  options: unknown;
  handlers: Map<string, (arg: unknown) => void>;
  close: jest.Mock;
}

interface FakeOffice {
  associate: jest.Mock;
  messageParent: jest.Mock;
  dialogs: Dialog[];
  /** Resolves when the first dialog is opened. */
  opened: Promise<Dialog>;
}

const EventType = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };

/** Office as a function file sees it: display language, the dialog API (or not), associate. */
function installOffice(options: { language: string; dialogs?: boolean; excelRun: (batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown> }): FakeOffice {
  let opened!: (dialog: Dialog) => void;
  const fake: FakeOffice = { associate: jest.fn(), messageParent: jest.fn(), dialogs: [], opened: new Promise((resolve) => (opened = resolve)) };
  (globalThis as unknown as { Office: unknown }).Office = {
    onReady: (callback: () => void) => callback(),
    actions: { associate: fake.associate },
    EventType,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: options.language,
      requirements: { isSetSupported: (set: string) => set === "DialogApi" && options.dialogs !== false },
      ui: {
        messageParent: fake.messageParent,
        displayDialogAsync: (url: string, dialogOptions: unknown, callback: (result: unknown) => void) => {
          const dialog: Dialog = { url, options: dialogOptions, handlers: new Map(), close: jest.fn() };
          fake.dialogs.push(dialog);
          opened(dialog);
          callback({ status: "succeeded", value: { addEventHandler: (type: string, handler: (arg: unknown) => void) => dialog.handlers.set(type, handler), close: dialog.close } });
        },
      },
    },
  };
  (globalThis as unknown as { Excel: unknown }).Excel = { run: options.excelRun };
  return fake;
}

function loadCommands(): void {
  jest.isolateModules(() => {
    require("../../src/commands/index");
  });
}

/** The notice the dialog was opened with, read back from its address as the dialog page reads it. */
function noticeOf(dialog: Dialog): { k: string; t: string; x: string; l: string } {
  return JSON.parse(new URL(dialog.url).searchParams.get("notice")!);
}

/** Waits until the command opens its dialog (the command's own promise chain, no timers). */
async function untilDialog(fake: FakeOffice): Promise<void> {
  await fake.opened;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
  window.history.replaceState(null, "", "/commands.html");
  document.body.innerHTML = "";
  jest.restoreAllMocks();
});

test("registers validate with Office.actions.associate", () => {
  const fake = installOffice({ language: "sv-SE", excelRun: jest.fn() });
  loadCommands();
  expect(fake.associate).toHaveBeenCalledTimes(1);
  expect(fake.associate).toHaveBeenCalledWith("validate", expect.any(Function));
});

test("validates, activates the report sheet, shows the counts in a dialog, completes when the dialog is closed", async () => {
  const { workbook } = await sampleWorkbook("Blekinge");
  const fake = installOffice({ language: "sv-SE", excelRun: (batch) => (workbook as MemoryWorkbook).run(batch) });
  loadCommands();
  const handler = fake.associate.mock.calls[0][1] as Handler;
  const event = { completed: jest.fn() };
  const done = handler(event);
  await untilDialog(fake);

  expect(workbook.activeSheet).toBe("Valideringsrapport");
  const title = String(workbook.grid("Valideringsrapport")[0][0]);
  const [, errors, warnings] = /: (\d+) fel, (\d+) varning/.exec(title)!;
  const notice = noticeOf(fake.dialogs[0]);
  expect(notice).toMatchObject({ k: "success", t: "Valideringen är klar", l: "sv" });
  expect(notice.x).toMatch(new RegExp(`^${errors} fel, ${warnings} varningar\\. Bladet Valideringsrapport visar varje fynd`));
  expect(new URL(fake.dialogs[0].url).pathname).toBe("/commands.html");
  // The stamp is written too.
  expect(workbook.findSheet("Regionrapport validering")?.visibility).toBe("VeryHidden");

  // Not completed while the notice is open; completed once the user closes it.
  expect(event.completed).not.toHaveBeenCalled();
  fake.dialogs[0].handlers.get(EventType.DialogMessageReceived)!({ message: "close" });
  await done;
  expect(fake.dialogs[0].close).toHaveBeenCalled();
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("when Excel fails: the user reads what went wrong and what to do, in English, by the error's code; the event is still completed", async () => {
  const error = jest.spyOn(console, "error").mockImplementation(() => {});
  const fake = installOffice({
    language: "en-US",
    excelRun: async () => {
      throw new RichApiError("InvalidOperationInCellEditMode", "This operation is not permitted while Excel is in cell edit mode.");
    },
  });
  loadCommands();
  const handler = fake.associate.mock.calls[0][1] as Handler;
  const event = { completed: jest.fn() };
  const done = handler(event);
  await untilDialog(fake);

  const notice = noticeOf(fake.dialogs[0]);
  expect(notice).toEqual({
    k: "error",
    t: "Validation could not be done",
    x: "Excel is editing a cell right now. Press Enter or Esc to leave the cell and try again. (Excel error code InvalidOperationInCellEditMode)",
    l: "en",
  });
  // Office's own wording is for the console, never the user.
  expect(notice.x).not.toContain("not permitted");
  expect(error).toHaveBeenCalled();

  // Closed with the dialog's own close box: the event completes.
  fake.dialogs[0].handlers.get(EventType.DialogEventReceived)!({ error: 12006 });
  await done;
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("in Swedish the same failure reads in Swedish", async () => {
  jest.spyOn(console, "error").mockImplementation(() => {});
  const fake = installOffice({
    language: "sv-SE",
    excelRun: async () => {
      throw new RichApiError("AccessDenied");
    },
  });
  loadCommands();
  const done = (fake.associate.mock.calls[0][1] as Handler)({ completed: jest.fn() });
  await untilDialog(fake);
  expect(noticeOf(fake.dialogs[0]).x).toBe(
    "Excel nekade ändringen. Arbetsboken eller bladet kan vara skyddat eller skrivskyddat: ta bort skyddet och försök igen. (Excel-felkod AccessDenied)"
  );
  fake.dialogs[0].handlers.get(EventType.DialogEventReceived)!({ error: 12006 });
  await done;
});

test("without the dialog API the event is completed at once, success or failure", async () => {
  jest.spyOn(console, "error").mockImplementation(() => {});
  const fake = installOffice({ language: "sv-SE", dialogs: false, excelRun: async () => Promise.reject(new RichApiError("GeneralException")) });
  loadCommands();
  const event = { completed: jest.fn() };
  await (fake.associate.mock.calls[0][1] as Handler)(event);
  expect(fake.dialogs).toHaveLength(0);
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("opened as the notice dialog, the page draws the notice, focuses Close, and Close tells the command", () => {
  const notice = { k: "error", t: "Validation could not be done", x: "Excel is editing a cell right now.", l: "en" };
  window.history.replaceState(null, "", `/commands.html?notice=${encodeURIComponent(JSON.stringify(notice))}`);
  const fake = installOffice({ language: "en-US", excelRun: jest.fn() });
  loadCommands();
  expect(fake.associate).not.toHaveBeenCalled();
  const alert = document.querySelector("[role=alert]")!;
  expect(alert.querySelector("h1")?.textContent).toBe("Validation could not be done");
  expect(alert.querySelector("p")?.textContent).toBe("Excel is editing a cell right now.");
  expect(document.documentElement.lang).toBe("en");
  const close = alert.querySelector("button")!;
  expect(close.textContent).toBe("Close");
  expect(document.activeElement).toBe(close);
  close.click();
  expect(fake.messageParent).toHaveBeenCalledWith("close");
});
