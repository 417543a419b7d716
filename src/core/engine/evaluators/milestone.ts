import type { CompiledMilestone } from "../compiled-target";
import { verdict, type PartInput, type PartVerdict, type RunContext } from "../part";
import { REPORTED_PHRASE_STATUS } from "../phrases";
import { completedLate, deadlineNote, remember } from "../reasons";
import type { TargetMemo } from "../run-cache";

/** Done when Completed on is set; never computed off track, only overdue once the deadline has passed. */
export function evaluateMilestone(
  compiled: CompiledMilestone,
  input: PartInput,
  ctx: RunContext,
  memo: TargetMemo,
): PartVerdict {
  const endDay = compiled.endDay;
  const by = compiled.byText;
  const index = compiled.index;
  if (input.completedOnDay !== null) {
    const reason =
      input.completedOnDay > endDay ? completedLate(input.completedOnDay, endDay, ctx.cache) : null;
    return verdict(index, "completed", null, null, by, reason);
  }
  if (ctx.asAtDay > endDay) return verdict(index, "overdue", null, null, by, compiled.overdueReason);
  const phrase = input.reportedPhrase;
  if (phrase !== null && REPORTED_PHRASE_STATUS[phrase] === "off-track") {
    const reason =
      memo.reportedReasons.get(phrase) ??
      remember(memo.reportedReasons, phrase, `reported as "${phrase}" ${deadlineNote(endDay)}`);
    return verdict(index, "off-track", null, null, by, reason);
  }
  if (input.somethingReported) return verdict(index, "on-track", null, null, by, null);
  return verdict(index, "not-reported", null, null, by, compiled.nothingReportedReason);
}
