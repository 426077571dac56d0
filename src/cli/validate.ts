import { countFindings, type Finding, type Language, type Severity, validateWorkbook } from "../core/validation";
import { loadWorkbook, WorkbookReadError, writeSpecToFile } from "../xlsx";
import { stampedSpec } from "./stamp";
import { parse, UsageError } from "./args";
import { expandInputs, InputProblem } from "./inputs";

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
  --lang       språk för fyndens meddelanden: sv (standard) eller en
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
  --lang       language of the findings' messages and of this help: sv (default) or en
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

/** Why a file could not be read, in Swedish; the reader already names the usual mix-ups (empty, .xls, not a zip). */
function readProblem(file: string, error: unknown): InputProblem {
  if (!(error instanceof WorkbookReadError)) throw error;
  return new InputProblem(file, error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 fel, 1 varning"; "inga fel eller varningar"; ", 2 godkända varningar" when some are accepted. */
export function countText(counts: Record<Severity, number>, accepted = 0): string {
  const base = !counts.fel && !counts.varning ? "inga fel eller varningar" : `${plural(counts.fel, "fel", "fel")}, ${plural(counts.varning, "varning", "varningar")}`;
  return accepted ? `${base}, ${plural(accepted, "godkänd varning", "godkända varningar")}` : base;
}

/** "1 fel", "2 varningar", "1 fel, 2 varningar": only what there is (sheet headings). */
function shortCountText(counts: Record<Severity, number>, accepted = 0): string {
  const parts = [counts.fel ? plural(counts.fel, "fel", "fel") : "", counts.varning ? plural(counts.varning, "varning", "varningar") : "", accepted ? plural(accepted, "godkänd", "godkända") : ""];
  return parts.filter(Boolean).join(", ");
}

/** "Gotland · 2023 Gotland.xlsx, Tabell 3, rad 6": whom a master's finding concerns and where its row came from. */
export function sourceText(f: Finding): string {
  const where = [f.sourceFile, f.sourceSheet, f.sourceRow !== undefined ? `rad ${f.sourceRow}` : undefined].filter((p) => p !== undefined);
  return [f.region, where.join(", ")].filter(Boolean).join(" · ");
}

/** The source is worth a line when it is not the finding's own place (a master's rows come from elsewhere). */
function elsewhere(f: Finding, file: string): boolean {
  return (f.sourceFile !== undefined && f.sourceFile !== file) || (f.sourceSheet !== undefined && f.sourceSheet !== f.sheet) || (f.sourceRow !== undefined && f.sourceRow !== f.row);
}

/** Sheet for grouping; workbook-level findings (no sheet) come under "Arbetsboken". */
const WORKBOOK_GROUP = "Arbetsboken";
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
function where(f: Finding): string {
  const parts = [
    f.table !== undefined ? `tabell ${f.table}` : undefined,
    f.row !== undefined ? `rad ${f.row}` : undefined,
    f.column ? shorten(f.column, COLUMN_WIDTH) : undefined,
  ].filter((p) => p !== undefined);
  return parts.length ? `(${parts.join(", ")})` : "";
}

/**
 * The findings of one file for a terminal: a header line, then per sheet the findings in aligned
 * columns – severity, address, place in the report, code, message – with suggestions under them,
 * then the file's counts.
 */
export function formatFileFindings(file: string, findings: readonly Finding[]): string[] {
  const lines = [file];
  const counts = countFindings(findings);
  if (findings.length) {
    const rows = findings.map((f) => ({ f, severity: f.severity, address: address(f), where: where(f) }));
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
        lines.push(`  ${sheet} (${shortCountText(countFindings(inSheet), inSheet.filter((f) => f.accepted).length)})`);
      }
      const line = [r.severity.padEnd(width.severity), r.address.padEnd(width.address), r.where.padEnd(width.where), r.f.code.padEnd(width.code), r.f.message];
      lines.push(`    ${line.filter((part, i) => i !== 2 || width.where > 0).join("  ")}`);
      if (elsewhere(r.f, file)) lines.push(`${indent}källa: ${sourceText(r.f)}`);
      const acceptance = r.f.accepted ?? r.f.reopened;
      if (acceptance) {
        const who = `${acceptance.at.slice(0, 10)}${acceptance.by ? ` av ${acceptance.by}` : ""}`;
        lines.push(r.f.accepted ? `${indent}godkänd ${who}: ${acceptance.reason}` : `${indent}öppen igen: cellen har ändrats sedan den godkändes ${who} (${acceptance.reason})`);
      }
      for (const suggestion of r.f.suggestions ?? []) lines.push(`${indent}förslag: ${suggestion}`);
    }
  }
  lines.push(`  Summa: ${countText(counts, findings.filter((f) => f.accepted).length)}.`);
  return lines;
}

function parseLanguage(value: unknown): Language {
  if (value === undefined) return "sv";
  if (value === "sv" || value === "en") return value;
  throw new UsageError(`--lang ska vara sv eller en, inte "${String(value)}".`);
}

export async function validateCommand(args: string[], log: (line: string) => void, error: (line: string) => void): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: "boolean" }, lang: { type: "string" }, stamp: { type: "boolean" }, out: { type: "string" } });
  const json = values.json === true;
  const language = parseLanguage(values.lang);
  const stamp = values.stamp === true;
  const out = typeof values.out === "string" ? values.out : undefined;
  if (!positionals.length) throw new UsageError("Ange minst en arbetsbok (.xlsx) eller mapp att validera.");
  if (out !== undefined && !stamp) throw new UsageError("--out hör till --stamp: ange --stamp för att skriva en stämplad arbetsbok.");

  const { files, problems, skipped } = await expandInputs(positionals);
  if (out !== undefined && files.length + problems.length !== 1) throw new UsageError("--out går bara med en arbetsbok in; utan --out stämplas varje fil där den ligger.");
  for (const s of skipped) error(`Obs: ${s.file}: hoppas över – ${s.reason}`);
  for (const p of problems) error(`Fel: ${p.message}`);

  const all: Finding[] = [];
  let validated = 0;
  for (const [index, file] of files.entries()) {
    if (files.length > 1 && !json) error(`[${index + 1}/${files.length}] ${file}`);
    let grids;
    let loaded;
    try {
      loaded = await loadWorkbook(file);
      grids = loaded.sheets;
      if (!grids.length) throw new WorkbookReadError(file, "är ingen Excel-arbetsbok (.xlsx): zip-arkivet innehåller inga kalkylblad.");
    } catch (caught) {
      const problem = readProblem(file, caught);
      problems.push(problem);
      error(`Fel: ${problem.message}`);
      continue;
    }
    const result = validateWorkbook(grids, { file, language });
    const { findings } = result;
    validated++;
    all.push(...findings);
    if (!json) {
      if (validated > 1) log("");
      for (const line of formatFileFindings(file, findings)) log(line);
    }
    if (stamp) {
      const target = out ?? file;
      try {
        await writeSpecToFile(stampedSpec(loaded.snapshot, result, new Date()), target);
        error(`Stämplad: ${target} (validerad ${countText(result.counts, result.accepted)}).`);
      } catch (caught) {
        const problem = new InputProblem(target, `kan inte skrivas: ${(caught as Error).message}`);
        problems.push(problem);
        error(`Fel: ${problem.message}`);
      }
    }
  }

  const counts = countFindings(all);
  if (json) {
    log(JSON.stringify(all.map(jsonFinding), null, 2));
  } else if (validated + problems.length > 1 || problems.length) {
    if (validated) log("");
    const unread = problems.length ? `${plural(problems.length, "fil eller mapp", "filer eller mappar")} kunde inte läsas` : "";
    const accepted = all.filter((f) => f.accepted).length;
    log(validated ? `${plural(validated, "fil", "filer")}: ${countText(counts, accepted)}${unread ? `; ${unread}` : ""}.` : `Ingen fil validerades: ${unread}.`);
  }
  if (problems.length) return 2;
  return counts.fel > 0 ? 1 : 0;
}
