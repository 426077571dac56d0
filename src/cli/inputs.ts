import { promises as fs } from "node:fs";
import * as path from "node:path";

/** Files and folders named on the command line, as the workbooks to read. */

/** A command-line argument that does not give a workbook to read; `file` is the path named. */
export class InputProblem {
  constructor(
    readonly file: string,
    readonly reason: string
  ) {}
  get message(): string {
    return `${this.file}: ${this.reason}`;
  }
}

const collator = new Intl.Collator("sv", { numeric: true });

/** Is `name` a workbook the command reads from a directory (not a lock file Excel leaves open)? */
export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$");
}

/** The files the arguments name: files as given, directories as their .xlsx files, sorted; duplicates once. */
export async function expandInputs(args: string[]): Promise<{ files: string[]; problems: InputProblem[] }> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const arg of args) {
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push(
        new InputProblem(arg, code === "ENOENT" || code === "ENOTDIR" ? "filen eller mappen finns inte." : `kan inte läsas (${(error as Error).message}).`)
      );
      continue;
    }
    if (!stat.isDirectory()) {
      add(arg);
      continue;
    }
    let names: string[];
    try {
      names = (await fs.readdir(arg, { withFileTypes: true })).filter((e) => !e.isDirectory() && isWorkbookName(e.name)).map((e) => e.name);
    } catch (error) {
      problems.push(new InputProblem(arg, `mappen kan inte läsas (${(error as Error).message}).`));
      continue;
    }
    if (!names.length) {
      problems.push(new InputProblem(arg, "mappen innehåller inga .xlsx-filer."));
      continue;
    }
    for (const name of names.sort(collator.compare)) add(path.join(arg, name));
  }
  return { files, problems };
}

