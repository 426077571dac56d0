import { constants, promises as fs } from "node:fs";
import * as path from "node:path";

/** Checks that a file can be written at `file` before any work is done, and says why not in Swedish. */
export async function assertWritable(file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  let stat;
  try {
    stat = await fs.stat(dir);
  } catch {
    throw new Error(`Kan inte skriva ${file}: mappen ${dir} finns inte.`);
  }
  if (!stat.isDirectory()) throw new Error(`Kan inte skriva ${file}: ${dir} är ingen mapp.`);
  try {
    const existing = await fs.stat(file);
    if (existing.isDirectory()) throw new Error(`Kan inte skriva ${file}: det är en mapp.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  try {
    await fs.access(dir, constants.W_OK);
  } catch {
    throw new Error(`Kan inte skriva ${file}: ingen skrivrätt i ${dir}.`);
  }
}
