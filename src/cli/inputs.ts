import { promises as fs } from "node:fs";
import * as path from "node:path";
import { inEveryLang, type Lang } from "./lang";

/** Files and folders named on the command line, as the workbooks to read. */

/** A command-line argument that does not give a workbook to read; `file` is the path named. */
export class InputProblem {
  private readonly reasons: Record<Lang, string>;
  /**
   * `reason`: one text (Swedish, as callers with their own messages give it), or one per language.
   * `kind` "missing": the path does not exist (consolidate names it in the master as unreadable).
   */
  constructor(
    readonly file: string,
    reason: string | Record<Lang, string>,
    readonly kind?: "missing"
  ) {
    this.reasons = typeof reason === "string" ? { sv: reason, en: reason } : reason;
  }
  /** The reason in Swedish (the master's language). */
  get reason(): string {
    return this.reasons.sv;
  }
  get message(): string {
    return this.messageIn("sv");
  }
  reasonIn(lang: Lang): string {
    return this.reasons[lang];
  }
  messageIn(lang: Lang): string {
    return `${this.file}: ${this.reasons[lang]}`;
  }
}

/** Why an argument or a folder's file is not read, in every language. */
const INPUT_TEXTS = {
  sv: {
    subfolder: "en undermapp; undermappar läses inte (ange den som en egen mapp om den ska med).",
    lockFile: "Excels låsfil för en arbetsbok som är öppen; den läses inte.",
    xls: "det äldre .xls-formatet läses inte: öppna filen i Excel och spara den som .xlsx.",
    macro: (ext: string) => `en arbetsbok i formatet ${ext}, som inte läses: spara den som .xlsx (utan makron).`,
    ods: "ett OpenDocument-kalkylark (.ods), som inte läses: spara det som .xlsx.",
    csv: "en textfil (.csv), ingen arbetsbok: öppna den i Excel och spara den som .xlsx.",
    other: "ingen Excel-arbetsbok (.xlsx); den läses inte.",
    missing: "filen eller mappen finns inte.",
    unreadable: (why: string) => `kan inte läsas (${why}).`,
    folderUnreadable: (why: string) => `mappen kan inte läsas (${why}).`,
    noWorkbooks: "mappen innehåller inga .xlsx-filer.",
  },
  en: {
    subfolder: "a subfolder; subfolders are not read (give it as a folder of its own if it should be).",
    lockFile: "Excel's lock file for a workbook that is open; it is not read.",
    xls: "the old .xls format is not read: open the file in Excel and save it as .xlsx.",
    macro: (ext: string) => `a workbook in the ${ext} format, which is not read: save it as .xlsx (without macros).`,
    ods: "an OpenDocument spreadsheet (.ods), which is not read: save it as .xlsx.",
    csv: "a text file (.csv), not a workbook: open it in Excel and save it as .xlsx.",
    other: "not an Excel workbook (.xlsx); it is not read.",
    missing: "the file or folder does not exist.",
    unreadable: (why: string) => `cannot be read (${why}).`,
    folderUnreadable: (why: string) => `the folder cannot be read (${why}).`,
    noWorkbooks: "the folder holds no .xlsx files.",
  },
} satisfies Record<Lang, Record<string, unknown>>;

const inEvery = (pick: (t: (typeof INPUT_TEXTS)["sv"]) => string) => inEveryLang(INPUT_TEXTS, pick);

const collator = new Intl.Collator("sv", { numeric: true });

/** Is `name` a workbook the command reads from a directory (not a lock file Excel leaves open)? */
export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$");
}

/** Why a file in an input folder is not read (Swedish by default); null for a workbook that is, or a file not worth a word. */
export function skipReason(name: string, isDirectory: boolean, lang: Lang = "sv"): string | null {
  const t = INPUT_TEXTS[lang];
  if (isDirectory) return t.subfolder;
  if (name.startsWith("~$")) return t.lockFile;
  if (name.startsWith(".") && name.endsWith(".tmp")) return null;
  const ext = path.extname(name).toLowerCase();
  if (ext === ".xlsx") return null;
  if (ext === ".xls") return t.xls;
  if (ext === ".xlsm" || ext === ".xlsb") return t.macro(ext);
  if (ext === ".ods") return t.ods;
  if (ext === ".csv") return t.csv;
  return t.other;
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
      const why = (error as Error).message;
      problems.push(
        code === "ENOENT" || code === "ENOTDIR" ? new InputProblem(arg, inEvery((t) => t.missing), "missing") : new InputProblem(arg, inEvery((t) => t.unreadable(why)))
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
        const sv = skipReason(e.name, e.isDirectory(), "sv");
        if (sv) skipped.push(new InputProblem(path.join(arg, e.name), { sv, en: skipReason(e.name, e.isDirectory(), "en")! }));
      }
      names = entries.filter((e) => !e.isDirectory() && isWorkbookName(e.name)).map((e) => e.name);
    } catch (error) {
      const why = (error as Error).message;
      problems.push(new InputProblem(arg, inEvery((t) => t.folderUnreadable(why))));
      continue;
    }
    if (!names.length) {
      problems.push(new InputProblem(arg, inEvery((t) => t.noWorkbooks)));
      continue;
    }
    for (const name of names.sort(collator.compare)) add(path.join(arg, name));
  }
  return { files, problems, skipped };
}

