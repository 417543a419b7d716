/**
 * The node test environment, stopping at the first failing test: one failure is all StrykerJS needs to
 * call a mutant killed (its default, `disableBail: false`). Jest's own bail counts failed test files, and
 * the mutation run is a single test file (all-core-tests.ts), so without this a killed mutant would run
 * every test that reaches it.
 */
const { TestEnvironment } = require("jest-environment-node");

class FailFastEnvironment extends TestEnvironment {
  failed = false;

  constructor(config, context) {
    super(config, context);
    // all-core-tests.ts loads only the test files this pattern names (see covering-files.ts).
    this.global.kpiTestNamePattern = config.globalConfig.testNamePattern ?? null;
  }

  async handleTestEvent(event) {
    if (event.name === "test_fn_failure" || event.name === "hook_failure") this.failed = true;
    // jest-circus reads the mode right after dispatching test_start, so the test is skipped, not run.
    else if (event.name === "test_start" && this.failed) event.test.mode = "skip";
  }
}

module.exports = FailFastEnvironment;
