import type { CliTranslate } from "./cli-language";
import { CliInputError } from "./progress-input";

export const FORMATS = ["table", "json"] as const;
export type Format = (typeof FORMATS)[number];

/** The --format option of the commands that print a report: table (default) or json. */
export function readFormat(value: string | undefined, t: CliTranslate): Format {
  const format = value ?? "table";
  if (!(FORMATS as readonly string[]).includes(format))
    throw new CliInputError(t("cli.error.format", { value: format }));
  return format as Format;
}
