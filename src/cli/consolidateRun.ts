import * as path from "node:path";
import { consolidationText, type ConsolidationResult, type FileRead, startConsolidation } from "../core/consolidation";
import type { SheetGrid } from "../core/grid";
import { isMasterWorkbook } from "../core/read";
import type { SheetMapping } from "../core/recognise";
import type { Region } from "../core/regions";
import { loadWorkbook, WorkbookReadError, writeSpecToFile } from "../xlsx";
import { UsageError } from "./args";
import { identityOf, sameFile } from "./files";
import { expandInputs } from "./inputs";
import { assertWritable } from "./output";
import { CONSOLIDATE_TEXTS, type ConsolidateTexts } from "./consolidateTexts";
import type { Lang } from "./lang";
import { readErrorText, readJob } from "./readJob";

/** The consolidate command's work, also run by the demo: read the inputs, consolidate, write the master. */

/** A run's options: where the inputs are, where the master goes, and what the coordinator chose. */
export interface ConsolidationRun {
  /** Files and directories, as on the command line. */
  inputs: string[];
  out: string;
  previous?: string;
  /** Region → file name (or path) to use when a region sent more than one workbook. */
  choices?: Partial<Record<Region, string>>;
  /** The coordinator's mappings of sheets to tables (--map). */
  mappings?: SheetMapping[];
  /** One line per file as it is read ("[3/21] 2023 Blekinge.xlsx: 29 rader"). */
  progress: (line: string) => void;
  /** Problems that do not stop the run (a folder without workbooks, the output file among the inputs). */
  warn: (line: string) => void;
  /** The language of progress, warnings and NoMasterError's text (the master itself is Swedish); sv by default. */
  lang?: Lang;
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

/**
 * The name a file has in the master (Källfil, Sammanställning, Avvisat): its base name, or the path
 * as given when two inputs share a base name. Stable across runs, so the same inputs give the same master.
 */
function fileNames(files: string[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const f of files) count.set(path.basename(f), (count.get(path.basename(f)) ?? 0) + 1);
  return new Map(files.map((f) => [f, count.get(path.basename(f))! > 1 ? f : path.basename(f)]));
}

/** Resolves --choose values to the names files have in the master; a choice naming no input is a usage error. */
function resolveChoices(choices: Partial<Record<Region, string>>, names: Map<string, string>, t: ConsolidateTexts): Partial<Record<Region, string>> {
  const out: Partial<Record<Region, string>> = {};
  for (const [region, given] of Object.entries(choices) as [Region, string][]) {
    const match = [...names].find(([file, name]) => name === given || file === given || path.resolve(file) === path.resolve(given) || path.basename(file) === given);
    if (!match) throw new UsageError(t.chooseNoMatch(region, given));
    out[region] = match[1];
  }
  return out;
}

/**
 * The inputs without the output and the previous master, compared as files (real path and inode:
 * a symlink or another spelling of the path is the same file). An input that is --out is refused
 * unless it is a master itself (the master of the last run, in the input folder): a regional
 * workbook is never written over.
 */
async function withoutOutputs(files: string[], run: ConsolidationRun, t: ConsolidateTexts): Promise<string[]> {
  const out = await identityOf(run.out);
  const previous = run.previous ? await identityOf(run.previous) : null;
  const kept: string[] = [];
  for (const file of files) {
    const id = await identityOf(file);
    if (sameFile(id, previous)) {
      run.warn(t.skippedPrevious(file));
      continue;
    }
    if (sameFile(id, out)) {
      const isMaster = await loadWorkbook(file).then((w) => isMasterWorkbook(w.sheets)).catch(() => false);
      if (!isMaster) throw new NoMasterError(t.outIsInput(run.out, file));
      run.warn(t.skippedOut(file));
      continue;
    }
    kept.push(file);
  }
  return kept;
}

/**
 * Reads the inputs, consolidates them and writes the master: the consolidate command's work, also
 * run by the demo. Throws NoMasterError when no master can be written.
 */
export async function runConsolidation(run: ConsolidationRun): Promise<ConsolidationOutcome> {
  const lang = run.lang ?? "sv";
  const t = CONSOLIDATE_TEXTS[lang];
  await assertWritable(run.out, lang).catch((error: Error) => {
    throw new NoMasterError(error.message);
  });
  const { files: expanded, problems, skipped } = await expandInputs(run.inputs);
  for (const s of skipped) run.warn(t.skipped(s.file, s.reasonIn(lang)));
  const files = await withoutOutputs(expanded, run, t);
  // A path that does not exist is an input that could not be read, named in the master like any other.
  const missing = problems.filter((p) => !files.includes(p.file) && p.kind === "missing");
  for (const p of problems.filter((p) => !missing.includes(p))) run.warn(p.messageIn(lang));
  const all = [...files, ...missing.map((p) => p.file)];
  const names = fileNames(all);

  let previous: SheetGrid[] | undefined;
  if (run.previous) {
    try {
      previous = (await loadWorkbook(run.previous)).sheets;
    } catch (caught) {
      if (caught instanceof WorkbookReadError) throw new NoMasterError(t.previousUnreadable(caught.messageIn(lang)));
      throw caught;
    }
  }
  if (!all.length) throw new NoMasterError(t.noWorkbooks);

  // Each workbook is read, recognised and validated once, as it arrives (the progress line counts its rows).
  // One thread: reading two workbooks at once was slower on a 2-core machine (the reads share memory bandwidth and GC).
  const consolidation = startConsolidation({ previous, choices: resolveChoices(run.choices ?? {}, names, t), validate: true, mappings: run.mappings });
  let usable = 0;
  const reads: FileRead[] = [];
  for (const [index, file] of files.entries()) {
    const outcome = await readJob({ file, name: names.get(file)! }, consolidation);
    const { read } = outcome;
    const error = readErrorText(outcome, lang);
    reads.push(read);
    if (error === undefined) usable++;
    run.progress(`[${index + 1}/${files.length}] ${read.file}: ${error !== undefined ? t.cannotRead(error) : t.rows(read.rowsRead)}`);
  }
  for (const p of missing) reads.push(consolidation.read({ file: names.get(p.file)!, error: p.reason, errorKind: "missing" }));

  const result = consolidation.finish(reads);
  const withTables = result.files.filter((f) => !["unreadable", "empty", "no-tables"].includes(f.status));
  if (!withTables.length) {
    const why = usable ? t.noneWithTables(reads.length) : t.noneReadable(reads.length);
    const c = consolidationText(lang);
    const detail = result.files.map((f) => `  ${f.file}: ${f.notes.map((n) => c.note(n)).join(" ")}`).join("\n");
    throw new NoMasterError(t.noMaster(why, detail));
  }
  try {
    // writeSpecToFile writes beside the target and renames into place: a kill mid-write leaves the
    // earlier master whole. A symlinked --out has its target replaced, the link kept.
    await writeSpecToFile(result.spec, (await identityOf(run.out))?.real ?? run.out);
  } catch (caught) {
    throw new NoMasterError(t.cannotWrite(run.out, (caught as Error).message));
  }
  return { result, out: run.out, paths: new Map([...names].map(([file, name]) => [name, file])) };
}

