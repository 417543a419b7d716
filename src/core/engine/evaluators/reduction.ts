import type { ReductionTarget } from "../../register/schema";
import type { CompiledTarget } from "../compile";
import type { PartInput, PartVerdict, RunContext } from "../part";
import { deadlineLineVerdict } from "./numeric";

/** Lower is better: from `from` at the start down to `to` by the deadline. */
export function evaluateReduction(
  compiled: CompiledTarget,
  target: ReductionTarget,
  input: PartInput,
  ctx: RunContext,
): PartVerdict {
  return deadlineLineVerdict(
    compiled,
    { baseline: target.from, target: target.to, lowerIsBetter: true, strict: false },
    input,
    ctx,
  );
}
