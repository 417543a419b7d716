/**
 * The core tests StrykerJS runs, as ONE jest test file (see stryker.config.json). Jest gives every test
 * file its own module registry, so a mutant that 14 test files import had the core, zod and the seeds
 * evaluated 14 times per run; here each is evaluated once per mutant run, and per-test coverage still
 * runs only the tests that reach the mutant. The files are those whose imports reach a mutated file, as
 * jest resolves them: `npm run mutation` lists them first (scripts/mutation/list-related-tests.mjs).
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const LIST = path.join(ROOT, "test", "mutation", "related-tests.json");

if (!fs.existsSync(LIST)) {
  throw new Error(`${LIST} is missing: run the mutation tests with \`npm run mutation\`, which writes it.`);
}
const { related } = JSON.parse(fs.readFileSync(LIST, "utf8")) as { related: string[] };

for (const file of related) {
  describe(file, () => {
    // The tests must be declared synchronously inside this describe, which import() cannot do.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(ROOT, file));
  });
}
