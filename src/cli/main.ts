import { WorkbookReadError } from "../xlsx";
import { UsageError } from "./args";
import { CONSOLIDATE_USAGE, CONSOLIDATE_USAGE_EN, consolidateCommand } from "./consolidate";
import { DEMO_USAGE, DEMO_USAGE_EN, demoCommand } from "./demo";
import { FEEDBACK_USAGE, FEEDBACK_USAGE_EN, feedbackCommand } from "./feedback";
import { type Lang, LanguageError, languageOf, TEXTS } from "./lang";
import { PUBLISH_USAGE, PUBLISH_USAGE_EN, publishCommand } from "./publish";
import { TEMPLATE_USAGE, TEMPLATE_USAGE_EN, templateCommand } from "./template";
import { VALIDATE_USAGE, VALIDATE_USAGE_EN, validateCommand } from "./validate";

type Command = (args: string[], log: (line: string) => void, error: (line: string) => void) => Promise<number>;

const COMMANDS: Record<string, { usage: Record<Lang, string>; run: Command }> = {
  template: { usage: { sv: TEMPLATE_USAGE, en: TEMPLATE_USAGE_EN }, run: templateCommand },
  demo: { usage: { sv: DEMO_USAGE, en: DEMO_USAGE_EN }, run: demoCommand },
  validate: { usage: { sv: VALIDATE_USAGE, en: VALIDATE_USAGE_EN }, run: validateCommand },
  consolidate: { usage: { sv: CONSOLIDATE_USAGE, en: CONSOLIDATE_USAGE_EN }, run: consolidateCommand },
  feedback: { usage: { sv: FEEDBACK_USAGE, en: FEEDBACK_USAGE_EN }, run: feedbackCommand },
  publish: { usage: { sv: PUBLISH_USAGE, en: PUBLISH_USAGE_EN }, run: publishCommand },
};

const HELP = ["help", "--help", "-h"];
const VERSION = ["--version", "-v", "version"];

/** The tool's version, from package.json (one place: `npm version` changes it and the manifest). */
function version(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../../package.json") as { version: string }).version;
}

/** The whole tool's usage: what it is, every command, the exit codes. */
export function usage(lang: Lang = "sv"): string {
  const commands = Object.values(COMMANDS)
    .map((c) => c.usage[lang])
    .join("\n\n");
  return lang === "en"
    ? `Regionrapport – the Swedish regions' annual report on regional development work.

Usage:
${commands}

regionrapport help [COMMAND] [--lang sv|en], or regionrapport COMMAND --help: this help.
regionrapport --version: the version.
Exit codes: 0 done, 1 errors in the content, 2 bad call or a file that cannot be read or written.`
    : `Regionrapport – regionernas årliga redovisning av regionalt utvecklingsarbete.

Användning:
${commands}

regionrapport help [KOMMANDO] [--lang sv|en], eller regionrapport KOMMANDO --help: den här hjälpen.
regionrapport --version: versionen.
Slutkod: 0 klart, 1 fel i innehållet, 2 felaktigt anrop eller fil som inte kan läsas/skrivas.`;
}

/** Swedish usage, kept for callers that print it as it was. */
export const USAGE = usage("sv");

/** "--lang en" before the command name belongs to the command: regionrapport --lang en template … */
function splitCommand(argv: string[]): { name: string | undefined; args: string[] } {
  const rest = [...argv];
  const leading: string[] = [];
  while (rest[0] === "--lang" || rest[0]?.startsWith("--lang=")) leading.push(...rest.splice(0, rest[0] === "--lang" ? 2 : 1));
  const [name, ...args] = rest;
  return { name, args: [...args, ...leading] };
}

/** The arguments without --lang and its value. */
function withoutLang(args: string[]): string[] {
  return args.filter((a, i) => a !== "--lang" && !a.startsWith("--lang=") && args[i - 1] !== "--lang");
}

/** Runs the CLI; returns the exit code. Output goes through `log` and `error` so tests can read it. */
export async function main(
  argv: string[],
  log: (line: string) => void = (line) => console.log(line),
  error: (line: string) => void = (line) => console.error(line)
): Promise<number> {
  let lang: Lang;
  try {
    lang = languageOf(argv);
  } catch (caught) {
    if (!(caught instanceof LanguageError)) throw caught;
    error(`Fel / Error: ${caught.message}`);
    return 2;
  }
  const t = TEXTS[lang];
  const { name, args } = splitCommand(argv);
  if (name && VERSION.includes(name)) {
    log(`regionrapport ${version()}`);
    return 0;
  }
  if (!name || HELP.includes(name)) {
    const topic = name ? withoutLang(args).find((a) => !a.startsWith("-")) : undefined;
    if (topic && COMMANDS[topic]) {
      log(COMMANDS[topic].usage[lang]);
      return 0;
    }
    if (topic) {
      error(`${t.error}: ${t.unknownCommand(topic)}\n\n${usage(lang)}`);
      return 2;
    }
    log(usage(lang));
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    error(`${t.error}: ${t.unknownCommand(name)}\n\n${usage(lang)}`);
    return 2;
  }
  // --help (or -h) anywhere among a command's arguments: its usage, and nothing is run.
  if (args.includes("--help") || args.includes("-h")) {
    log(command.usage[lang]);
    return 0;
  }
  try {
    return await command.run(args, log, error);
  } catch (caught) {
    if (caught instanceof UsageError) {
      error(`${t.error}: ${caught.message}\n\n${command.usage[lang]}`);
      return 2;
    }
    if (caught instanceof WorkbookReadError || caught instanceof Error) {
      error(`${t.error}: ${caught.message}`);
      return 2;
    }
    throw caught;
  }
}
