import type { ReductionTarget } from "../../register/schema";
import type { CompiledTarget } from "../compile";
import type { PartInput, PartVerdict, RunContext } from "../part";
import { numericVerdict } from "./numeric";

/** Lower is better: from `from` at the start down to `to` by the deadline. */
export function evaluateReduction(
  compiled: CompiledTarget,
  target: ReductionTarget,
  input: PartInput,
  ctx: RunContext,
): PartVerdict {
  return numericVerdict(
    {
      compiled,
      actual: input.actual,
      baseline: target.from,
      target: target.to,
      startDay: compiled.span!.startDay,
      endDay: compiled.span!.endDay,
      lowerIsBetter: true,
      completedOnDay: input.completedOnDay,
      actualSuffix: compiled.actualSuffix,
      unitSuffix: compiled.unitSuffix,
      figureSuffix: compiled.figureSuffix,
    },
    ctx,
  );
}
