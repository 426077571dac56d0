import { promises as fs } from "node:fs";
import { isLockFileName, lockFileError } from "./detect";
import { LIMITS } from "./limits";
import { readReason } from "./readErrorTexts";
import { type LoadedWorkbook, loadWorkbookBytes, WorkbookReadError } from "./readWorkbook";

/**
 * An .xlsx file's bytes from disk (Node only: the CLI, tests, benchmarks). Missing paths, folders,
 * lock files and files over the size limit are named as such before a byte is read.
 */
export async function readWorkbookFile(path: string, file = path): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new WorkbookReadError(file, readReason((t) => t.directory()), "directory");
    if (isLockFileName(path)) throw lockFileError(file);
    if (stat.size > LIMITS.fileBytes) throw new WorkbookReadError(file, readReason((t) => t.fileTooLarge(stat.size)), "limit");
    return await fs.readFile(path);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookReadError(file, readReason((t) => t.missing()), "missing");
    throw new WorkbookReadError(file, readReason((t) => t.unreadable(code)), "unreadable");
  }
}

/** Reads an .xlsx file from disk (see readWorkbookFile), or bytes as they are. */
export async function loadWorkbook(source: string | Uint8Array, file = typeof source === "string" ? source : "arbetsbok"): Promise<LoadedWorkbook> {
  return loadWorkbookBytes(typeof source === "string" ? await readWorkbookFile(source, file) : source, file);
}
