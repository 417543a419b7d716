// Read by test/core/engine/properties.test.ts: fewer property runs per mutant.
process.env.KPI_MUTATION_RUN = "1";

// A property that fails under a mutant has killed it: shrinking the counter-example to its smallest
// form would only spend the mutant's time budget, and turned kills into timeouts.
require("fast-check").configureGlobal({ endOnFailure: true });
