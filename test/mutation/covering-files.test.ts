/**
 * A mutant's run loads only the test files holding the tests StrykerJS asks for (covering-files.ts):
 * first the choice itself, on patterns written as StrykerJS writes them, then a real jest run of
 * all-core-tests.ts through the mutation project.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { filesNamedIn } from "./covering-files";
import { runMutationJest } from "./mutation-jest";

const A = "test/mutation/fixtures/covered-a.fixture.ts";
const B = "test/mutation/fixtures/covered-b.fixture.ts";
const FILES = [
  "test/core/engine/kinds.test.ts",
  "test/core/engine/kinds-edges.test.ts",
  "test/core/tracking/sort-order.test.ts",
];

describe("the test files a mutant's run needs", () => {
  it("loads every file when there is no pattern (the dry run that measures coverage)", () => {
    expect(filesNamedIn(undefined, FILES)).toEqual(FILES);
    expect(filesNamedIn(null, FILES)).toEqual(FILES);
    expect(filesNamedIn("", FILES)).toEqual(FILES);
  });

  it("loads the files whose tests the pattern names, escaped as StrykerJS escapes them", () => {
    const pattern =
      "(test/core/engine/kinds\\.test\\.ts a count \\(at least\\) is on track)|" +
      "(test/core/tracking/sort\\-order\\.test\\.ts sorts worst first)";
    expect(filesNamedIn(pattern, FILES)).toEqual([
      "test/core/engine/kinds.test.ts",
      "test/core/tracking/sort-order.test.ts",
    ]);
  });

  it("does not take a file for another whose name begins the same", () => {
    const pattern = "(test/core/engine/kinds\\-edges\\.test\\.ts the deadline day)";
    expect(filesNamedIn(pattern, FILES)).toEqual(["test/core/engine/kinds-edges.test.ts"]);
  });
});

describe("all-core-tests.ts under the mutation project", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-covering-"));
  const list = path.join(dir, "related-tests.json");
  fs.writeFileSync(list, JSON.stringify({ related: [A, B] }));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function testsRun(testNamePattern?: string): string[] {
    const report = runMutationJest(testNamePattern ? ["--testNamePattern", testNamePattern] : [], {
      KPI_RELATED_TESTS: list,
    });
    return report.testResults.flatMap((file) =>
      file.assertionResults.map((test) => `${test.status}: ${test.fullName}`),
    );
  }

  it("runs both files' tests without a pattern, and only the named file's with one", () => {
    expect(testsRun()).toEqual([`passed: ${A} amounts adds up`, `passed: ${B} reads a date`]);
    expect(testsRun("(test/mutation/fixtures/covered\\-a\\.fixture\\.ts amounts adds up)")).toEqual([
      `passed: ${A} amounts adds up`,
    ]);
  }, 60_000);
});
