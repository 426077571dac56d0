import { promises as fs } from "node:fs";
import { CONSOLIDATION_MESSAGES, type Consolidation, type ConsolidationInput, type FileRead } from "../core/consolidation";
import { readWorkbookBytes, readWorkbookFile, WorkbookReadError } from "../xlsx";
import type { Lang } from "./lang";

/**
 * One input workbook read for a consolidation: loaded, then recognised and validated by the core's
 * Consolidation.read. The consolidate and feedback commands read their inputs with it, so a file
 * gives the same FileRead, and the same progress, in both.
 */
export interface ReadJob {
  /** Path to read. */
  file: string;
  /** The name the file has in the master (Källfil). */
  name: string;
}

export interface ReadOutcome {
  /** What the core was given: the grids, or why there are none. */
  input: ConsolidationInput;
  read: FileRead;
  /** Why the file could not be read as a workbook, for the progress line. */
  error?: string;
  /** What kind of file it is when it could not be read (WorkbookReadError.kind). */
  errorKind?: string;
}

/**
 * Why a file could not be read, as the reader says it (Swedish), without the file name it starts with:
 * the CLI names the file itself. Anything but a WorkbookReadError is a bug, and is thrown on.
 */
export function readErrorReason(file: string, caught: unknown): string {
  if (!(caught instanceof WorkbookReadError)) throw caught;
  return caught.message.startsWith(`${file}: `) ? caught.message.slice(file.length + 2) : caught.message;
}

export async function readJob(job: ReadJob, reader: Consolidation): Promise<ReadOutcome> {
  const stat = await fs.stat(job.file).catch(() => undefined);
  const fileDate = stat?.mtime.toISOString();
  let bytes: Uint8Array;
  let loaded: ReturnType<typeof readWorkbookBytes>;
  try {
    bytes = await readWorkbookFile(job.file, job.name);
    loaded = readWorkbookBytes(bytes, job.name);
  } catch (caught) {
    const error = readErrorReason(job.name, caught);
    const input: ConsolidationInput = { file: job.name, error, errorKind: (caught as WorkbookReadError).kind };
    return { input, read: reader.read(input), error, errorKind: input.errorKind };
  }
  // The bytes (a twentieth of the grids' size on the bench) are kept instead of the grids: the rows
  // of a file that is superseded are read from them again.
  const regrid = () => readWorkbookBytes(bytes, job.name).sheets;
  const input: ConsolidationInput = { file: job.name, grids: loaded.sheets, regrid, replacements: loaded.replacements, ...(fileDate ? { fileDate } : {}) };
  return { input, read: reader.read(input) };
}

/**
 * Why a file could not be read, for a progress line in `lang`: the reader's own (Swedish) message,
 * or in another language the catalog's text for the kind of file it is (the same the master's note uses).
 */
export function readErrorText(outcome: ReadOutcome, lang: Lang): string | undefined {
  if (outcome.error === undefined) return undefined;
  return unreadableKindText(outcome.errorKind ?? "", lang) ?? outcome.error;
}

/**
 * The core catalog's text for a kind of unreadable file (WorkbookReadError.kind) in a language other
 * than Swedish, where the reader's own message is not in that language; none in Swedish or for a kind
 * the catalog does not name.
 */
export function unreadableKindText(kind: string, lang: Lang): string | undefined {
  return lang === "sv" ? undefined : CONSOLIDATION_MESSAGES[lang].unreadableKinds[kind] || undefined;
}
