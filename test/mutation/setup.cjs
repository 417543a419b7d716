// Read by test/core/engine/properties.test.ts: fewer property runs per mutant.
process.env.KPI_MUTATION_RUN = "1";
