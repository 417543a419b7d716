import type { CompiledTarget, ExpectedMemo } from "../compile";
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

export interface NumericCheck {
  compiled: CompiledTarget;
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
  const standing = judgeIncrease(
    check.actual === null ? -Infinity : sign * check.actual,
    sign * check.baseline,
    sign * check.target,
    sign * expected,
    ctx.asAtDay > check.endDay,
    ctx.tolerance,
    check.strict,
  );
  const memo = expectedMemo(check, expected, ctx);
  const expectedText = memo.text;
  const rounded = roundFigure(expected);
  const index = check.compiled.index;
  const pastDeadline = ctx.asAtDay > check.endDay;

  if (check.actual === null) {
    memo.noActualReason ??= noActualReason(check, expectedText, pastDeadline);
    return verdict(
      index,
      pastDeadline ? "overdue" : "not-reported",
      rounded,
      null,
      expectedText,
      memo.noActualReason,
    );
  }

  switch (standing) {
    case "met": {
      const late = check.completedOnDay !== null && check.completedOnDay > check.endDay;
      const reason = late ? completedLate(check.completedOnDay!, check.endDay) : null;
      return verdict(index, "completed", rounded, check.actual, expectedText, reason);
    }
    case "overdue":
    case "behind": {
      const reason =
        memo.shortfallReasons.get(check.actual) ??
        remember(
          memo.shortfallReasons,
          check.actual,
          shortfallReason(check, expectedText, pastDeadline, ctx),
        );
      return verdict(
        index,
        standing === "behind" ? "off-track" : "overdue",
        rounded,
        check.actual,
        expectedText,
        reason,
      );
    }
    case "on-course":
      return verdict(index, "on-track", rounded, check.actual, expectedText, null);
  }
}

/** The target's memo for this as-at day and expected figure; its texts are rebuilt when either changes. */
function expectedMemo(check: NumericCheck, expected: number, ctx: RunContext): ExpectedMemo {
  const memo = check.compiled.memo;
  if (memo.asAtDay !== ctx.asAtDay || memo.expected !== expected) {
    memo.asAtDay = ctx.asAtDay;
    memo.expected = expected;
    memo.text = aboutExpected(expected, check.target);
    memo.noActualReason = null;
    memo.shortfallReasons.clear();
  }
  return memo;
}

function noActualReason(check: NumericCheck, expectedText: string, pastDeadline: boolean): string {
  return pastDeadline
    ? `Actual not entered and ${deadlinePassed(check.endDay)} (target ${figure(check.target)}${check.unitSuffix})`
    : `Actual not entered; ${expectedText}${check.unitSuffix} expected by now ${deadlineNote(check.endDay)}`;
}

/** Past the deadline a shortfall is overdue; before it, the figure is behind the line. */
function shortfallReason(
  check: NumericCheck,
  expectedText: string,
  pastDeadline: boolean,
  ctx: RunContext,
): string {
  return pastDeadline
    ? `${shown(check, ctx)}; ${deadlinePassed(check.endDay)}`
    : `${shown(check, ctx)}; ${expectedText}${check.figureSuffix} expected by now ${deadlineNote(check.endDay)}`;
}

function shown(check: NumericCheck, ctx: RunContext): string {
  return `${figure(check.actual!)}${check.actualSuffix} ${asAtPhrase(ctx.asAtDay)}`;
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
  compiled: CompiledTarget,
  line: DeadlineLine,
  input: PartInput,
  ctx: RunContext,
): PartVerdict {
  return numericVerdict(
    {
      compiled,
      actual: input.actual,
      baseline: line.baseline,
      target: line.target,
      startDay: compiled.span!.startDay,
      endDay: compiled.span!.endDay,
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
