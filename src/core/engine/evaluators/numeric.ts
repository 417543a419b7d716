import type { CompiledCount, CompiledPercentageChange, CompiledReduction } from "../compiled-target";
import { elapsedFraction, judgeIncrease, linearExpected } from "../expected";
import { verdict, type PartInput, type PartVerdict, type RunContext } from "../part";
import {
  aboutExpected,
  asAtPhrase,
  completedLate,
  deadlineNote,
  deadlinePassed,
  figure,
  remember,
  roundFigure,
} from "../reasons";
import type { ExpectedTexts, TargetMemo } from "../run-cache";

export interface NumericCheck {
  index: number;
  memo: TargetMemo;
  actual: number | null;
  baseline: number;
  target: number;
  startDay: number;
  endDay: number;
  /** Reductions: lower is better. The check is the increase check on negated figures, so the two mirror. */
  lowerIsBetter: boolean;
  /** "by more than 50%": reaching the target is not meeting it. */
  strict: boolean;
  completedOnDay: number | null;
  /** Follows the actual figure in reasons: " of 750 inspections", "% increase in members (target 5%)". */
  actualSuffix: string;
  /** Follows an expected figure where the unit is not yet named: " inspections" or "%". */
  unitSuffix: string;
  /** Follows an expected figure after the unit was named: "%" for percentages, else nothing. */
  figureSuffix: string;
}

/** Shared verdict for targets measured by one figure against a straight line to a deadline. */
export function numericVerdict(check: NumericCheck, ctx: RunContext): PartVerdict {
  const sign = check.lowerIsBetter ? -1 : 1;
  const fraction = elapsedFraction(check.startDay, check.endDay, ctx.asAtDay);
  const expected = linearExpected(check.baseline, check.target, fraction);
  // The line, and so the expected figure, is fixed by the as-at date: the texts are built on the first row.
  const texts = (check.memo.expected ??= expectedTexts(aboutExpected(expected, check.target)));
  const expectedText = texts.text;
  const rounded = roundFigure(expected);
  const index = check.index;
  const pastDeadline = ctx.asAtDay > check.endDay;
  const actual = check.actual;

  if (actual === null) {
    texts.noActualReason ??= noActualReason(check, expectedText, pastDeadline);
    return verdict(
      index,
      pastDeadline ? "overdue" : "not-reported",
      rounded,
      null,
      expectedText,
      texts.noActualReason,
    );
  }

  const standing = judgeIncrease(
    sign * actual,
    sign * check.baseline,
    sign * check.target,
    sign * expected,
    pastDeadline,
    ctx.tolerance,
    check.strict,
  );
  switch (standing) {
    case "met": {
      const completedOnDay = check.completedOnDay;
      const late = completedOnDay !== null && completedOnDay > check.endDay;
      const reason = late ? completedLate(completedOnDay, check.endDay, ctx.cache) : null;
      return verdict(index, "completed", rounded, actual, expectedText, reason);
    }
    case "overdue":
    case "behind": {
      const reason =
        texts.shortfallReasons.get(actual) ??
        remember(
          texts.shortfallReasons,
          actual,
          shortfallReason(check, actual, expectedText, pastDeadline, ctx),
        );
      return verdict(
        index,
        standing === "behind" ? "off-track" : "overdue",
        rounded,
        actual,
        expectedText,
        reason,
      );
    }
    case "on-course":
      return verdict(index, "on-track", rounded, actual, expectedText, null);
  }
}

export function expectedTexts(text: string): ExpectedTexts {
  return { text, noActualReason: null, shortfallReasons: new Map() };
}

function noActualReason(check: NumericCheck, expectedText: string, pastDeadline: boolean): string {
  return pastDeadline
    ? `Actual not entered and ${deadlinePassed(check.endDay)} (target ${figure(check.target)}${check.unitSuffix})`
    : `Actual not entered; ${expectedText}${check.unitSuffix} expected by now ${deadlineNote(check.endDay)}`;
}

/** Past the deadline a shortfall is overdue; before it, the figure is behind the line. */
function shortfallReason(
  check: NumericCheck,
  actual: number,
  expectedText: string,
  pastDeadline: boolean,
  ctx: RunContext,
): string {
  const shown = `${figure(actual)}${check.actualSuffix} ${asAtPhrase(ctx)}`;
  return pastDeadline
    ? `${shown}; ${deadlinePassed(check.endDay)}`
    : `${shown}; ${expectedText}${check.figureSuffix} expected by now ${deadlineNote(check.endDay)}`;
}

/** Where a dated target's straight line runs: from the baseline to the target over its deadline window. */
export interface DeadlineLine {
  baseline: number;
  target: number;
  lowerIsBetter: boolean;
  strict: boolean;
}

/** The verdict for count, percentage-change and reduction targets: one line over the target's own window. */
export function deadlineLineVerdict(
  compiled: CompiledCount | CompiledPercentageChange | CompiledReduction,
  line: DeadlineLine,
  input: PartInput,
  ctx: RunContext,
  memo: TargetMemo,
): PartVerdict {
  return numericVerdict(
    {
      index: compiled.index,
      memo,
      actual: input.actual,
      baseline: line.baseline,
      target: line.target,
      startDay: compiled.span.startDay,
      endDay: compiled.span.endDay,
      lowerIsBetter: line.lowerIsBetter,
      strict: line.strict,
      completedOnDay: input.completedOnDay,
      actualSuffix: compiled.actualSuffix,
      unitSuffix: compiled.unitSuffix,
      figureSuffix: compiled.figureSuffix,
    },
    ctx,
  );
}
