import type { Language } from "../core/validation";
import type { ExcelRun } from "../excel";
import { errorText } from "../taskpane/errorText";
import { MESSAGES } from "../taskpane/i18n";
import { validateFromRibbon } from "./validate";

/** What the ribbon tells the user when Validera is done, or why it could not be. */
export interface RibbonNotice {
  kind: "success" | "error";
  title: string;
  text: string;
  language: Language;
}

export interface RibbonDeps {
  run: ExcelRun;
  language: Language;
  /** Shows the notice; resolves when the user has closed it (or at once when it cannot be shown). */
  notify(notice: RibbonNotice): Promise<void>;
  now?: () => Date;
  /** Where the technical details of a failure go (the console). */
  log?: (message: string, error: unknown) => void;
}

/**
 * The ribbon's Validera, start to end: validate (marks, stamp, the report sheet activated), then a
 * short notice with the counts, or what went wrong and what to do, in the display language. Never
 * throws: the caller completes the event whatever happens.
 */
export async function ribbonValidate(deps: RibbonDeps): Promise<RibbonNotice> {
  const t = MESSAGES[deps.language];
  let notice: RibbonNotice;
  try {
    const result = await validateFromRibbon(deps.run, deps.now?.() ?? new Date(), deps.language);
    const clean = !result.counts.fel && !result.counts.varning && !result.accepted;
    notice = { kind: "success", title: t.ribbonDoneTitle, text: clean ? t.ribbonClean : t.ribbonDone(result.counts.fel, result.counts.varning, result.accepted), language: deps.language };
  } catch (error) {
    deps.log?.("Regionrapport: validering från menyfliksområdet misslyckades", error);
    notice = { kind: "error", title: t.ribbonFailedTitle, text: errorText(error, t), language: deps.language };
  }
  try {
    await deps.notify(notice);
  } catch (error) {
    deps.log?.("Regionrapport: meddelandet kunde inte visas", error);
  }
  return notice;
}
