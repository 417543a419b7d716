import type { CompiledReduction } from "../compiled-target";
import type { PartInput, PartVerdict, RunContext } from "../part";
import type { TargetMemo } from "../run-cache";
import { deadlineLineVerdict } from "./numeric";

/** Lower is better: from `from` at the start down to `to` by the deadline. */
export function evaluateReduction(
  compiled: CompiledReduction,
  input: PartInput,
  ctx: RunContext,
  memo: TargetMemo,
): PartVerdict {
  const target = compiled.target;
  return deadlineLineVerdict(
    compiled,
    { baseline: target.from, target: target.to, lowerIsBetter: true, strict: false },
    input,
    ctx,
    memo,
  );
}
