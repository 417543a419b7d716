import type { MilestoneTarget } from "../../register/schema";
import type { CompiledTarget } from "../compile";
import { verdict, type PartInput, type PartVerdict, type RunContext } from "../part";
import { REPORTED_PHRASE_STATUS } from "../phrases";
import { completedLate, deadlineNote, deadlinePassed, shortDate } from "../reasons";

/** Done when Completed on is set; never computed off track, only overdue once the deadline has passed. */
export function evaluateMilestone(
  compiled: CompiledTarget,
  _target: MilestoneTarget,
  input: PartInput,
  ctx: RunContext,
): PartVerdict {
  const endDay = compiled.span!.endDay;
  const by = `by ${shortDate(endDay)}`;
  const index = compiled.index;
  if (input.completedOnDay !== null) {
    const reason = input.completedOnDay > endDay ? completedLate(input.completedOnDay, endDay) : null;
    return verdict(index, "completed", null, null, by, reason);
  }
  if (ctx.asAtDay > endDay) {
    return verdict(
      index,
      "overdue",
      null,
      null,
      by,
      `not completed (Completed on is empty) and ${deadlinePassed(endDay)}`,
    );
  }
  if (input.reportedPhrase !== null && REPORTED_PHRASE_STATUS[input.reportedPhrase] === "off-track") {
    return verdict(
      index,
      "off-track",
      null,
      null,
      by,
      `reported as "${input.reportedPhrase}" ${deadlineNote(endDay)}`,
    );
  }
  if (input.somethingReported) return verdict(index, "on-track", null, null, by, null);
  return verdict(index, "not-reported", null, null, by, `nothing reported yet ${deadlineNote(endDay)}`);
}
