import { REGIONS, suggestRegion } from "../core/regions";

/** The CLI's languages: Swedish by default, English with --lang en (help, usage and messages). */
export type Lang = "sv" | "en";

/** A language that is not sv or en: said in both, since we cannot know which the caller reads. */
export class LanguageError extends Error {
  name = "LanguageError";
}

/** One text in every language: `pick` applied to each language's table of texts. */
export function inEveryLang<T>(tables: Readonly<Record<Lang, T>>, pick: (texts: T) => string): Record<Lang, string> {
  return { sv: pick(tables.sv), en: pick(tables.en) };
}

/** The language the arguments ask for (--lang en, --lang=en), Swedish without one. */
export function languageOf(args: readonly string[]): Lang {
  let value: string | undefined;
  args.forEach((arg, i) => {
    if (arg === "--lang") value = args[i + 1] ?? "";
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  });
  if (value === undefined) return "sv";
  if (value === "sv" || value === "en") return value;
  throw new LanguageError(`--lang ska vara sv eller en, inte "${value}". / --lang must be sv or en, not "${value}".`);
}

/** The CLI's own messages (commands' results and the core's findings have theirs). */
export const TEXTS = {
  sv: {
    error: "Fel",
    unknownCommand: (name: string) => `Okänt kommando "${name}".`,
    didYouMean: (what: string) => ` Menade du ${what}?`,
    unknownOption: (option: string) => `Okänd flagga "${option}".`,
    optionNeedsValue: (option: string) => `${option} behöver ett värde.`,
    optionTakesNoValue: (option: string) => `${option} tar inget värde.`,
    unexpectedArgument: (arg: string) => `Oväntat argument "${arg}".`,
    missingOption: (name: string) => `--${name} saknas.`,
    unknownRegion: (input: string, suggestion: string | null) =>
      `Okänd region "${input}".${suggestion ? ` Menade du ${suggestion}?` : ""} Giltiga regioner: ${REGIONS.join(", ")}.`,
    notAYear: (input: string) => `"${input}" är inget årtal (ange till exempel --year 2023).`,
    wrongExtension: (option: string, file: string, allowed: string) => `${option} ska vara en ${allowed}-fil, inte "${file}".`,
    dirMissing: (file: string, dir: string) => `Kan inte skriva ${file}: mappen ${dir} finns inte.`,
    notADir: (file: string, dir: string) => `Kan inte skriva ${file}: ${dir} är ingen mapp.`,
    isADir: (file: string) => `Kan inte skriva ${file}: det är en mapp.`,
    notWritable: (file: string, dir: string) => `Kan inte skriva ${file}: ingen skrivrätt i ${dir}.`,
    templateWritten: (region: string, year: number, out: string, sheets: number) => `Mall för ${region} ${year} skriven till ${out} (${sheets} blad).`,
  },
  en: {
    error: "Error",
    unknownCommand: (name: string) => `Unknown command "${name}".`,
    didYouMean: (what: string) => ` Did you mean ${what}?`,
    unknownOption: (option: string) => `Unknown option "${option}".`,
    optionNeedsValue: (option: string) => `${option} needs a value.`,
    optionTakesNoValue: (option: string) => `${option} takes no value.`,
    unexpectedArgument: (arg: string) => `Unexpected argument "${arg}".`,
    missingOption: (name: string) => `--${name} is missing.`,
    unknownRegion: (input: string, suggestion: string | null) =>
      `Unknown region "${input}".${suggestion ? ` Did you mean ${suggestion}?` : ""} Valid regions: ${REGIONS.join(", ")}.`,
    notAYear: (input: string) => `"${input}" is not a year (give for example --year 2023).`,
    wrongExtension: (option: string, file: string, allowed: string) => `${option} must be an ${allowed} file, not "${file}".`,
    dirMissing: (file: string, dir: string) => `Cannot write ${file}: the folder ${dir} does not exist.`,
    notADir: (file: string, dir: string) => `Cannot write ${file}: ${dir} is not a folder.`,
    isADir: (file: string) => `Cannot write ${file}: it is a folder.`,
    notWritable: (file: string, dir: string) => `Cannot write ${file}: no permission to write in ${dir}.`,
    templateWritten: (region: string, year: number, out: string, sheets: number) => `Template for ${region} ${year} written to ${out} (${sheets} sheets).`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type Texts = (typeof TEXTS)["sv"];

/** The "menade du …?" for a region name that names none of the 21 (null when nothing is close). */
export { suggestRegion };
