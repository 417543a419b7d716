import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { REGISTER_FILE_LIMIT_BYTES, registerTooLargeMessage } from "../core/register/file-limit";
import { loadRegister } from "../core/register/load";
import type { Register } from "../core/register/schema";
import { CliInputError } from "./progress-input";

/** The package root, so the default register is found whatever the working directory. */
export const PACKAGE_ROOT = resolve(__dirname, "..", "..");
export const DEFAULT_REGISTER_PATH = resolve(PACKAGE_ROOT, "seeds", "kpis-2023.json");

/** Reads and checks a register JSON file; problems become one-line CliInputErrors. */
export async function readRegisterFile(path: string): Promise<Register> {
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > REGISTER_FILE_LIMIT_BYTES)
      throw new CliInputError(`register ${registerTooLargeMessage(path, size)}`);
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(
      `register ${path}: ${code === "ENOENT" ? "no such file" : `cannot read (${code})`}`,
    );
  }
  let json: unknown;
  try {
    // A byte-order mark, as Notepad and Excel write, is dropped as it is for CSV files.
    json = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (error) {
    throw new CliInputError(`register ${path}: not valid JSON (${(error as Error).message})`);
  }
  const loaded = loadRegister(json);
  if (!loaded.ok) {
    const shown = loaded.errors.slice(0, 5).join("; ");
    const more = loaded.errors.length > 5 ? ` (and ${loaded.errors.length - 5} more)` : "";
    throw new CliInputError(`register ${path} is not a valid register: ${shown}${more}`);
  }
  return loaded.register;
}
