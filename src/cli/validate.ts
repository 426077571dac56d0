import { countFindings, type Finding, type Language, type Severity, validateWorkbook } from "../core/validation";
import { loadWorkbook, WorkbookReadError } from "../xlsx";
import { parse, UsageError } from "./args";
import { expandInputs, InputProblem } from "./inputs";

export const VALIDATE_USAGE = `regionrapport validate FIL|MAPP... [--json] [--lang sv|en]
  Validerar rapportarbetsböcker (.xlsx). En mapp betyder varje .xlsx-fil i den (sorterade, inte i
  undermappar; Excels låsfiler "~$…" hoppas över). Per fil skrivs en rubrikrad, fynden grupperade
  per blad (allvarlighet, cell, tabell/rad/kolumn, kod, meddelande; förslag under fyndet) och en
  summa; med flera filer också en total, och förloppet på stderr.
  --json       skriver i stället en JSON-array på stdout med ett objekt per fynd och nycklarna file,
               sheet, cell, table, row (radnummer på bladet), column, severity ("fel"|"varning"),
               code och message (null där värdet saknas), samt suggestions (lista) när det finns
               förslag. Filer som inte kan läsas nämns bara på stderr.
  --lang       språk för fyndens meddelanden: sv (standard) eller en
  Slutkod: 0 inga fel (varningar tillåts), 1 minst ett fel, 2 en fil eller mapp som inte kan läsas
  (de andra filerna valideras ändå; 2 går före 1).`;

export const VALIDATE_USAGE_EN = `regionrapport validate FILE|FOLDER... [--json] [--lang sv|en]
  Validates report workbooks (.xlsx). A folder means every .xlsx file in it (sorted, not in
  subfolders; Excel's lock files "~$…" are skipped). Per file: a heading line, the findings grouped
  by sheet (severity, cell, table/row/column, code, message; suggestions below the finding) and a
  sum; with several files also a total, and the progress on stderr.
  --json       prints instead one JSON array on stdout with one object per finding and the keys file,
               sheet, cell, table, row (row number on the sheet), column, severity ("fel"|"varning"),
               code and message (null where there is no value), plus suggestions (a list) when there
               are any. Files that cannot be read are named on stderr only.
  --lang       language of the findings' messages and of this help: sv (default) or en
  Exit code: 0 no errors (warnings allowed), 1 at least one error, 2 a file or folder that cannot be
  read (the other files are validated all the same; 2 wins over 1).`;

/** The keys of a finding in --json output, in order; absent values are null. */
export const JSON_KEYS = ["file", "sheet", "cell", "table", "row", "column", "severity", "code", "message"] as const;

export type JsonFinding = Record<(typeof JSON_KEYS)[number], string | number | null> & { suggestions?: string[] };

export function jsonFinding(finding: Finding): JsonFinding {
  const out = Object.fromEntries(JSON_KEYS.map((key) => [key, finding[key] ?? null])) as unknown as JsonFinding;
  if (finding.suggestions?.length) out.suggestions = [...finding.suggestions];
  return out;
}

/** Why a file could not be read, in Swedish; the reader already names the usual mix-ups (empty, .xls, not a zip). */
function readProblem(file: string, error: unknown): InputProblem {
  if (!(error instanceof WorkbookReadError)) throw error;
  return new InputProblem(file, error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 fel, 1 varning"; "inga fel eller varningar". */
export function countText(counts: Record<Severity, number>): string {
  if (!counts.fel && !counts.varning) return "inga fel eller varningar";
  return `${plural(counts.fel, "fel", "fel")}, ${plural(counts.varning, "varning", "varningar")}`;
}

/** "1 fel", "2 varningar", "1 fel, 2 varningar": only what there is (sheet headings). */
function shortCountText(counts: Record<Severity, number>): string {
  const parts = [counts.fel ? plural(counts.fel, "fel", "fel") : "", counts.varning ? plural(counts.varning, "varning", "varningar") : ""];
  return parts.filter(Boolean).join(", ");
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
        lines.push(`  ${sheet} (${shortCountText(countFindings(inSheet))})`);
      }
      const line = [r.severity.padEnd(width.severity), r.address.padEnd(width.address), r.where.padEnd(width.where), r.f.code.padEnd(width.code), r.f.message];
      lines.push(`    ${line.filter((part, i) => i !== 2 || width.where > 0).join("  ")}`);
      for (const suggestion of r.f.suggestions ?? []) lines.push(`${indent}förslag: ${suggestion}`);
    }
  }
  lines.push(`  Summa: ${countText(counts)}.`);
  return lines;
}

function parseLanguage(value: unknown): Language {
  if (value === undefined) return "sv";
  if (value === "sv" || value === "en") return value;
  throw new UsageError(`--lang ska vara sv eller en, inte "${String(value)}".`);
}

export async function validateCommand(args: string[], log: (line: string) => void, error: (line: string) => void): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: "boolean" }, lang: { type: "string" } });
  const json = values.json === true;
  const language = parseLanguage(values.lang);
  if (!positionals.length) throw new UsageError("Ange minst en arbetsbok (.xlsx) eller mapp att validera.");

  const { files, problems, skipped } = await expandInputs(positionals);
  for (const s of skipped) error(`Obs: ${s.file}: hoppas över – ${s.reason}`);
  for (const p of problems) error(`Fel: ${p.message}`);

  const all: Finding[] = [];
  let validated = 0;
  for (const [index, file] of files.entries()) {
    if (files.length > 1 && !json) error(`[${index + 1}/${files.length}] ${file}`);
    let grids;
    try {
      grids = (await loadWorkbook(file)).sheets;
      if (!grids.length) throw new WorkbookReadError(file, "är ingen Excel-arbetsbok (.xlsx): zip-arkivet innehåller inga kalkylblad.");
    } catch (caught) {
      const problem = readProblem(file, caught);
      problems.push(problem);
      error(`Fel: ${problem.message}`);
      continue;
    }
    const { findings } = validateWorkbook(grids, { file, language });
    validated++;
    all.push(...findings);
    if (!json) {
      if (validated > 1) log("");
      for (const line of formatFileFindings(file, findings)) log(line);
    }
  }

  const counts = countFindings(all);
  if (json) {
    log(JSON.stringify(all.map(jsonFinding), null, 2));
  } else if (validated + problems.length > 1 || problems.length) {
    if (validated) log("");
    const unread = problems.length ? `${plural(problems.length, "fil eller mapp", "filer eller mappar")} kunde inte läsas` : "";
    log(validated ? `${plural(validated, "fil", "filer")}: ${countText(counts)}${unread ? `; ${unread}` : ""}.` : `Ingen fil validerades: ${unread}.`);
  }
  if (problems.length) return 2;
  return counts.fel > 0 ? 1 : 0;
}
