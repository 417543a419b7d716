/**
 * The core tests StrykerJS runs, as ONE jest test file (see stryker.config.json). Jest gives every test
 * file its own module registry, so a mutant that 14 test files import had the core, zod and the seeds
 * evaluated 14 times per run; here each is evaluated once per mutant run, and per-test coverage still
 * runs only the tests that reach the mutant. The files are those whose imports reach a mutated file, as
 * jest resolves them: `npm run mutation` lists them first (scripts/mutation/list-related-tests.mjs).
 * A mutant's run loads only the files holding the tests that reach it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { filesNamedIn } from "./covering-files";

const ROOT = path.resolve(__dirname, "..", "..");
// The test of this file points it at a list of its own.
const LIST = process.env.KPI_RELATED_TESTS ?? path.join(ROOT, "test", "mutation", "related-tests.json");

if (!fs.existsSync(LIST)) {
  throw new Error(`${LIST} is missing: run the mutation tests with \`npm run mutation\`, which writes it.`);
}
const { related } = JSON.parse(fs.readFileSync(LIST, "utf8")) as { related: string[] };

// Set by fail-fast-environment.cjs: the tests StrykerJS asks for, so that only their files are loaded.
const pattern = (globalThis as { kpiTestNamePattern?: string | null }).kpiTestNamePattern;

for (const file of filesNamedIn(pattern, related)) {
  describe(file, () => {
    // The tests must be declared synchronously inside this describe, which import() cannot do.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(ROOT, file));
  });
}
