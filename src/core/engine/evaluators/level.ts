import type { LevelTarget } from "../../register/schema";
import type { CompiledLevel } from "../compiled-target";
import { EPSILON } from "../expected";
import { verdict, type PartInput, type PartVerdict, type RunContext } from "../part";
import { asAtPhrase, figure, keptShortDate } from "../reasons";

const COMPARISON_WORDS: Readonly<Record<LevelTarget["comparison"], string>> = {
  "at-least": "at least",
  "at-most": "at most",
  below: "below",
};

/** "at least 95", "below 700": the Expected column for a level. */
export function levelWords(target: LevelTarget): string {
  return `${COMPARISON_WORDS[target.comparison]} ${figure(target.level)}`;
}

/** " % of applications within 4 weeks" reads "95% of ...", other units follow a space. */
export function levelUnitSuffix(target: LevelTarget): string {
  return target.unit.startsWith("%") ? target.unit : ` ${target.unit}`;
}

export function meetsLevel(target: LevelTarget, actual: number): boolean {
  switch (target.comparison) {
    case "at-least":
      return actual >= target.level - EPSILON;
    case "at-most":
      return actual <= target.level + EPSILON;
    case "below":
      return actual < target.level - EPSILON;
  }
}

/**
 * A level is judged at the end of its window. While the window runs, a figure that meets the level is on
 * track and one that misses it off track (a level has no straight line to be a little behind on); once the
 * window has ended, met is completed and missed overdue. Before the window opens nothing is due, and a
 * window with no end (a standing pledge) never completes.
 */
export function evaluateLevel(compiled: CompiledLevel, input: PartInput, ctx: RunContext): PartVerdict {
  const { target, window } = compiled;
  const index = compiled.index;
  const expectedText = levelWords(target);
  const actual = input.actual;

  if (ctx.asAtDay < window.startDay) {
    // A figure in Actual is something reported, so this covers it.
    const reported = input.somethingReported;
    const reason = reported
      ? null
      : `nothing due yet: ${expectedText} from ${keptShortDate(window.startDay, ctx.cache)}`;
    return verdict(index, reported ? "on-track" : "not-reported", target.level, actual, expectedText, reason);
  }
  const ended = ctx.asAtDay > window.endDay;
  if (actual === null) {
    const reason = ended
      ? `Actual not entered and the period ended on ${keptShortDate(window.endDay, ctx.cache)} (${expectedText}${levelUnitSuffix(target)})`
      : `Actual not entered; ${expectedText}${levelUnitSuffix(target)} expected`;
    return verdict(index, ended ? "overdue" : "not-reported", target.level, null, expectedText, reason);
  }
  if (meetsLevel(target, actual))
    return verdict(index, ended ? "completed" : "on-track", target.level, actual, expectedText, null);
  const shown = `${figure(actual)}${compiled.actualSuffix} ${asAtPhrase(ctx)}`;
  return ended
    ? verdict(
        index,
        "overdue",
        target.level,
        actual,
        expectedText,
        `${shown}; the period ended on ${keptShortDate(window.endDay, ctx.cache)}`,
      )
    : verdict(index, "off-track", target.level, actual, expectedText, shown);
}
