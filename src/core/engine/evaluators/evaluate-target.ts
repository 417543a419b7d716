import type { CompiledTarget } from "../compile";
import type { PartInput, PartVerdict, RunContext } from "../part";
import { evaluateCount } from "./count";
import { evaluateLevel } from "./level";
import { evaluateMilestone } from "./milestone";
import { evaluateOngoing } from "./ongoing";
import { evaluatePercentageChange } from "./percentage-change";
import { evaluateRecurring } from "./recurring";
import { evaluateReduction } from "./reduction";
import { evaluateStaged } from "./staged";

export function evaluateTarget(compiled: CompiledTarget, input: PartInput, ctx: RunContext): PartVerdict {
  const target = compiled.target;
  switch (target.kind) {
    case "count":
      return evaluateCount(compiled, target, input, ctx);
    case "staged":
      return evaluateStaged(compiled, target, input, ctx);
    case "percentage-change":
      return evaluatePercentageChange(compiled, target, input, ctx);
    case "reduction":
      return evaluateReduction(compiled, target, input, ctx);
    case "recurring":
      return evaluateRecurring(compiled, target, input, ctx);
    case "level":
      return evaluateLevel(compiled, target, input, ctx);
    case "milestone":
      return evaluateMilestone(compiled, target, input, ctx);
    case "ongoing":
      return evaluateOngoing(compiled.index, input);
  }
}
