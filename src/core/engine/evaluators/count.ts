import type { CountTarget } from "../../register/schema";
import type { CompiledTarget } from "../compile";
import type { PartInput, PartVerdict, RunContext } from "../part";
import { deadlineLineVerdict } from "./numeric";

export function evaluateCount(
  compiled: CompiledTarget,
  target: CountTarget,
  input: PartInput,
  ctx: RunContext,
): PartVerdict {
  return deadlineLineVerdict(
    compiled,
    { baseline: target.baseline ?? 0, target: target.quantity, lowerIsBetter: false, strict: false },
    input,
    ctx,
  );
}
