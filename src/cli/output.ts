import { constants, promises as fs } from "node:fs";
import * as path from "node:path";
import { UsageError } from "./args";
import { type Lang, TEXTS } from "./lang";

/** Refuses an output file whose extension is not one of `allowed` (".xlsx"; ".docx" for a publish command later). */
export function assertExtension(file: string, allowed: readonly string[], option = "--out", lang: Lang = "sv"): void {
  if (!allowed.includes(path.extname(file).toLowerCase())) throw new UsageError(TEXTS[lang].wrongExtension(option, file, allowed.join("/")));
}

/** Checks that a file can be written at `file` before any work is done, and says why not. */
export async function assertWritable(file: string, lang: Lang = "sv"): Promise<void> {
  const t = TEXTS[lang];
  const dir = path.dirname(path.resolve(file));
  let stat;
  try {
    stat = await fs.stat(dir);
  } catch {
    throw new Error(t.dirMissing(file, dir));
  }
  if (!stat.isDirectory()) throw new Error(t.notADir(file, dir));
  try {
    const existing = await fs.stat(file);
    if (existing.isDirectory()) throw new Error(t.isADir(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  try {
    await fs.access(dir, constants.W_OK);
  } catch {
    throw new Error(t.notWritable(file, dir));
  }
}
