import { promises as fs } from "node:fs";
import { type Consolidation, type ConsolidationInput, type FileRead } from "../core/consolidation";
import { type ReadReason, readWorkbookBytes, readWorkbookFile, unreadableInput, WorkbookReadError } from "../xlsx";
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
  /** Why the file could not be read as a workbook, in every language, for the progress line. */
  error?: ReadReason;
  /** What kind of file it is when it could not be read (WorkbookReadError.kind). */
  errorKind?: string;
}

/**
 * Why a file could not be read, as the reader says it, without the file name (the CLI names the
 * file itself). Anything but a WorkbookReadError is a bug, and is thrown on.
 */
export function readErrorReason(caught: unknown): ReadReason {
  if (!(caught instanceof WorkbookReadError)) throw caught;
  return caught.reason;
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
    const error = readErrorReason(caught);
    const input = unreadableInput(job.name, caught as WorkbookReadError);
    return { input, read: reader.read(input), error, errorKind: (caught as WorkbookReadError).kind };
  }
  // The bytes (a twentieth of the grids' size on the bench) are kept instead of the grids: the rows
  // of a file that is superseded are read from them again.
  const regrid = () => readWorkbookBytes(bytes, job.name).sheets;
  const input: ConsolidationInput = { file: job.name, grids: loaded.sheets, regrid, replacements: loaded.replacements, ...(fileDate ? { fileDate } : {}) };
  return { input, read: reader.read(input) };
}

/** Why a file could not be read, for a progress line in `lang`: the reader's own reason. */
export function readErrorText(outcome: ReadOutcome, lang: Lang): string | undefined {
  return outcome.error?.[lang];
}
