import { fromDayNumber } from "../calendar";
import { formatFigure } from "../progress/paper-figures";
import { SHORT_MONTH_NAMES as MONTH_SHORT } from "../vocabulary";
import type { RunContext } from "./part";
import type { RunCache } from "./run-cache";

/**
 * Reason texts repeat across rows. A kept text is one heap string shared by every result that gives it,
 * instead of a fresh string tree per row that the garbage collector has to copy while the results live.
 */
const REMEMBERED_LIMIT = 1_000;

export function remember<K>(texts: Map<K, string>, key: K, text: string): string {
  if (texts.size >= REMEMBERED_LIMIT) texts.clear();
  texts.set(key, text);
  return text;
}

/** Day number -> "31 Oct 2024". */
export function shortDate(day: number): string {
  const iso = fromDayNumber(day);
  return `${Number(iso.slice(8, 10))} ${MONTH_SHORT[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** The same, kept for the run: reasons built row by row name few distinct days. */
export function keptShortDate(day: number, cache: RunCache): string {
  return cache.shortDates.get(day) ?? remember(cache.shortDates, day, shortDate(day));
}

/** A figure as the paper prints it: "1 572", "25.4". */
export function figure(value: number): string {
  return formatFigure(value, 2);
}

/** An expected figure: whole numbers from 10 up, otherwise one decimal. */
export function expectedFigure(value: number): string {
  // Stryker disable next-line EqualityOperator: equivalent, at exactly 10 (or -10) both branches print "10".
  return Math.abs(value) >= 10 ? formatFigure(Math.round(value), 0) : formatFigure(value, 1);
}

/** "about 625" while the expected figure is pro-rated, the plain target once it is all due. */
export function aboutExpected(value: number, target: number): string {
  return Math.abs(value - target) < 1e-9 ? figure(value) : `about ${expectedFigure(value)}`;
}

export function asAtPhrase(ctx: RunContext): string {
  return `as at ${keptShortDate(ctx.asAtDay, ctx.cache)}`;
}

export function deadlineNote(endDay: number): string {
  return `(deadline ${shortDate(endDay)})`;
}

export function deadlinePassed(endDay: number): string {
  return `the deadline ${shortDate(endDay)} has passed`;
}

export function completedLate(completedOnDay: number, endDay: number, cache: RunCache): string {
  return `completed late: on ${keptShortDate(completedOnDay, cache)}, after the deadline ${keptShortDate(endDay, cache)}`;
}

/** Rounds a figure for the machine-readable expected/actual fields. */
export function roundFigure(value: number): number {
  return Math.round(value * 100) / 100;
}
