import { promises as fs } from "node:fs";
import { type LoadedWorkbook, loadWorkbookBytes, WorkbookReadError } from "./readWorkbook";

/**
 * Reads an .xlsx file from disk (Node only: the CLI, tests, benchmarks), or bytes as they are.
 * Missing paths and folders are named as such before exceljs gets a chance to say something vaguer.
 */
export async function loadWorkbook(source: string | Uint8Array, file = typeof source === "string" ? source : "arbetsbok"): Promise<LoadedWorkbook> {
  if (typeof source !== "string") return loadWorkbookBytes(source, file);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(source);
    if (stat.isDirectory()) throw new WorkbookReadError(file, "är en mapp, inte en fil.");
    bytes = await fs.readFile(source);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookReadError(file, "filen finns inte.");
    throw new WorkbookReadError(file, `kan inte läsas: ${(error as Error).message}`);
  }
  return loadWorkbookBytes(bytes, file);
}
