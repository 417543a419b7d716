import { randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Stats } from "node:fs";
import { CliInputError } from "./progress-input";

export interface OutputTarget {
  path: string;
  /** Replace a file that is already there (never one of `inputs`). */
  force: boolean;
  /** The files this command reads: never written over, even with --force. */
  inputs: readonly string[];
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new CliInputError(`--out ${path}: cannot check it (${(error as NodeJS.ErrnoException).code})`);
  }
}

/**
 * Refuses an --out the command must not write, before any work is done: one of its own inputs (by
 * device and inode, so another spelling or a hard link of the same file is caught), an existing file
 * without --force, a folder, or a path in a folder that does not exist.
 */
export async function checkOutput(target: OutputTarget): Promise<void> {
  const { path } = target;
  const parent = await statOrNull(dirname(path));
  if (parent === null) throw new CliInputError(`--out ${path}: the folder ${dirname(path)} does not exist`);
  if (!parent.isDirectory()) throw new CliInputError(`--out ${path}: ${dirname(path)} is not a folder`);
  const existing = await statOrNull(path);
  if (existing === null) return;
  if (existing.isDirectory()) throw new CliInputError(`--out ${path} is a folder; give a file name`);
  for (const input of target.inputs) {
    const read = await statOrNull(input);
    if (read !== null && read.dev === existing.dev && read.ino === existing.ino) {
      throw new CliInputError(
        `--out ${path} is also an input of this command; write to another file (--force never replaces an input)`,
      );
    }
  }
  if (!target.force) {
    throw new CliInputError(`--out ${path} already exists; choose another name or add --force to replace it`);
  }
}

/**
 * Writes the output. Without --force the file is created exclusively, so one that appeared since the
 * check is still not replaced; with --force it is written beside the target and renamed over it, so a
 * failed write never leaves the old file half-overwritten.
 */
export async function writeOutput(target: OutputTarget, bytes: Uint8Array | string): Promise<void> {
  await checkOutput(target);
  const { path } = target;
  try {
    if (!target.force) {
      await writeFile(path, bytes, { flag: "wx" });
      return;
    }
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
    try {
      await writeFile(temporary, bytes, { flag: "wx" });
      await rename(temporary, path);
    } finally {
      await rm(temporary, { force: true });
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      throw new CliInputError(
        `--out ${path} already exists; choose another name or add --force to replace it`,
      );
    }
    throw new CliInputError(`--out ${path}: cannot write it (${code ?? (error as Error).message})`);
  }
}
