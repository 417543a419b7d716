import type { CliTranslate } from "./cli-language";
import { CliInputError } from "./progress-input";

/**
 * A share from 0 to 1 written as plain decimals ("0.1", ".25", "1"). Number() alone would also take
 * "" (0), "0x1" (1), "1e-1" and " 0.1 ", none of which an officer means as a tolerance.
 */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

export function parseTolerance(text: string, t: CliTranslate): number {
  const value = Number(text);
  if (!DECIMAL.test(text) || !(value >= 0 && value <= 1)) {
    throw new CliInputError(t("cli.error.tolerance", { value: text }));
  }
  return value;
}
