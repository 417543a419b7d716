import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { REGISTER_FILE_LIMIT_BYTES, registerTooLargeMessage } from "../core/register/file-limit";
import { loadRegister } from "../core/register/load";
import type { CliTranslate } from "./cli-language";
import type { Register } from "../core/register/schema";
import { CliInputError } from "./progress-input";

/** The package root, so the default register is found whatever the working directory. */
export const PACKAGE_ROOT = resolve(__dirname, "..", "..");
export const DEFAULT_REGISTER_PATH = resolve(PACKAGE_ROOT, "seeds", "kpis-2023.json");

/** Reads and checks a register JSON file; problems become one-line CliInputErrors. */
export async function readRegisterFile(path: string, t: CliTranslate): Promise<Register> {
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > REGISTER_FILE_LIMIT_BYTES)
      throw new CliInputError(t("cli.register.tooLarge", { problem: registerTooLargeMessage(path, size) }));
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(
      code === "ENOENT"
        ? t("cli.register.missing", { path })
        : t("cli.register.unreadable", { path, reason: String(code) }),
    );
  }
  let json: unknown;
  try {
    // A byte-order mark, as Notepad and Excel write, is dropped as it is for CSV files.
    json = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (error) {
    throw new CliInputError(t("cli.register.notJson", { path, reason: (error as Error).message }));
  }
  const loaded = loadRegister(json);
  if (!loaded.ok) {
    throw new CliInputError(t("cli.register.invalid", { path, problems: firstOf(loaded.errors, 5, t) }));
  }
  return loaded.register;
}

/** The first `shown` problems, then how many more there are. */
export function firstOf(problems: readonly string[], shown: number, t: CliTranslate): string {
  const first = problems.slice(0, shown).join("; ");
  return problems.length > shown
    ? t("cli.list.andMore", { shown: first, count: problems.length - shown })
    : first;
}
