import { promises as fs } from "node:fs";
import * as path from "node:path";
import {
  consolidate,
  type ConsolidationInput,
  type ConsolidationResult,
  MASTER_REPORT_SHEETS,
  type RejectCode,
  type RowChange,
  STATUS_LABEL,
} from "../core/consolidation";
import { isEmptyFormRow } from "../core/consolidation";
import type { SheetGrid } from "../core/grid";
import { isPrefilledOnly } from "../core/readReport";
import { recogniseWorkbook } from "../core/recognise";
import { normalizeRegion, REGIONS, type Region } from "../core/regions";
import { REPORT_SHEET } from "../core/validation";
import { loadWorkbook, WorkbookReadError, writeSpecToFile } from "../xlsx";
import { parse, requiredString, UsageError } from "./args";
import { assertExtension, assertWritable } from "./output";
import { countText, expandInputs } from "./validate";

export const CONSOLIDATE_USAGE = `regionrapport consolidate FIL|MAPP... --out MASTER.xlsx [--json] [--previous TIDIGARE.xlsx] [--choose "Region=fil.xlsx"]...
  Sammanställer regionernas arbetsböcker (.xlsx) till en sammanställning: tabell 1–8 med varje rads
  källa (kolumnerna Källfil, Källblad, Källrad, dolda), Sammanställning (21 regioner × 8 tabeller,
  avstämning per fil), Avvisat (varje rad som inte togs med, och varför) och Målöversikt. En mapp
  betyder varje .xlsx-fil i den (inte i undermappar; Excels låsfiler "~$…" hoppas över). Filer som
  inte kan läsas nämns, och de andra sammanställs ändå. Förloppet, en rad per fil, skrivs på stderr;
  sedan en sammanfattning: filer, regioner som saknas, rader lästa = i sammanställningen + avvisade
  per fil, dubbletter och vilken fil som används, avvisade rader per skäl, fel och varningar.
  --out        filen att skriva sammanställningen till (krävs)
  --previous   en tidigare sammanställning: regioner utan ny arbetsbok behåller sina rader därifrån,
               en region med ny arbetsbok ersätter exakt sina egna rader, och bladet Ändringar visar
               vad som lagts till, tagits bort och ändrats
  --choose     "Region=fil.xlsx": filen som ska användas när en region har skickat flera arbetsböcker
               (annars den nyaste enligt informationsbladets Skapad, sedan filens datum); kan upprepas
  --json       skriver i stället ett JSON-objekt på stdout med nycklarna out, taxonomyVersion, files,
               board, reconciliation, missingRegions, duplicates, rejected, extraCells och changes
               (null utan --previous)
  Slutkod: 0 sammanställningen skrevs, 2 ingen kunde skrivas (ingen läsbar arbetsbok med någon
  tabell, eller utfilen kan inte skrivas) eller felaktigt anrop.`;

export const CONSOLIDATE_USAGE_EN = `regionrapport consolidate FILE|FOLDER... --out MASTER.xlsx [--json] [--previous EARLIER.xlsx] [--choose "Region=file.xlsx"]... [--lang sv|en]
  Merges the regions' workbooks (.xlsx) into one master: tables 1–8 with each row's source (the
  columns Källfil, Källblad, Källrad, hidden), Sammanställning (21 regions × 8 tables, reconciliation
  per file), Avvisat (every row that was not taken, and why) and Målöversikt. A folder means every
  .xlsx file in it (not in subfolders; Excel's lock files "~$…" are skipped). Files that cannot be
  read are named, and the others are merged all the same. The progress, one line per file, goes to
  stderr; then a summary: files, missing regions, rows read = in the master + rejected per file,
  duplicates and which file is used, rejected rows by reason, errors and warnings.
  (The master and the summary are in Swedish; an English summary is to come.)
  --out        the file to write the master to (.xlsx, required)
  --previous   an earlier master: regions without a new workbook keep their rows from it, a region
               with a new workbook replaces exactly its own rows, and the sheet Ändringar shows what
               was added, removed and changed
  --choose     "Region=file.xlsx": the file to use when a region has sent several workbooks
               (otherwise the newest by the information sheet's Skapad, then the file's date); repeatable
  --json       prints instead one JSON object on stdout with the keys out, taxonomyVersion, files,
               board, reconciliation, missingRegions, duplicates, rejected, extraCells and changes
               (null without --previous)
  --lang       language of this help and of the CLI's own messages: sv (default) or en
  Exit code: 0 the master was written, 2 none could be written (no readable workbook with any
  table, or the output file cannot be written) or a bad call.`;

/** A run's options: where the inputs are, where the master goes, and what the coordinator chose. */
export interface ConsolidationRun {
  /** Files and directories, as on the command line. */
  inputs: string[];
  out: string;
  previous?: string;
  /** Region → file name (or path) to use when a region sent more than one workbook. */
  choices?: Partial<Record<Region, string>>;
  /** One line per file as it is read ("[3/21] 2023 Blekinge.xlsx: 29 rader"). */
  progress: (line: string) => void;
  /** Problems that do not stop the run (a folder without workbooks, the output file among the inputs). */
  warn: (line: string) => void;
}

/** A master written: the result, and where it went. (No master: runConsolidation throws NoMasterError.) */
export interface ConsolidationOutcome {
  result: ConsolidationResult;
  out: string;
  /** Per file name in the master: the path it was read from. */
  paths: Map<string, string>;
}

/** Raised for a run that cannot write a master: printed as it is, exit code 2. */
export class NoMasterError extends Error {
  name = "NoMasterError";
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The name a file has in the master (Källfil, Sammanställning, Avvisat): its base name, or the path
 * as given when two inputs share a base name. Stable across runs, so the same inputs give the same master.
 */
function fileNames(files: string[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const f of files) count.set(path.basename(f), (count.get(path.basename(f)) ?? 0) + 1);
  return new Map(files.map((f) => [f, count.get(path.basename(f))! > 1 ? f : path.basename(f)]));
}

/** Data rows of the recognised tables, counted the way consolidation does (the template's starting rows are no data). */
function dataRows(grids: SheetGrid[]): number {
  const tables = recogniseWorkbook(grids.filter((g) => g.name !== REPORT_SHEET && !MASTER_REPORT_SHEETS.includes(g.name))).tables;
  return tables.reduce(
    (n, t) => n + t.rows.filter((row) => !(t.def.kind === "activity" ? isPrefilledOnly(row) : isEmptyFormRow(t, row))).length,
    0
  );
}


function readError(file: string, caught: unknown): string {
  if (!(caught instanceof WorkbookReadError)) throw caught;
  return caught.message.startsWith(`${file}: `) ? caught.message.slice(file.length + 2) : caught.message;
}

/** Resolves --choose values to the names files have in the master; a choice naming no input is a usage error. */
function resolveChoices(choices: Partial<Record<Region, string>>, names: Map<string, string>): Partial<Record<Region, string>> {
  const out: Partial<Record<Region, string>> = {};
  for (const [region, given] of Object.entries(choices) as [Region, string][]) {
    const match = [...names].find(([file, name]) => name === given || file === given || path.resolve(file) === path.resolve(given) || path.basename(file) === given);
    if (!match) throw new UsageError(`--choose ${region}=${given}: ingen av de inlästa filerna heter "${given}".`);
    out[region] = match[1];
  }
  return out;
}

/**
 * Reads the inputs, consolidates them and writes the master: the consolidate command's work, also
 * run by the demo. Throws NoMasterError when no master can be written.
 */
export async function runConsolidation(run: ConsolidationRun): Promise<ConsolidationOutcome> {
  await assertWritable(run.out).catch((error: Error) => {
    throw new NoMasterError(error.message);
  });
  const { files: expanded, problems } = await expandInputs(run.inputs);
  // The master itself (or the previous one) in an input folder is no regional workbook.
  const skip = new Set([run.out, run.previous].filter((f): f is string => !!f).map((f) => path.resolve(f)));
  const files = expanded.filter((f) => {
    if (!skip.has(path.resolve(f))) return true;
    run.warn(`${f}: hoppas över – det är ${path.resolve(f) === path.resolve(run.out) ? "utfilen (--out)" : "den tidigare sammanställningen (--previous)"}.`);
    return false;
  });
  // A path that does not exist is an input that could not be read, named in the master like any other.
  const missing = problems.filter((p) => !files.includes(p.file) && /finns inte/.test(p.reason));
  for (const p of problems.filter((p) => !missing.includes(p))) run.warn(p.message);
  const all = [...files, ...missing.map((p) => p.file)];
  const names = fileNames(all);

  const inputs: ConsolidationInput[] = [];
  for (const [index, file] of files.entries()) {
    const name = names.get(file)!;
    const stat = await fs.stat(file).catch(() => undefined);
    const fileDate = stat?.mtime.toISOString();
    let grids: SheetGrid[];
    try {
      grids = (await loadWorkbook(file, name)).sheets;
    } catch (caught) {
      const error = readError(name, caught);
      inputs.push({ file: name, error });
      run.progress(`[${index + 1}/${files.length}] ${name}: kan inte läsas – ${error}`);
      continue;
    }
    inputs.push({ file: name, grids, ...(fileDate ? { fileDate } : {}) });
    run.progress(`[${index + 1}/${files.length}] ${name}: ${plural(dataRows(grids), "rad", "rader")}`);
  }
  for (const p of missing) inputs.push({ file: names.get(p.file)!, error: p.reason });

  let previous: SheetGrid[] | undefined;
  if (run.previous) {
    try {
      previous = (await loadWorkbook(run.previous)).sheets;
    } catch (caught) {
      if (caught instanceof WorkbookReadError) throw new NoMasterError(`Den tidigare sammanställningen kan inte läsas: ${caught.message}`);
      throw caught;
    }
  }

  const usable = inputs.filter((i) => "grids" in i);
  if (!inputs.length) throw new NoMasterError("Ingen sammanställning skrevs: inga arbetsböcker att läsa.");
  const result = consolidate(inputs, { previous, choices: resolveChoices(run.choices ?? {}, names), validate: true });
  const withTables = result.files.filter((f) => !["unreadable", "empty", "no-tables"].includes(f.status));
  if (!withTables.length) {
    const why = usable.length
      ? `ingen av de ${plural(inputs.length, "fil", "filer")} som lästes har någon tabell 1–8 som känns igen`
      : `ingen av ${inputs.length === 1 ? "filen" : `de ${inputs.length} filerna`} kunde läsas som en Excel-arbetsbok`;
    const detail = result.files.map((f) => `  ${f.file}: ${f.messages.join(" ")}`).join("\n");
    throw new NoMasterError(`Ingen sammanställning skrevs: ${why}.\n${detail}`);
  }
  try {
    await writeSpecToFile(result.spec, run.out);
  } catch (caught) {
    throw new NoMasterError(`Kan inte skriva ${run.out}: ${(caught as Error).message}`);
  }
  return { result, out: run.out, paths: new Map([...names].map(([file, name]) => [name, file])) };
}

/** Each reject code in a few words, for the summary's counts (the full reason per row is on "Avvisat"). */
export const REJECT_LABEL: Record<RejectCode, string> = {
  superseded: "regionen har en annan arbetsbok som används",
  "duplicate-table": "extra kopia av en tabell",
  "duplicate-table-hidden": "dold extra kopia av en tabell",
  "region-other": "raden anger en annan region än arbetsboken",
  "region-unknown": "raden anger ingen av de 21 regionerna",
  "several-regions": "arbetsboken anger flera regioner",
  "no-region": "arbetsboken anger ingen region",
  "header-not-found": "tabellens rubrikrad hittades inte",
  "form-question-unknown": "tabell 8: okänt frågenummer",
  "form-question-duplicate": "tabell 8: frågan besvaras två gånger",
  "form-region-duplicate": "tabell 8: regionen har redan en rad",
};

const KIND = { added: "tillagd", removed: "borttagen", changed: "ändrad" } as const;
const CHANGED_ROWS_SHOWN = 20;

function quote(text: string, width = 60): string {
  const one = text.replace(/\s+/g, " ").trim();
  return `"${one.length > width ? `${one.slice(0, width - 1)}…` : one}"`;
}

function changeLine(c: RowChange): string {
  const cells = c.cells.map((cell) => `${cell.column}: ${quote(cell.before, 40)} → ${quote(cell.after, 40)}`);
  const where = c.table === 8 ? "Tabell 8" : `Tabell ${c.table} ${quote(c.label)}`;
  return `    ${KIND[c.kind]}: ${where}${c.kind === "changed" && cells.length ? ` – ${cells.join("; ")}` : ""}`;
}

function columns(rows: (string | number)[][]): string[] {
  const widths = rows[0].map((_, i) => rows.reduce((w, r) => Math.max(w, String(r[i]).length), 0));
  return rows.map((r) =>
    r
      .map((c, i) => (typeof c === "number" ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
      .join("  ")
      .trimEnd()
  );
}

/** The run for a terminal: files, regions, reconciliation per file, duplicates, rejected rows by reason, findings, changes. */
export function formatSummary(result: ConsolidationResult, out: string): string[] {
  const lines: string[] = [];
  const byStatus = new Map<string, number>();
  for (const f of result.files) byStatus.set(STATUS_LABEL[f.status], (byStatus.get(STATUS_LABEL[f.status]) ?? 0) + 1);
  const t = result.reconciliation.total;
  lines.push(`Sammanställningen är skriven till ${out}.`);
  lines.push(`Filer: ${plural(result.files.length, "fil", "filer")} (${[...byStatus].map(([label, n]) => `${label.toLowerCase()}: ${n}`).join(", ")}).`);
  const received = REGIONS.length - result.missingRegions.length;
  lines.push(
    `Regioner: ${received} av ${REGIONS.length} mottagna${result.missingRegions.length ? `; saknas: ${result.missingRegions.join(", ")}` : ""}.` +
      (result.board.some((b) => b.source === "previous") ? ` Ur den tidigare sammanställningen: ${result.board.filter((b) => b.source === "previous").map((b) => b.region).join(", ")}.` : "")
  );

  lines.push("", "Avstämning: rader lästa = i sammanställningen + avvisade");
  const header = ["Fil", "Region", "Status", "Lästa", "I samm.", "Avvisade", "Fel", "Varningar"];
  const rows: (string | number)[][] = [header];
  result.files.forEach((f, i) => {
    const r = result.reconciliation.files[i];
    rows.push([f.file, f.region ?? "–", STATUS_LABEL[f.status], r.rowsRead, r.rowsInMaster, r.rowsRejected, f.findings.fel, f.findings.varning]);
  });
  const p = result.reconciliation.previous;
  if (p) rows.push([`${p.source} (${p.rowsReplaced ?? 0} ersatta)`, "", "", p.rowsRead, p.rowsInMaster, p.rowsRejected, "", ""]);
  const fel = result.files.reduce((n, f) => n + f.findings.fel, 0);
  const varning = result.files.reduce((n, f) => n + f.findings.varning, 0);
  rows.push(["Totalt", "", "", t.rowsRead, t.rowsInMaster, t.rowsRejected, fel, varning]);
  lines.push(...columns(rows).map((l) => `  ${l}`));
  const replaced = t.rowsReplaced ? ` + ${t.rowsReplaced} ersatta` : "";
  lines.push(`  ${t.rowsRead} rader lästa = ${t.rowsInMaster} i sammanställningen + ${t.rowsRejected} avvisade${replaced}.${t.emptyTemplateRows ? ` (${plural(t.emptyTemplateRows, "tom mallrad", "tomma mallrader")} räknas inte.)` : ""}`);

  const notes = result.files.filter((f) => f.messages.length);
  if (notes.length) {
    lines.push("", "Meddelanden per fil:");
    for (const f of notes) {
      lines.push(`  ${f.file}:`);
      for (const m of f.messages) lines.push(`    ${m}`);
    }
  }

  lines.push("", "Flera arbetsböcker för samma region:");
  if (!result.duplicates.length) lines.push("  Inga.");
  for (const d of result.duplicates) {
    lines.push(`  ${d.region}: ${d.files.join(", ")} – används: ${d.used} (${d.why}).`);
  }

  lines.push("", `Avvisade rader: ${t.rowsRejected}${result.rejected.length ? " (varje rad med skäl på bladet Avvisat)" : ""}`);
  const byCode = new Map<RejectCode, number>();
  for (const r of result.rejected) byCode.set(r.code, (byCode.get(r.code) ?? 0) + 1);
  for (const [code, n] of byCode) lines.push(`  ${String(n).padStart(5)}  ${REJECT_LABEL[code]} (${code})`);
  if (result.extraCells.length) lines.push(`  Dessutom ${plural(result.extraCells.length, "cell", "celler")} med text utanför tabellernas kolumner (raderna är med; texten står på Avvisat).`);

  lines.push("", `Fel och varningar i de inlästa arbetsböckerna: ${countText({ fel, varning })}.`);
  for (const f of result.files.filter((f) => f.findings.fel || f.findings.varning)) lines.push(`  ${f.file}: ${countText(f.findings)}`);

  if (result.changes) {
    lines.push("", "Ändringar mot den tidigare sammanställningen (bladet Ändringar):");
    if (!result.changes.length) lines.push("  Ingen region har skickat in en ny arbetsbok.");
    for (const c of result.changes) {
      lines.push(`  ${c.region}: ${plural(c.added, "rad tillagd", "rader tillagda")}, ${plural(c.removed, "borttagen", "borttagna")}, ${plural(c.changed, "ändrad", "ändrade")}`);
      for (const row of c.rows.slice(0, CHANGED_ROWS_SHOWN)) lines.push(changeLine(row));
      if (c.rows.length > CHANGED_ROWS_SHOWN) lines.push(`    … och ${c.rows.length - CHANGED_ROWS_SHOWN} till.`);
    }
  }
  return lines;
}

/** The --json object: the result's plain data, without the master's workbook description. */
export function jsonSummary(result: ConsolidationResult, out: string) {
  return {
    out,
    taxonomyVersion: result.taxonomyVersion,
    files: result.files,
    board: result.board,
    reconciliation: result.reconciliation,
    missingRegions: result.missingRegions,
    duplicates: result.duplicates,
    rejected: result.rejected,
    extraCells: result.extraCells,
    changes: result.changes ?? null,
  };
}

function parseChoices(values: string[]): Partial<Record<Region, string>> {
  const choices: Partial<Record<Region, string>> = {};
  for (const value of values) {
    const at = value.indexOf("=");
    if (at < 0) throw new UsageError(`--choose ska vara "Region=fil.xlsx", inte "${value}".`);
    const given = value.slice(0, at).trim();
    const region = normalizeRegion(given);
    if (!region) throw new UsageError(`--choose: okänd region "${given}". Giltiga regioner: ${REGIONS.join(", ")}.`);
    const file = value.slice(at + 1).trim();
    if (!file) throw new UsageError(`--choose ${given}=: ange filen som ska användas.`);
    choices[region] = file;
  }
  return choices;
}

export async function consolidateCommand(args: string[], log: (line: string) => void, error: (line: string) => void): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string" },
    json: { type: "boolean" },
    previous: { type: "string" },
    choose: { type: "string", multiple: true },
  });
  const out = requiredString(values, "out");
  assertExtension(out, [".xlsx"], "--out", values.lang === "en" ? "en" : "sv");
  if (!positionals.length) throw new UsageError("Ange minst en arbetsbok (.xlsx) eller mapp att sammanställa.");
  const json = values.json === true;
  const choices = parseChoices((values.choose as string[] | undefined) ?? []);
  let outcome;
  try {
    outcome = await runConsolidation({
      inputs: positionals,
      out,
      previous: typeof values.previous === "string" ? values.previous : undefined,
      choices,
      progress: error,
      warn: (line) => error(`Obs: ${line}`),
    });
  } catch (caught) {
    if (caught instanceof NoMasterError) {
      error(`Fel: ${caught.message}`);
      return 2;
    }
    throw caught;
  }
  if (json) log(JSON.stringify(jsonSummary(outcome.result, out), null, 2));
  else for (const line of formatSummary(outcome.result, out)) log(line);
  return 0;
}
