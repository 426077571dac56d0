import { promises as fs } from "node:fs";
import * as path from "node:path";

/**
 * Files on disk as the CLI must treat them: by what they are, not by how they are named. Two paths
 * are the same file when they resolve to the same device and inode (a relative path, "./x", a
 * symlink, a hard link); an output is written beside its target and renamed into place, so a crash
 * or a kill leaves the earlier file whole.
 */

export interface FileIdentity {
  /** The path with every symlink resolved. */
  real: string;
  dev: number;
  ino: number;
}

/** The identity of an existing file, or null when there is none at the path. */
export async function identityOf(file: string): Promise<FileIdentity | null> {
  try {
    const real = await fs.realpath(file);
    const stat = await fs.stat(real);
    return { real, dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

export function sameFile(a: FileIdentity | null, b: FileIdentity | null): boolean {
  return !!a && !!b && a.dev === b.dev && a.ino === b.ino;
}

/**
 * Writes `target` by writing a temporary file beside it and renaming that into place. A symlink is
 * followed (its target is replaced, the link stays). On any failure the temporary file is removed
 * and the target is as it was.
 */
export async function writeAtomically(target: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const real = (await identityOf(target))?.real ?? path.resolve(target);
  const temporary = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await write(temporary);
    await fs.rename(temporary, real);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
