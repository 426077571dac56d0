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

/** Why a file in an input folder is not read, in Swedish; null for a workbook that is, or a file not worth a word. */
export function skipReason(name: string, isDirectory: boolean): string | null {
  if (isDirectory) return "en undermapp; undermappar läses inte (ange den som en egen mapp om den ska med).";
  if (name.startsWith("~$")) return "Excels låsfil för en arbetsbok som är öppen; den läses inte.";
  if (name.startsWith(".") && name.endsWith(".tmp")) return null;
  const ext = path.extname(name).toLowerCase();
  if (ext === ".xlsx") return null;
  if (ext === ".xls") return "det äldre .xls-formatet läses inte: öppna filen i Excel och spara den som .xlsx.";
  if (ext === ".xlsm" || ext === ".xlsb") return `en arbetsbok i formatet ${ext}, som inte läses: spara den som .xlsx (utan makron).`;
  if (ext === ".ods") return "ett OpenDocument-kalkylark (.ods), som inte läses: spara det som .xlsx.";
  if (ext === ".csv") return "en textfil (.csv), ingen arbetsbok: öppna den i Excel och spara den som .xlsx.";
  return "ingen Excel-arbetsbok (.xlsx); den läses inte.";
}

/**
 * The files the arguments name: files as given, directories as their .xlsx files, sorted; duplicates
 * once. What a folder holds besides (.xls, .ods, lock files, subfolders) is listed in `skipped`.
 */
export async function expandInputs(args: string[]): Promise<{ files: string[]; problems: InputProblem[]; skipped: InputProblem[] }> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const skipped: InputProblem[] = [];
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
      const entries = await fs.readdir(arg, { withFileTypes: true });
      for (const e of entries.sort((a, b) => collator.compare(a.name, b.name))) {
        const reason = skipReason(e.name, e.isDirectory());
        if (reason) skipped.push(new InputProblem(path.join(arg, e.name), reason));
      }
      names = entries.filter((e) => !e.isDirectory() && isWorkbookName(e.name)).map((e) => e.name);
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
  return { files, problems, skipped };
}

