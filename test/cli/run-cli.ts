import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "src/cli/bin.cjs");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a run: the caller's, with the language settings an officer's machine may carry
 * replaced by an English locale, so each test says which language it expects.
 */
export function cliEnvironment(language: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: "C.UTF-8" };
  for (const name of ["KPI_TRACKER_LANG", "LC_ALL", "LC_MESSAGES"]) delete env[name];
  return { ...env, ...language };
}

/** Runs `kpi-tracker` as a user would, in `cwd` (a temp folder, so a relative --out never lands in the repo). */
export async function runCli(cwd: string, ...args: string[]): Promise<CliRun> {
  return runCliIn(cliEnvironment(), cwd, ...args);
}

/** Runs `kpi-tracker` with the given environment (e.g. LANG=zh_HK.UTF-8). */
export async function runCliIn(env: NodeJS.ProcessEnv, cwd: string, ...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as CliRun;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
