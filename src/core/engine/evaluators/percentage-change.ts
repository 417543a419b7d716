import type { CompiledPercentageChange } from "../compiled-target";
import type { PartInput, PartVerdict, RunContext } from "../part";
import type { TargetMemo } from "../run-cache";
import { deadlineLineVerdict } from "./numeric";

/**
 * Actual is the change achieved so far, in per cent, as a positive figure in the target's direction:
 * for "reduce by 50%" an Actual of 30 means a 30% reduction. "By more than 50%" needs more than 50.
 */
export function evaluatePercentageChange(
  compiled: CompiledPercentageChange,
  input: PartInput,
  ctx: RunContext,
  memo: TargetMemo,
): PartVerdict {
  const target = compiled.target;
  return deadlineLineVerdict(
    compiled,
    { baseline: 0, target: target.percent, lowerIsBetter: false, strict: target.strict === true },
    input,
    ctx,
    memo,
  );
}
