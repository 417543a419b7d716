import { spawnSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

export interface JestTestReport {
  testResults: { assertionResults: { title: string; fullName: string; status: string }[] }[];
}

/** Runs jest through the mutation project (test/mutation/jest.config.cjs) and reads its JSON report. */
export function runMutationJest(args: readonly string[], env: NodeJS.ProcessEnv = {}): JestTestReport {
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "jest", "bin", "jest.js"),
      "--config",
      "test/mutation/jest.config.cjs",
      "--json",
      ...args,
    ],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } },
  );
  return JSON.parse(run.stdout) as JestTestReport;
}
