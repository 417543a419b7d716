import type { CountTarget } from "../../register/schema";
import type { CompiledTarget } from "../compile";
import type { PartInput, PartVerdict, RunContext } from "../part";
import { numericVerdict } from "./numeric";

export function evaluateCount(
  compiled: CompiledTarget,
  target: CountTarget,
  input: PartInput,
  ctx: RunContext,
): PartVerdict {
  return numericVerdict(
    {
      compiled,
      actual: input.actual,
      baseline: target.baseline ?? 0,
      target: target.quantity,
      startDay: compiled.span!.startDay,
      endDay: compiled.span!.endDay,
      lowerIsBetter: false,
      completedOnDay: input.completedOnDay,
      actualSuffix: compiled.actualSuffix,
      unitSuffix: compiled.unitSuffix,
      figureSuffix: compiled.figureSuffix,
    },
    ctx,
  );
}
