import { randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Stats } from "node:fs";
import type { CliTranslate } from "./cli-language";
import { CliInputError } from "./progress-input";

export interface OutputTarget {
  path: string;
  /** Replace a file that is already there (never one of `inputs`). */
  force: boolean;
  /** The files this command reads: never written over, even with --force. */
  inputs: readonly string[];
}

async function statOrNull(path: string, out: string, t: CliTranslate): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new CliInputError(
      t("cli.out.cannotCheck", { path: out, reason: String((error as NodeJS.ErrnoException).code) }),
    );
  }
}

/**
 * Refuses an --out the command must not write, before any work is done: one of its own inputs (by
 * device and inode, so another spelling or a hard link of the same file is caught), an existing file
 * without --force, a folder, or a path in a folder that does not exist.
 */
export async function checkOutput(target: OutputTarget, t: CliTranslate): Promise<void> {
  const { path } = target;
  const folder = dirname(path);
  const parent = await statOrNull(folder, path, t);
  if (parent === null) throw new CliInputError(t("cli.out.noFolder", { path, folder }));
  if (!parent.isDirectory()) throw new CliInputError(t("cli.out.notFolder", { path, folder }));
  const existing = await statOrNull(path, path, t);
  if (existing === null) return;
  if (existing.isDirectory()) throw new CliInputError(t("cli.out.isFolder", { path }));
  for (const input of target.inputs) {
    const read = await statOrNull(input, path, t);
    if (read !== null && read.dev === existing.dev && read.ino === existing.ino) {
      throw new CliInputError(t("cli.out.isInput", { path }));
    }
  }
  if (!target.force) throw new CliInputError(t("cli.out.exists", { path }));
}

/**
 * Writes the output. Without --force the file is created exclusively, so one that appeared since the
 * check is still not replaced; with --force it is written beside the target and renamed over it, so a
 * failed write never leaves the old file half-overwritten.
 */
export async function writeOutput(
  target: OutputTarget,
  bytes: Uint8Array | string,
  t: CliTranslate,
): Promise<void> {
  await checkOutput(target, t);
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
    if (code === "EEXIST") throw new CliInputError(t("cli.out.exists", { path }));
    throw new CliInputError(t("cli.out.cannotWrite", { path, reason: code ?? (error as Error).message }));
  }
}
