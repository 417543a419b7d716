import type { CompiledStage, CompiledStaged } from "../compiled-target";
import { verdict, type PartInput, type PartVerdict, type RunContext } from "../part";
import { asAtPhrase, completedLate, figure, keptShortDate, roundFigure } from "../reasons";
import type { TargetMemo } from "../run-cache";
import { numericVerdict } from "./numeric";

/**
 * "From 250 to 400 by end-2022, and then to 600 by end-2025": a missed stage is overdue; otherwise the
 * stage in force (the first whose deadline has not passed) sets the line from the previous stage.
 */
export function evaluateStaged(
  compiled: CompiledStaged,
  input: PartInput,
  ctx: RunContext,
  memo: TargetMemo,
): PartVerdict {
  const { target, stages } = compiled;
  const last = stages.length - 1;
  const final = stages[last];
  const actual = input.actual;

  if (actual !== null && actual >= final.quantity) {
    const completedOnDay = input.completedOnDay;
    const late = completedOnDay !== null && completedOnDay > final.endDay;
    const reason = late ? completedLate(completedOnDay, final.endDay, ctx.cache) : null;
    return verdict(compiled.index, "completed", final.quantity, actual, figure(final.quantity), reason);
  }

  let missed: CompiledStage | null = null;
  for (const stage of stages) {
    if (stage.endDay < ctx.asAtDay && (missed === null || stage.quantity > missed.quantity)) missed = stage;
  }
  if (missed !== null && (actual === null || actual < missed.quantity)) {
    const shown =
      actual === null
        ? "Actual not entered"
        : `${figure(actual)} of ${figure(missed.quantity)} ${target.unit} ${asAtPhrase(ctx)}`;
    const finalNote =
      missed === final
        ? ""
        : ` (final target ${figure(final.quantity)} by ${keptShortDate(final.endDay, ctx.cache)})`;
    const reason = `${shown}; the stage deadline ${keptShortDate(missed.endDay, ctx.cache)} has passed${finalNote}`;
    return verdict(
      compiled.index,
      "overdue",
      roundFigure(missed.quantity),
      actual,
      figure(missed.quantity),
      reason,
    );
  }

  // Some stage is in force: with every deadline passed, a missed stage or the final figure returned above.
  const inForce = stages.findIndex((stage) => stage.endDay >= ctx.asAtDay);
  const stage = stages[inForce];
  const previous = inForce === 0 ? null : stages[inForce - 1];
  const judged = numericVerdict(
    {
      index: compiled.index,
      memo,
      actual,
      baseline: previous === null ? target.baseline : previous.quantity,
      target: stage.quantity,
      startDay: previous === null ? stage.startDay : Math.max(stage.startDay, previous.endDay + 1),
      endDay: stage.endDay,
      lowerIsBetter: false,
      strict: false,
      completedOnDay: input.completedOnDay,
      actualSuffix: stage.actualSuffix,
      unitSuffix: compiled.unitSuffix,
      figureSuffix: "",
    },
    ctx,
  );
  // Reaching an intermediate stage early is on track, not completion.
  if (judged.status === "completed" && inForce !== last) {
    judged.status = "on-track";
    judged.reason = null;
  }
  return judged;
}
