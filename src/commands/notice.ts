import type { RibbonNotice } from "./ribbon";

/*
 * The ribbon's notice, shown in an Office dialog (Office.context.ui.displayDialogAsync, DialogApi
 * 1.1, which the current manifest allows from a function file; no shared runtime is needed). The
 * dialog loads this add-in's function file page with the notice in its address; the page sees it
 * and draws the notice instead of registering the commands (see index.ts). Closing it (the button,
 * or the dialog's own close box) resolves the promise, and only then does the command complete:
 * Office may end the function file's runtime, and with it the dialog, once the event is completed.
 */

const PARAM = "notice";

export function noticeUrl(page: string, notice: RibbonNotice): string {
  const url = new URL(page);
  url.search = "";
  url.hash = "";
  url.searchParams.set(PARAM, JSON.stringify({ k: notice.kind, t: notice.title, x: notice.text, l: notice.language }));
  return url.toString();
}

/** The notice in a page address, if it carries one. */
export function noticeFromSearch(search: string): RibbonNotice | null {
  const raw = new URLSearchParams(search).get(PARAM);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as { k?: string; t?: string; x?: string; l?: string };
    if (typeof v.t !== "string" || typeof v.x !== "string") return null;
    return { kind: v.k === "error" ? "error" : "success", title: v.t, text: v.x, language: v.l === "en" ? "en" : "sv" };
  } catch {
    return null;
  }
}

/** Opens the dialog; resolves when it is closed, or at once when Office cannot show one. */
export function showNoticeDialog(notice: RibbonNotice, page: string = window.location.href): Promise<void> {
  return new Promise((resolve) => {
    const ui = typeof Office !== "undefined" ? Office.context?.ui : undefined;
    const supported = Office.context?.requirements?.isSetSupported?.("DialogApi", "1.1") ?? false;
    if (!ui?.displayDialogAsync || !supported) return resolve();
    ui.displayDialogAsync(noticeUrl(page, notice), { height: 35, width: 30, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) return resolve();
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      // Closed with the dialog's own close box (12006), or it could not load: done either way.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** Draws the notice in the dialog's page: a heading, the text, a Close button that tells the command. */
export function renderNotice(notice: RibbonNotice, closeLabel: string, document: Document = window.document): void {
  document.documentElement.lang = notice.language;
  document.title = notice.title;
  const main = document.createElement("main");
  main.setAttribute("role", notice.kind === "error" ? "alert" : "status");
  main.style.cssText = "font-family: 'Segoe UI', system-ui, sans-serif; padding: 16px; color: #242424; line-height: 1.4";
  const heading = document.createElement("h1");
  heading.textContent = notice.title;
  heading.style.cssText = `font-size: 18px; margin: 0 0 8px; color: ${notice.kind === "error" ? "#b10e1c" : "#242424"}`;
  const text = document.createElement("p");
  text.textContent = notice.text;
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = closeLabel;
  button.style.cssText = "font: inherit; padding: 4px 16px; background: #0f6cbd; color: #fff; border: 1px solid #0f6cbd; border-radius: 4px";
  button.addEventListener("click", () => Office.context.ui.messageParent("close"));
  main.append(heading, text, button);
  document.body.append(main);
  button.focus();
}
