/**
 * Expected progress: a straight line from the baseline on the start day to the target on the deadline.
 * Days count inclusively, so on the deadline itself the whole target is expected.
 */
export function elapsedFraction(startDay: number, endDay: number, asAtDay: number): number {
  if (asAtDay < startDay) return 0;
  // Stryker disable next-line EqualityOperator: equivalent, on the deadline itself the formula below is also 1.
  if (asAtDay >= endDay) return 1;
  return (asAtDay - startDay + 1) / (endDay - startDay + 1);
}

export function linearExpected(baseline: number, target: number, fraction: number): number {
  return baseline + (target - baseline) * fraction;
}

/** Floating-point slack for comparisons of figures that were computed by pro-rating. */
export const EPSILON = 1e-9;

/** Higher-is-better verdict shared by counts, stages and percentage changes (reductions mirror it). */
export type Standing = "met" | "overdue" | "behind" | "on-course";

/**
 * Where `actual` stands against the line whose value today is `expected` (called per row: plain arguments).
 * `strict`: the target must be exceeded ("by more than 50%"), not only reached.
 */
export function judgeIncrease(
  actual: number,
  baseline: number,
  target: number,
  expected: number,
  pastDeadline: boolean,
  tolerance: number,
  strict: boolean,
): Standing {
  if (strict ? actual > target + EPSILON : actual >= target - EPSILON) return "met";
  if (pastDeadline) return "overdue";
  const allowance = tolerance * Math.abs(target - baseline);
  return actual < expected - allowance - EPSILON ? "behind" : "on-course";
}
