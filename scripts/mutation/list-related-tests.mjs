/**
 * Writes the core test files whose imports reach a file StrykerJS mutates, as jest itself resolves them
 * (`--listTests --findRelatedTests`), to test/mutation/related-tests.json (not committed; Stryker copies
 * it into its sandbox). The one test file Stryker runs, test/mutation/all-core-tests.ts, loads exactly
 * these. Run by `npm run mutation`.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const config = JSON.parse(fs.readFileSync(path.join(root, "stryker.config.json"), "utf8"));
const mutated = execFileSync("git", ["ls-files", "--", ...config.mutate.map((glob) => `:(glob)${glob}`)], {
  cwd: root,
  encoding: "utf8",
})
  .split("\n")
  .filter(Boolean);
if (mutated.length === 0)
  throw new Error(`No file matches stryker.config.json's mutate globs: ${config.mutate}`);

const listed = execFileSync(
  process.execPath,
  [
    path.join(root, "node_modules", "jest", "bin", "jest.js"),
    "--config",
    "test/mutation/jest.config.cjs",
    "--testMatch",
    "<rootDir>/test/core/**/*.test.ts",
    "--listTests",
    "--findRelatedTests",
    ...mutated,
  ],
  { cwd: root, encoding: "utf8" },
);
const related = listed
  .split("\n")
  .filter((line) => line.endsWith(".test.ts"))
  .map((file) => path.relative(root, file).split(path.sep).join("/"))
  .sort();
if (related.length === 0) throw new Error("jest found no core test that imports a mutated file.");

const out = path.join(root, "test", "mutation", "related-tests.json");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ mutated: mutated.length, related }, null, 2) + "\n");
console.log(
  `${related.length} core test files reach the ${mutated.length} mutated files: ${path.relative(root, out)}`,
);
