import { parseArgs, type ParseArgsConfig } from "node:util";
import type { CliTranslate } from "./cli-language";
import { LANGUAGE_OPTION } from "./cli-language";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/**
 * Reads a command's options (and --lang, which every command takes) and positionals; a malformed option
 * becomes the command's own input error, in the officer's language.
 */
export function parseCommandOptions<const Options extends ParseArgsOptionsConfig>(
  argv: string[],
  options: Options,
  InputError: new (message: string) => Error,
  t: CliTranslate,
  command: string,
) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: { ...options, ...LANGUAGE_OPTION } });
  } catch (error) {
    throw new InputError(parseArgsMessage(error, t, command));
  }
}

/** Node's parseArgs errors in the catalogue's words: an unknown flag, or a flag without its value. */
function parseArgsMessage(error: unknown, t: CliTranslate, command: string): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'([^']+)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return t("cli.error.unknownCommandFlag", { flag, command });
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return t("cli.error.needsValue", { flag });
  return message.split("\n")[0];
}
