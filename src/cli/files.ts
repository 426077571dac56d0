import { promises as fs } from "node:fs";

/**
 * Files on disk as the CLI must treat them: by what they are, not by how they are named. Two paths
 * are the same file when they resolve to the same device and inode (a relative path, "./x", a
 * symlink, a hard link).
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
