import { WorkbookReadError } from "../xlsx";
import { UsageError } from "./args";
import { CONSOLIDATE_USAGE, consolidateCommand } from "./consolidate";
import { DEMO_USAGE, demoCommand } from "./demo";
import { PUBLISH_USAGE, publishCommand } from "./publish";
import { TEMPLATE_USAGE, templateCommand } from "./template";
import { VALIDATE_USAGE, validateCommand } from "./validate";

type Command = (args: string[], log: (line: string) => void, error: (line: string) => void) => Promise<number>;

const COMMANDS: Record<string, { usage: string; run: Command }> = {
  template: { usage: TEMPLATE_USAGE, run: templateCommand },
  demo: { usage: DEMO_USAGE, run: demoCommand },
  validate: { usage: VALIDATE_USAGE, run: validateCommand },
  consolidate: { usage: CONSOLIDATE_USAGE, run: consolidateCommand },
  publish: { usage: PUBLISH_USAGE, run: publishCommand },
};

export const USAGE = `Regionrapport – regionernas årliga redovisning av regionalt utvecklingsarbete.

Användning:
${Object.values(COMMANDS)
  .map((c) => c.usage)
  .join("\n\n")}

Slutkod: 0 klart, 1 fel i innehållet, 2 felaktigt anrop eller fil som inte kan läsas/skrivas.`;

/** Runs the CLI; returns the exit code. Output goes through `log` and `error` so tests can read it. */
export async function main(
  argv: string[],
  log: (line: string) => void = (line) => console.log(line),
  error: (line: string) => void = (line) => console.error(line)
): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    log(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    error(`Okänt kommando "${name}".\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command.run(args, log, error);
  } catch (caught) {
    if (caught instanceof UsageError) {
      error(`Fel: ${caught.message}\n\n${command.usage}`);
      return 2;
    }
    if (caught instanceof WorkbookReadError || caught instanceof Error) {
      error(`Fel: ${caught.message}`);
      return 2;
    }
    throw caught;
  }
}
