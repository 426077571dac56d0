import { promises as fs } from "node:fs";
import * as path from "node:path";
import { feedbackFileName, regionFeedback, startConsolidation } from "../core/consolidation";
import { writeSpecToFile } from "../xlsx";
import { parse, requiredString, UsageError } from "./args";
import { expandInputs } from "./inputs";
import type { Lang } from "./lang";
import { type ReadOutcome, readErrorText, readJob } from "./readJob";

export const FEEDBACK_USAGE = `regionrapport feedback FIL|MAPP... --out MAPP [--lang sv|en]
  Återkoppling till regionerna: läser arbetsböckerna som consolidate gör och skriver, för varje region
  vars arbetsbok har fel, varningar eller avvisade rader, en arbetsbok i MAPP ("Återkoppling till
  Kalmar.xlsx") med varje fynd och avvisad rad: fil, blad, cell, typ, meddelande och hur det rättas,
  färdig att skicka tillbaka. Ingen sammanställning skrivs.
  --out   mappen att skriva arbetsböckerna i (skapas om den inte finns)
  --lang  språk för återkopplingen och meddelandena: sv (standard) eller en
  Slutkod: 0 klart (också när ingen region behöver återkoppling), 2 felaktigt anrop, ingen arbetsbok
  att läsa eller en fil som inte kan skrivas.`;

export const FEEDBACK_USAGE_EN = `regionrapport feedback FILE|FOLDER... --out FOLDER [--lang sv|en]
  Feedback to the regions: reads the workbooks as consolidate does and writes, for each region whose
  workbook has errors, warnings or rejected rows, a workbook in FOLDER ("Feedback to Kalmar.xlsx")
  listing each finding and rejected row: file, sheet, cell, kind, message and how to fix it, ready to
  send back. No master is written.
  --out   the folder to write the workbooks to (made if it does not exist)
  --lang  language of the feedback and of the messages: sv (default) or en
  Exit code: 0 done (also when no region needs feedback), 2 a bad call, no workbook to read or a file
  that cannot be written.`;

const TEXTS = {
  sv: {
    noInputs: "Ange minst en arbetsbok (.xlsx) eller mapp.",
    none: "Ingen arbetsbok att läsa.",
    unreadable: (file: string, why: string) => `${file}: kan inte läsas – ${why}`,
    wrote: (file: string, findings: number, rejected: number) => `${file}: ${findings} fynd, ${rejected} avvisade rader`,
    summary: (n: number, dir: string) => (n === 0 ? "Ingen region har fel, varningar eller avvisade rader: ingen återkoppling behövs." : `${n === 1 ? "1 återkopplingsarbetsbok" : `${n} återkopplingsarbetsböcker`} skrivna i ${dir}.`),
  },
  en: {
    noInputs: "Give at least one workbook (.xlsx) or folder.",
    none: "No workbook to read.",
    unreadable: (file: string, why: string) => `${file}: cannot be read – ${why}`,
    wrote: (file: string, findings: number, rejected: number) =>
      `${file}: ${findings === 1 ? "1 finding" : `${findings} findings`}, ${rejected === 1 ? "1 rejected row" : `${rejected} rejected rows`}`,
    summary: (n: number, dir: string) => (n === 0 ? "No region has errors, warnings or rejected rows: no feedback is needed." : `${n === 1 ? "1 feedback workbook" : `${n} feedback workbooks`} written in ${dir}.`),
  },
} satisfies Record<Lang, unknown>;

/** regionrapport feedback: the pane's Återkoppling as files, one workbook per region, for batch work. */
export async function feedbackCommand(args: string[], log: (line: string) => void, error: (line: string) => void): Promise<number> {
  const { values, positionals, lang } = parse(args, { out: { type: "string" } });
  const t = TEXTS[lang];
  const out = requiredString(values, "out");
  if (!positionals.length) throw new UsageError(t.noInputs);
  const { files, problems, skipped } = await expandInputs(positionals);
  for (const p of [...problems, ...skipped]) error(p.messageIn(lang));
  if (!files.length) {
    error(t.none);
    return 2;
  }
  // Read as the consolidate command reads (readJob), then merged: the feedback is that of the master.
  const reader = startConsolidation({ validate: true });
  const outcomes: ReadOutcome[] = [];
  for (const file of files) {
    const outcome = await readJob({ file, name: path.basename(file) }, reader);
    const why = readErrorText(outcome, lang);
    if (why !== undefined) error(t.unreadable(outcome.read.file, why));
    outcomes.push(outcome);
  }
  const result = reader.finish(outcomes.map((o) => o.read));
  const feedback = regionFeedback(result, outcomes.map((o) => o.input), lang);
  await fs.mkdir(out, { recursive: true });
  for (const f of feedback) {
    const target = path.join(out, feedbackFileName(f, lang));
    await writeSpecToFile({ sheets: [f.sheet] }, target);
    log(t.wrote(target, f.findings, f.rejected));
  }
  log(t.summary(feedback.length, out));
  return 0;
}
