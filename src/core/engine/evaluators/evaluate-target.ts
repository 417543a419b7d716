import type { CompiledTarget } from "../compiled-target";
import type { PartInput, PartVerdict, RunContext } from "../part";
import type { TargetMemo } from "../run-cache";
import { evaluateCount } from "./count";
import { evaluateLevel } from "./level";
import { evaluateMilestone } from "./milestone";
import { evaluateOngoing } from "./ongoing";
import { evaluatePercentageChange } from "./percentage-change";
import { evaluateRecurring } from "./recurring";
import { evaluateReduction } from "./reduction";
import { evaluateStaged } from "./staged";

export function evaluateTarget(
  compiled: CompiledTarget,
  input: PartInput,
  ctx: RunContext,
  memo: TargetMemo,
): PartVerdict {
  switch (compiled.kind) {
    case "count":
      return evaluateCount(compiled, input, ctx, memo);
    case "staged":
      return evaluateStaged(compiled, input, ctx, memo);
    case "percentage-change":
      return evaluatePercentageChange(compiled, input, ctx, memo);
    case "reduction":
      return evaluateReduction(compiled, input, ctx, memo);
    case "recurring":
      return evaluateRecurring(compiled, input, ctx, memo);
    case "level":
      return evaluateLevel(compiled, input, ctx);
    case "milestone":
      return evaluateMilestone(compiled, input, ctx, memo);
    case "ongoing":
      return evaluateOngoing(compiled, input);
    default:
      return unknownKind(compiled);
  }
}

/** A new target kind fails to compile here until it has an evaluator. */
function unknownKind(compiled: never): never {
  throw new TypeError(`no evaluator for target ${JSON.stringify(compiled)}`);
}
