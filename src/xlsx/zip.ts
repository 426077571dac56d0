import { strFromU8, unzipSync } from "fflate";
import { LIMITS } from "./limits";
import { readReason } from "./readErrorTexts";
import { WorkbookReadError } from "./errors";

interface Entry {
  name: string;
  compressed: number;
  size: number;
}

/**
 * A workbook's zip archive (fflate: runs in the browser and in Node). The directory is read first
 * and every part is checked against LIMITS before it is inflated; a part is inflated only when the
 * reader asks for it, into a buffer of its declared size (a lying header cannot make it larger).
 */
export class Package {
  private readonly entries = new Map<string, Entry>();
  private readonly lower = new Map<string, string>();
  private opened = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string
  ) {
    let count = 0;
    try {
      unzipSync(bytes, {
        filter: (info) => {
          if (++count > LIMITS.zipEntries) throw new LimitReached();
          const name = info.name.replace(/^\/+/, "");
          this.entries.set(name, { name, compressed: info.size, size: info.originalSize });
          this.lower.set(name.toLowerCase(), name);
          return false;
        },
      });
    } catch (error) {
      if (error instanceof LimitReached) {
        throw new WorkbookReadError(file, readReason((t) => t.zipEntries()), "limit");
      }
      throw new WorkbookReadError(file, readReason((t) => t.zipDamaged()), "damaged");
    }
  }

  /** The entry's name as stored (zip names are case-sensitive; some tools change the case). */
  find(name: string): string | undefined {
    const clean = name.replace(/^\/+/, "");
    return this.entries.has(clean) ? clean : this.lower.get(clean.toLowerCase());
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** A part's bytes, after the limits; undefined when there is no such part. */
  bytesOf(name: string): Uint8Array | undefined {
    const stored = this.find(name);
    if (stored === undefined) return undefined;
    const entry = this.entries.get(stored)!;
    if (entry.size > LIMITS.partBytes) throw new WorkbookReadError(this.file, readReason((t) => t.partTooLarge(stored, entry.size)), "limit", stored);
    if (entry.size > 1024 * 1024 && entry.size > entry.compressed * LIMITS.compressionRatio) {
      throw new WorkbookReadError(this.file, readReason((t) => t.zipBomb(stored, entry.compressed, entry.size)), "limit", stored);
    }
    this.opened += entry.size;
    if (this.opened > LIMITS.totalBytes) throw new WorkbookReadError(this.file, readReason((t) => t.totalTooLarge()), "limit", stored);
    try {
      const found = unzipSync(this.bytes, { filter: (info) => info.name.replace(/^\/+/, "") === stored });
      return Object.values(found)[0] ?? new Uint8Array(0);
    } catch {
      throw new WorkbookReadError(this.file, readReason((t) => t.partDamaged(stored)), "damaged", stored);
    }
  }

  /** A part as text (UTF-8). */
  textOf(name: string): string | undefined {
    const bytes = this.bytesOf(name);
    return bytes === undefined ? undefined : strFromU8(bytes);
  }
}

class LimitReached extends Error {}
