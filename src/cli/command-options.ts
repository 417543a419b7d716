import { parseArgs, type ParseArgsConfig } from "node:util";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** Reads a command's options and positionals; a malformed option becomes the command's own input error. */
export function parseCommandOptions<const Options extends ParseArgsOptionsConfig>(
  argv: string[],
  options: Options,
  InputError: new (message: string) => Error,
) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    throw new InputError(error instanceof Error ? error.message : String(error));
  }
}
