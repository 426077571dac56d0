import { parseArgs, type ParseArgsConfig } from "node:util";

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  name = "UsageError";
}

export type Options = Record<string, string | boolean | string[] | undefined>;

export function parse(args: string[], options: NonNullable<ParseArgsConfig["options"]>): { values: Options; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Options, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^Unknown option/, "Okänd flagga"));
  }
}

export function requiredString(values: Options, name: string): string {
  const value = values[name];
  if (typeof value !== "string" || !value.trim()) throw new UsageError(`--${name} saknas.`);
  return value;
}
