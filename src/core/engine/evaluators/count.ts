import type { CompiledCount } from "../compiled-target";
import type { PartInput, PartVerdict, RunContext } from "../part";
import type { TargetMemo } from "../run-cache";
import { deadlineLineVerdict } from "./numeric";

export function evaluateCount(
  compiled: CompiledCount,
  input: PartInput,
  ctx: RunContext,
  memo: TargetMemo,
): PartVerdict {
  const target = compiled.target;
  return deadlineLineVerdict(
    compiled,
    { baseline: target.baseline ?? 0, target: target.quantity, lowerIsBetter: false, strict: false },
    input,
    ctx,
    memo,
  );
}
