import { fromDayNumber, monthName } from "../../calendar";
import type { RecurringTarget } from "../../register/schema";
import type { CompiledTarget } from "../compile";
import { EPSILON, elapsedFraction } from "../expected";
import { verdict, type PartInput, type PartVerdict, type RunContext } from "../part";
import { PERIOD_NOUN } from "../../register/period-nouns";
import { periodContaining, type PeriodSpan } from "../periods";
import { aboutExpected, asAtPhrase, figure, remember, roundFigure, shortDate } from "../reasons";

/**
 * "3 000 appeal cases each year": Actual is the figure for the current period (the one containing the
 * as-at date), expected is the target pro-rated over that period. Meeting the current period's target
 * counts as completed, as the paper reports it ("KPI of 2023 completed"). For "average" targets Actual is
 * the average per period so far and is compared with the target itself.
 */
export function evaluateRecurring(
  compiled: CompiledTarget,
  target: RecurringTarget,
  input: PartInput,
  ctx: RunContext,
): PartVerdict {
  const window = compiled.window!;
  const actual = input.actual;
  const quantity = target.quantity;

  if (ctx.asAtDay < window.startDay) {
    const reported = actual !== null || input.somethingReported;
    const reason = reported ? null : `nothing due yet: ${each(target)} from ${shortDate(window.startDay)}`;
    return verdict(compiled.index, reported ? "on-track" : "not-reported", 0, actual, "0", reason);
  }

  const ended = ctx.asAtDay > window.endDay;
  const period = ended
    ? periodContaining(target.period, fromDayNumber(window.endDay), target.firstMonth)
    : currentPeriod(compiled, target, ctx);
  const startDay = Math.max(period.startDay, window.startDay);
  const endDay = Math.min(period.endDay, window.endDay);
  const isAverage = target.aggregate === "average";
  const expected = isAverage ? quantity : quantity * elapsedFraction(startDay, endDay, ctx.asAtDay);
  const memo = compiled.memo;
  if (memo.asAtDay !== ctx.asAtDay || memo.expected !== expected) {
    memo.asAtDay = ctx.asAtDay;
    memo.expected = expected;
    memo.text = isAverage ? figure(quantity) : aboutExpected(expected, quantity);
    memo.noActualReason = null;
    memo.shortfallReasons.clear();
  }
  const expectedText = memo.text;
  const rounded = roundFigure(expected);
  const index = compiled.index;
  const inPeriod = isAverage ? `a ${PERIOD_NOUN[target.period]} on average` : `in ${period.label}`;

  if (actual === null) {
    memo.noActualReason ??= ended
      ? `Actual not entered and the target period ended on ${shortDate(endDay)}`
      : `Actual not entered; ${expectedText} ${target.unit} expected ${inPeriod} by now (${each(target)})`;
    return verdict(
      index,
      ended ? "overdue" : "not-reported",
      rounded,
      null,
      expectedText,
      memo.noActualReason,
    );
  }

  if (actual >= quantity - EPSILON) return verdict(index, "completed", rounded, actual, expectedText, null);
  const behind = actual < expected - ctx.tolerance * quantity - EPSILON;
  if (!ended && !behind) return verdict(index, "on-track", rounded, actual, expectedText, null);
  let reason = memo.shortfallReasons.get(actual);
  if (reason === undefined) {
    const shown = `${figure(actual)} of ${figure(quantity)} ${target.unit} ${inPeriod} ${asAtPhrase(ctx.asAtDay)}`;
    reason = ended
      ? `${shown}; the target period ended on ${shortDate(endDay)}`
      : `${shown}; ${expectedText} expected by now (${each(target)})`;
    remember(memo.shortfallReasons, actual, reason);
  }
  return verdict(index, ended ? "overdue" : "off-track", rounded, actual, expectedText, reason);
}

/** "3 000 each year", "12 each year from July". */
function each(target: RecurringTarget): string {
  const from = target.firstMonth === undefined ? "" : ` from ${monthName(target.firstMonth)}`;
  return `${figure(target.quantity)} each ${PERIOD_NOUN[target.period]}${from}`;
}

function currentPeriod(compiled: CompiledTarget, target: RecurringTarget, ctx: RunContext): PeriodSpan {
  const memo = compiled.cycle;
  if (memo.asAtDay !== ctx.asAtDay || memo.span === null) {
    memo.asAtDay = ctx.asAtDay;
    memo.span = periodContaining(target.period, ctx.asAt, target.firstMonth);
  }
  return memo.span;
}
