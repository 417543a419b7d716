import { readFile } from "node:fs/promises";
import { messageIn } from "../core/language/catalogue-message";
import { extname } from "node:path";
import type { CliTranslate } from "./cli-language";
import {
  ProgressFileError,
  progressFromCsv,
  progressFromXlsx,
  type ProgressFile,
} from "../export/progress-file";

export { HEADER_SEARCH_ROWS, type ProgressFile } from "../export/progress-file";

/** Input the command line cannot use; the message is one line, shown as is. */
export class CliInputError extends Error {
  override name = "CliInputError";
}

/** A file's bytes, or a one-line reason naming the file. */
export async function readInputBytes(path: string, t: CliTranslate): Promise<Uint8Array> {
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new CliInputError(unreadable(path, error, t));
  });
}

/** Why a file could not be read, in one line: missing, or the system's error code. */
export function unreadable(path: string, error: NodeJS.ErrnoException, t: CliTranslate): string {
  return error.code === "ENOENT"
    ? t("cli.file.missing", { path })
    : t("cli.file.unreadable", { path, reason: error.code ?? error.message });
}

/** Reads progress entries from a CSV file or from the tracking table of an xlsx workbook. */
export async function readProgressFile(path: string, t: CliTranslate): Promise<ProgressFile> {
  const extension = extname(path).toLowerCase();
  if (extension !== ".csv" && extension !== ".xlsx") {
    throw new CliInputError(t("cli.file.notProgress", { path }));
  }
  const bytes = await readInputBytes(path, t);
  try {
    return extension === ".csv" ? progressFromCsv(bytes) : (await progressFromXlsx(bytes)).file;
  } catch (error) {
    if (error instanceof ProgressFileError)
      throw new CliInputError(t("cli.file.problem", { path, problem: messageIn(t, error.said) }));
    throw error;
  }
}
