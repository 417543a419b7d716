import type { PercentageChangeTarget } from "../../register/schema";
import type { CompiledTarget } from "../compile";
import type { PartInput, PartVerdict, RunContext } from "../part";
import { deadlineLineVerdict } from "./numeric";

/**
 * Actual is the change achieved so far, in per cent, as a positive figure in the target's direction:
 * for "reduce by 50%" an Actual of 30 means a 30% reduction. "By more than 50%" needs more than 50.
 */
export function evaluatePercentageChange(
  compiled: CompiledTarget,
  target: PercentageChangeTarget,
  input: PartInput,
  ctx: RunContext,
): PartVerdict {
  return deadlineLineVerdict(
    compiled,
    { baseline: 0, target: target.percent, lowerIsBetter: false, strict: target.strict === true },
    input,
    ctx,
  );
}
