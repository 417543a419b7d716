import { CliInputError } from "./progress-input";

export const FORMATS = ["table", "json"] as const;
export type Format = (typeof FORMATS)[number];

/** The --format option of the commands that print a report: table (default) or json. */
export function readFormat(value: string | undefined): Format {
  const format = value ?? "table";
  if (!(FORMATS as readonly string[]).includes(format))
    throw new CliInputError(`--format "${format}" must be table or json`);
  return format as Format;
}
