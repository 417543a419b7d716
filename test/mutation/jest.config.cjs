/**
 * The jest project StrykerJS runs for each mutant: the core's own tests only (node environment), so that
 * per-test coverage sends each mutant to the few tests that reach it. See stryker.config.json.
 */
const path = require("node:path");
const base = require("../../jest.config.cjs");
const node = base.projects.find((project) => project.displayName === "node");

module.exports = {
  ...node,
  rootDir: "../..",
  // Only what these tests import: a smaller file map for jest to build on every mutant run.
  roots: [
    "<rootDir>/src",
    "<rootDir>/test/core",
    "<rootDir>/test/mutation",
    "<rootDir>/scripts",
    "<rootDir>/seeds",
  ],
  testMatch: ["<rootDir>/test/mutation/all-core-tests.ts"],
  setupFiles: ["<rootDir>/test/mutation/setup.cjs"],
  // An absolute path: Stryker's jest runner resolves the environment itself, without <rootDir>.
  testEnvironment: path.join(__dirname, "fail-fast-environment.cjs"),
};
