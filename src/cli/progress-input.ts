import { readFile } from "node:fs/promises";
import { extname } from "node:path";
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
export async function readInputBytes(path: string): Promise<Uint8Array> {
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new CliInputError(
      `${path}: ${error.code === "ENOENT" ? "no such file" : `cannot read (${error.code ?? error.message})`}`,
    );
  });
}

/** Reads progress entries from a CSV file or from the tracking table of an xlsx workbook. */
export async function readProgressFile(path: string): Promise<ProgressFile> {
  const extension = extname(path).toLowerCase();
  if (extension !== ".csv" && extension !== ".xlsx") {
    throw new CliInputError(`${path}: expected a .csv or .xlsx file`);
  }
  const bytes = await readInputBytes(path);
  try {
    return extension === ".csv" ? progressFromCsv(bytes) : (await progressFromXlsx(bytes)).file;
  } catch (error) {
    if (error instanceof ProgressFileError) throw new CliInputError(`${path}: ${error.message}`);
    throw error;
  }
}
