/**
 * The mutation runner's environment stops at the first failing test (see fail-fast-environment.cjs):
 * run through the mutation jest project, a file's tests after the first failure are skipped, not run.
 */
import { runMutationJest } from "./mutation-jest";

it("skips every test after the first failure, and runs the ones before it", () => {
  const report = runMutationJest(["--testMatch", "<rootDir>/test/mutation/fixtures/fail-fast.fixture.ts"]);
  expect(report.testResults[0].assertionResults.map((test) => [test.title, test.status])).toEqual([
    ["passes", "passed"],
    ["fails", "failed"],
    ["would fail too", "pending"],
    ["would pass", "pending"],
  ]);
});
