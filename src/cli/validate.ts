import { countFindings, type Finding, type Severity, validateWorkbook } from "../core/validation";
import { loadWorkbook, writeSpecToFile } from "../xlsx";
import { stampedSpec } from "./stamp";
import { parse, UsageError } from "./args";
import { expandInputs, InputProblem } from "./inputs";
import { inEveryLang, type Lang } from "./lang";
import { readErrorReason } from "./readJob";
import { VALIDATE_TEXTS } from "./validateTexts";

export const VALIDATE_USAGE = `regionrapport validate FIL|MAPP... [--json] [--lang sv|en] [--stamp [--out FIL]]
  Validerar rapportarbetsböcker (.xlsx). En mapp betyder varje .xlsx-fil i den (sorterade, inte i
  undermappar; Excels låsfiler "~$…" hoppas över). Per fil skrivs en rubrikrad, fynden grupperade
  per blad (allvarlighet, cell, tabell/rad/kolumn, kod, meddelande; förslag under fyndet) och en
  summa; med flera filer också en total, och förloppet på stderr.
  --json       skriver i stället en JSON-array på stdout med ett objekt per fynd och nycklarna file,
               sheet, cell, table, row (radnummer på bladet), column, severity ("fel"|"varning"),
               code och message (null där värdet saknas), samt suggestions (lista) när det finns
               förslag; därefter region, sourceFile, sourceSheet, sourceRow (varifrån raden kommer:
               i en sammanställning radens Källfil/Källblad/Källrad), status ("open", "accepted" eller
               "reopened") och accepted (motivering, vem och när, eller null). Filer som inte kan
               läsas nämns bara på stderr.
  --lang       språk för utskriften (fyndens meddelanden, rubriker, summor, förlopp, felmeddelanden och
               den här hjälpen; JSON-nycklarna och severity är desamma): sv (standard) eller en
  --stamp      skriver valideringsstämpeln (regelversion, taxonomiversion, datum, antal fel och
               varningar, fingeravtryck av cellernas innehåll) på ett dolt blad i varje validerad fil,
               så att sammanställningen ser att filen är validerad och om den ändrats sedan. Filen
               skrivs om från sina värden: blad, dolda blad och kolumner, listor, tabeller och frysta
               rader behålls, men kolumnbredder och teckensnitt blir standard. Med --out FIL (en fil
               in) skrivs den stämplade arbetsboken dit i stället.
  Slutkod: 0 inga fel (varningar tillåts), 1 minst ett fel, 2 en fil eller mapp som inte kan läsas
  (de andra filerna valideras ändå; 2 går före 1).`;

export const VALIDATE_USAGE_EN = `regionrapport validate FILE|FOLDER... [--json] [--lang sv|en] [--stamp [--out FILE]]
  Validates report workbooks (.xlsx). A folder means every .xlsx file in it (sorted, not in
  subfolders; Excel's lock files "~$…" are skipped). Per file: a heading line, the findings grouped
  by sheet (severity, cell, table/row/column, code, message; suggestions below the finding) and a
  sum; with several files also a total, and the progress on stderr.
  --json       prints instead one JSON array on stdout with one object per finding and the keys file,
               sheet, cell, table, row (row number on the sheet), column, severity ("fel"|"varning"),
               code and message (null where there is no value), plus suggestions (a list) when there
               are any; then region, sourceFile, sourceSheet, sourceRow (where the row came from: in
               a master the row's Källfil/Källblad/Källrad), status ("open", "accepted" or
               "reopened") and accepted (reason, who and when, or null). Files that cannot be read
               are named on stderr only.
  --lang       language of the output (the findings' messages, headings, sums, progress, error messages
               and this help; the JSON keys and severity stay the same): sv (default) or en
  --stamp      writes the validation stamp (rules version, taxonomy version, date, counts of errors
               and warnings, fingerprint of the cells' contents) on a hidden sheet of each file
               validated, so consolidation sees that the file is validated and whether it changed
               since. The file is written again from its values: sheets, hidden sheets and columns,
               dropdowns, tables and frozen rows are kept; column widths and fonts become Excel's
               defaults. With --out FILE (one file in) the stamped workbook is written there instead.
  Exit code: 0 no errors (warnings allowed), 1 at least one error, 2 a file or folder that cannot be
  read (the other files are validated all the same; 2 wins over 1).`;

/** The keys of a finding in --json output, in order; absent values are null. */
export const JSON_KEYS = ["file", "sheet", "cell", "table", "row", "column", "severity", "code", "message"] as const;

/** Keys after the first ones (and suggestions): whom the finding concerns, where its row came from, whether it is accepted. */
export const SOURCE_JSON_KEYS = ["region", "sourceFile", "sourceSheet", "sourceRow", "status", "accepted"] as const;

export type JsonFinding = Record<(typeof JSON_KEYS)[number], string | number | null> & { suggestions?: string[] } & {
  region: string | null;
  sourceFile: string | null;
  sourceSheet: string | null;
  sourceRow: number | null;
  status: "open" | "accepted" | "reopened";
  accepted: { reason: string; by: string; at: string } | null;
};

export function jsonFinding(finding: Finding): JsonFinding {
  const out = Object.fromEntries(JSON_KEYS.map((key) => [key, finding[key] ?? null])) as unknown as JsonFinding;
  if (finding.suggestions?.length) out.suggestions = [...finding.suggestions];
  out.region = finding.region ?? null;
  out.sourceFile = finding.sourceFile ?? null;
  out.sourceSheet = finding.sourceSheet ?? null;
  out.sourceRow = finding.sourceRow ?? null;
  out.status = finding.accepted ? "accepted" : finding.reopened ? "reopened" : "open";
  const acceptance = finding.accepted ?? finding.reopened;
  out.accepted = acceptance ? { reason: acceptance.reason, by: acceptance.by, at: acceptance.at } : null;
  return out;
}

/** Why a file could not be read: the reader's reason (it names the usual mix-ups: empty, .xls, not a zip). */
function readProblem(file: string, error: unknown): InputProblem {
  return new InputProblem(file, readErrorReason(error));
}

/** One of the command's texts in every language. */
const inEvery = (pick: (t: (typeof VALIDATE_TEXTS)["sv"]) => string) => inEveryLang(VALIDATE_TEXTS, pick);

/** "3 fel, 1 varning"; "inga fel eller varningar"; ", 2 godkända varningar" when some are accepted (in `lang`, Swedish by default). */
export function countText(counts: Record<Severity, number>, accepted = 0, lang: Lang = "sv"): string {
  return VALIDATE_TEXTS[lang].counts(counts, accepted);
}

/** "1 fel", "2 varningar", "1 fel, 2 varningar": only what there is (sheet headings). */
function shortCountText(counts: Record<Severity, number>, accepted = 0, lang: Lang = "sv"): string {
  return VALIDATE_TEXTS[lang].shortCounts(counts, accepted);
}

/** "Gotland · 2023 Gotland.xlsx, Tabell 3, rad 6": whom a master's finding concerns and where its row came from. */
export function sourceText(f: Finding, lang: Lang = "sv"): string {
  const where = [f.sourceFile, f.sourceSheet, f.sourceRow !== undefined ? VALIDATE_TEXTS[lang].row(f.sourceRow) : undefined].filter((p) => p !== undefined);
  return [f.region, where.join(", ")].filter(Boolean).join(" · ");
}

/** The source is worth a line when it is not the finding's own place (a master's rows come from elsewhere). */
function elsewhere(f: Finding, file: string): boolean {
  return (f.sourceFile !== undefined && f.sourceFile !== file) || (f.sourceSheet !== undefined && f.sourceSheet !== f.sheet) || (f.sourceRow !== undefined && f.sourceRow !== f.row);
}

const COLUMN_WIDTH = 28;

/** Cut long column headers at a word: "Resultat i form av uppnådda…". */
function shorten(text: string, width: number): string {
  if (text.length <= width) return text;
  const cut = text.slice(0, width - 1);
  const space = text.slice(0, width).lastIndexOf(" ");
  return `${(space > width / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "Tabell 3!E7", or just the sheet, or "–" for the workbook as a whole. */
function address(f: Finding): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  return f.sheet ?? "–";
}

/** "(tabell 3, rad 7, Mål)": what the address means in the report's terms. */
function where(f: Finding, lang: Lang): string {
  const t = VALIDATE_TEXTS[lang];
  const parts = [
    f.table !== undefined ? t.table(f.table) : undefined,
    f.row !== undefined ? t.row(f.row) : undefined,
    f.column ? shorten(f.column, COLUMN_WIDTH) : undefined,
  ].filter((p) => p !== undefined);
  return parts.length ? `(${parts.join(", ")})` : "";
}

/**
 * The findings of one file for a terminal: a header line, then per sheet the findings in aligned
 * columns – severity, address, place in the report, code, message – with suggestions under them,
 * then the file's counts. In `lang` (Swedish by default); the findings' messages are as the core gave them.
 */
export function formatFileFindings(file: string, findings: readonly Finding[], lang: Lang = "sv"): string[] {
  const t = VALIDATE_TEXTS[lang];
  // Sheet for grouping; workbook-level findings (no sheet) come under "Arbetsboken".
  const WORKBOOK_GROUP = t.workbook;
  const lines = [file];
  const counts = countFindings(findings);
  if (findings.length) {
    const rows = findings.map((f) => ({ f, severity: t.severity[f.severity], address: address(f), where: where(f, lang) }));
    // A reduce, not Math.max(...): a large workbook can have more findings than a call has arguments.
    const widest = (length: (r: (typeof rows)[number]) => number) => rows.reduce((max, r) => Math.max(max, length(r)), 0);
    const width = {
      severity: widest((r) => r.severity.length),
      address: widest((r) => r.address.length),
      where: widest((r) => r.where.length),
      code: widest((r) => r.f.code.length),
    };
    const indent = " ".repeat(4 + width.severity + 2);
    let group: string | undefined;
    for (const r of rows) {
      const sheet = r.f.sheet ?? WORKBOOK_GROUP;
      if (sheet !== group) {
        group = sheet;
        const inSheet = findings.filter((f) => (f.sheet ?? WORKBOOK_GROUP) === sheet);
        lines.push(`  ${sheet} (${shortCountText(countFindings(inSheet), inSheet.filter((f) => f.accepted).length, lang)})`);
      }
      const line = [r.severity.padEnd(width.severity), r.address.padEnd(width.address), r.where.padEnd(width.where), r.f.code.padEnd(width.code), r.f.message];
      lines.push(`    ${line.filter((part, i) => i !== 2 || width.where > 0).join("  ")}`);
      if (elsewhere(r.f, file)) lines.push(`${indent}${t.source(sourceText(r.f, lang))}`);
      const acceptance = r.f.accepted ?? r.f.reopened;
      if (acceptance) {
        const who = `${acceptance.at.slice(0, 10)}${acceptance.by ? t.by(acceptance.by) : ""}`;
        lines.push(`${indent}${r.f.accepted ? t.accepted(who, acceptance.reason) : t.reopened(who, acceptance.reason)}`);
      }
      for (const suggestion of r.f.suggestions ?? []) lines.push(`${indent}${t.suggestion(suggestion)}`);
    }
  }
  lines.push(`  ${t.sum(countText(counts, findings.filter((f) => f.accepted).length, lang))}`);
  return lines;
}

export async function validateCommand(args: string[], log: (line: string) => void, error: (line: string) => void): Promise<number> {
  // parse has checked --lang (sv or en; anything else is a LanguageError, said in both).
  const { values, positionals, lang } = parse(args, { json: { type: "boolean" }, lang: { type: "string" }, stamp: { type: "boolean" }, out: { type: "string" } });
  const t = VALIDATE_TEXTS[lang];
  const json = values.json === true;
  const stamp = values.stamp === true;
  const out = typeof values.out === "string" ? values.out : undefined;
  if (!positionals.length) throw new UsageError(t.noInputs);
  if (out !== undefined && !stamp) throw new UsageError(t.outWithoutStamp);

  const { files, problems, skipped } = await expandInputs(positionals);
  if (out !== undefined && files.length + problems.length !== 1) throw new UsageError(t.outOneFile);
  for (const s of skipped) error(t.skipped(s.file, s.reasonIn(lang)));
  for (const p of problems) error(t.problem(p.messageIn(lang)));
  /** A file that could not be read or written: counted for the total and the exit code, said on stderr. */
  const report = (problem: InputProblem) => {
    problems.push(problem);
    error(t.problem(problem.messageIn(lang)));
  };

  const all: Finding[] = [];
  let validated = 0;
  for (const [index, file] of files.entries()) {
    if (files.length > 1 && !json) error(`[${index + 1}/${files.length}] ${file}`);
    let loaded: Awaited<ReturnType<typeof loadWorkbook>>;
    try {
      loaded = await loadWorkbook(file);
    } catch (caught) {
      report(readProblem(file, caught));
      continue;
    }
    if (!loaded.sheets.length) {
      report(new InputProblem(file, inEvery((t) => t.noSheets)));
      continue;
    }
    const grids = loaded.sheets;
    const result = validateWorkbook(grids, { file, language: lang });
    const { findings } = result;
    validated++;
    all.push(...findings);
    if (!json) {
      if (validated > 1) log("");
      for (const line of formatFileFindings(file, findings, lang)) log(line);
    }
    if (stamp) {
      const target = out ?? file;
      try {
        await writeSpecToFile(stampedSpec(loaded.snapshot, result, new Date()), target);
        error(t.stamped(target, countText(result.counts, result.accepted, lang)));
      } catch (caught) {
        const why = (caught as Error).message;
        report(new InputProblem(target, inEvery((t) => t.cannotWrite(why))));
      }
    }
  }

  const counts = countFindings(all);
  if (json) {
    log(JSON.stringify(all.map(jsonFinding), null, 2));
  } else if (validated + problems.length > 1 || problems.length) {
    if (validated) log("");
    const unread = problems.length ? t.unread(problems.length) : "";
    const accepted = all.filter((f) => f.accepted).length;
    log(validated ? t.total(validated, countText(counts, accepted, lang), unread) : t.noneValidated(unread));
  }
  if (problems.length) return 2;
  return counts.fel > 0 ? 1 : 0;
}
