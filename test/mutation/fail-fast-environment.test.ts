/**
 * The mutation runner's environment stops at the first failing test (see fail-fast-environment.cjs):
 * run through the mutation jest project, a file's tests after the first failure are skipped, not run.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

it("skips every test after the first failure, and runs the ones before it", () => {
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "jest", "bin", "jest.js"),
      "--config",
      "test/mutation/jest.config.cjs",
      "--testMatch",
      "<rootDir>/test/mutation/fixtures/fail-fast.fixture.ts",
      "--json",
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  const report = JSON.parse(run.stdout) as {
    testResults: { assertionResults: { title: string; status: string }[] }[];
  };
  expect(report.testResults[0].assertionResults.map((test) => [test.title, test.status])).toEqual([
    ["passes", "passed"],
    ["fails", "failed"],
    ["would fail too", "pending"],
    ["would pass", "pending"],
  ]);
});
