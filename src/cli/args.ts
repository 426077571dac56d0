import { parseArgs, type ParseArgsConfig } from "node:util";
import { type Lang, languageOf, TEXTS } from "./lang";

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  name = "UsageError";
}

export type Options = Record<string, string | boolean | string[] | undefined>;
type OptionConfig = NonNullable<ParseArgsConfig["options"]>;

/** Every command takes these: --help (handled by main before the command runs) and --lang. */
const COMMON: OptionConfig = { help: { type: "boolean", short: "h" }, lang: { type: "string" } };

/** Nearest known option for a "did you mean …?": at most two edits away. */
function nearestOption(given: string, known: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)] as number[]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  const ranked = known.map((k) => ({ k, d: distance(given, k) })).sort((a, b) => a.d - b.d);
  return ranked[0] && ranked[0].d <= 2 ? ranked[0].k : undefined;
}

/** node:util's parser message, in the caller's language (its own text is English and names internals). */
function parserMessage(error: NodeJS.ErrnoException & Error, options: OptionConfig, lang: Lang): string {
  const t = TEXTS[lang];
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  const option = quoted.replace(/ <value>$/, "");
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const near = option.startsWith("--") ? nearestOption(option.slice(2), Object.keys(options)) : undefined;
      return t.unknownOption(option) + (near ? t.didYouMean(`--${near}`) : "");
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /argument missing/.test(error.message) ? t.optionNeedsValue(option) : t.optionTakesNoValue(option);
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return t.unexpectedArgument(quoted);
    default:
      return error.message;
  }
}

export function parse(args: string[], options: OptionConfig, allowPositionals = true): { values: Options; positionals: string[]; lang: Lang } {
  const lang = languageOf(args);
  const all = { ...COMMON, ...options };
  try {
    const { values, positionals } = parseArgs({ args, options: all, allowPositionals, strict: true });
    return { values: values as Options, positionals, lang };
  } catch (error) {
    throw new UsageError(parserMessage(error as NodeJS.ErrnoException & Error, all, lang));
  }
}

export function requiredString(values: Options, name: string): string {
  const value = values[name];
  const lang: Lang = values.lang === "en" ? "en" : "sv";
  if (typeof value !== "string" || !value.trim()) throw new UsageError(TEXTS[lang].missingOption(name));
  return value;
}
