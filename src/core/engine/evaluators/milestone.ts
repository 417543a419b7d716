import type { MilestoneTarget } from "../../register/schema";
import type { CompiledTarget } from "../compile";
import { verdict, type PartInput, type PartVerdict, type RunContext } from "../part";
import { REPORTED_PHRASE_STATUS } from "../phrases";
import { completedLate, deadlineNote, remember } from "../reasons";

/** Done when Completed on is set; never computed off track, only overdue once the deadline has passed. */
export function evaluateMilestone(
  compiled: CompiledTarget,
  _target: MilestoneTarget,
  input: PartInput,
  ctx: RunContext,
): PartVerdict {
  const endDay = compiled.span!.endDay;
  const texts = compiled.milestone!;
  const by = texts.byText;
  const index = compiled.index;
  if (input.completedOnDay !== null) {
    const reason = input.completedOnDay > endDay ? completedLate(input.completedOnDay, endDay) : null;
    return verdict(index, "completed", null, null, by, reason);
  }
  if (ctx.asAtDay > endDay) return verdict(index, "overdue", null, null, by, texts.overdueReason);
  const phrase = input.reportedPhrase;
  if (phrase !== null && REPORTED_PHRASE_STATUS[phrase] === "off-track") {
    const reason =
      texts.reportedReasons.get(phrase) ??
      remember(texts.reportedReasons, phrase, `reported as "${phrase}" ${deadlineNote(endDay)}`);
    return verdict(index, "off-track", null, null, by, reason);
  }
  if (input.somethingReported) return verdict(index, "on-track", null, null, by, null);
  return verdict(index, "not-reported", null, null, by, texts.nothingReportedReason);
}
