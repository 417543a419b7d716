import { fromDayNumber, monthName } from "../../calendar";
import type { RecurringTarget } from "../../register/schema";
import type { CompiledRecurring } from "../compiled-target";
import { EPSILON, elapsedFraction } from "../expected";
import { verdict, type PartInput, type PartVerdict, type RunContext } from "../part";
import { PERIOD_NOUN } from "../../register/period-nouns";
import { periodContaining } from "../reporting-periods";
import { aboutExpected, asAtPhrase, figure, keptShortDate, remember, roundFigure } from "../reasons";
import type { TargetMemo } from "../run-cache";
import { expectedTexts } from "./numeric";

/**
 * "3 000 appeal cases each year": Actual is the figure for the current period (the one containing the
 * as-at date), expected is the target pro-rated over that period. Meeting the current period's target
 * counts as completed, as the paper reports it ("KPI of 2023 completed"). For "average" targets Actual is
 * the average per period so far and is compared with the target itself.
 */
export function evaluateRecurring(
  compiled: CompiledRecurring,
  input: PartInput,
  ctx: RunContext,
  memo: TargetMemo,
): PartVerdict {
  const { target, window } = compiled;
  const actual = input.actual;
  const quantity = target.quantity;

  if (ctx.asAtDay < window.startDay) {
    // A figure in Actual is something reported, so this covers it.
    const reported = input.somethingReported;
    const reason = reported
      ? null
      : `nothing due yet: ${each(target)} from ${keptShortDate(window.startDay, ctx.cache)}`;
    return verdict(compiled.index, reported ? "on-track" : "not-reported", 0, actual, "0", reason);
  }

  const ended = ctx.asAtDay > window.endDay;
  // The as-at date fixes the period, so it is found on the target's first row.
  const period = (memo.period ??= periodContaining(
    target.period,
    ended ? fromDayNumber(window.endDay) : ctx.asAt,
    target.firstMonth,
  ));
  const startDay = Math.max(period.startDay, window.startDay);
  const endDay = Math.min(period.endDay, window.endDay);
  const isAverage = target.aggregate === "average";
  const expected = isAverage ? quantity : quantity * elapsedFraction(startDay, endDay, ctx.asAtDay);
  const texts = (memo.expected ??= expectedTexts(
    isAverage ? figure(quantity) : aboutExpected(expected, quantity),
  ));
  const expectedText = texts.text;
  const rounded = roundFigure(expected);
  const index = compiled.index;
  const inPeriod = isAverage ? `a ${PERIOD_NOUN[target.period]} on average` : `in ${period.label}`;

  if (actual === null) {
    texts.noActualReason ??= ended
      ? `Actual not entered and the target period ended on ${keptShortDate(endDay, ctx.cache)}`
      : `Actual not entered; ${expectedText} ${target.unit} expected ${inPeriod} by now (${each(target)})`;
    return verdict(
      index,
      ended ? "overdue" : "not-reported",
      rounded,
      null,
      expectedText,
      texts.noActualReason,
    );
  }

  if (actual >= quantity - EPSILON) return verdict(index, "completed", rounded, actual, expectedText, null);
  const behind = actual < expected - ctx.tolerance * quantity - EPSILON;
  if (!ended && !behind) return verdict(index, "on-track", rounded, actual, expectedText, null);
  let reason = texts.shortfallReasons.get(actual);
  // Stryker disable next-line ConditionalExpression: equivalent, rebuilding a kept reason gives the same text.
  if (reason === undefined) {
    const shown = `${figure(actual)} of ${figure(quantity)} ${target.unit} ${inPeriod} ${asAtPhrase(ctx)}`;
    reason = ended
      ? `${shown}; the target period ended on ${keptShortDate(endDay, ctx.cache)}`
      : `${shown}; ${expectedText} expected by now (${each(target)})`;
    remember(texts.shortfallReasons, actual, reason);
  }
  return verdict(index, ended ? "overdue" : "off-track", rounded, actual, expectedText, reason);
}

/** "3 000 each year", "12 each year from July". */
function each(target: RecurringTarget): string {
  const from = target.firstMonth === undefined ? "" : ` from ${monthName(target.firstMonth)}`;
  return `${figure(target.quantity)} each ${PERIOD_NOUN[target.period]}${from}`;
}
