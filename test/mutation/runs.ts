/**
 * Under mutation testing (npm run mutation, see test/mutation/setup.cjs) every mutant reruns the tests
 * that reach it, so repeated work shrinks to a tenth: a tenth of a property's runs still finds the
 * counter-examples that kill mutants, and the full counts run in `npm test`.
 */
export const UNDER_MUTATION = process.env.KPI_MUTATION_RUN === "1";

export function mutationScaled(full: number): number {
  return UNDER_MUTATION ? Math.ceil(full / 10) : full;
}
