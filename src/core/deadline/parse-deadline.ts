import { addDays, addYears, isCalendarDate } from "../calendar";
import type { Deadline } from "../register/schema";
import { PERIOD_SOURCE, resolvePeriod, type CalendarSpan } from "./periods";

export type DeadlineParseResult = { ok: true; deadline: Deadline } | { ok: false; error: string };

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const P = `(${PERIOD_SOURCE})`;
const YEARS = "(one|two|three|four|five|\\d+)";

type Form = (match: RegExpExecArray, listStart: string) => CalendarSpan | string;

function period(expression: string): CalendarSpan | string {
  return resolvePeriod(expression) ?? `"${expression}" is not a period the paper uses`;
}

function count(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

function within(expression: string, pick: (span: CalendarSpan) => CalendarSpan): CalendarSpan | string {
  const span = period(expression);
  return typeof span === "string" ? span : pick(span);
}

function between(first: string, last: string, from: (a: CalendarSpan) => string): CalendarSpan | string {
  const a = period(first);
  const b = period(last);
  if (typeof a === "string") return a;
  if (typeof b === "string") return b;
  return { start: from(a), end: b.end };
}

/**
 * Each form of deadline language the paper uses, anchored. Where the phrase states no start
 * ("by end-2023", "in three years"), the window opens on the list's start date.
 */
const FORMS: ReadonlyArray<[RegExp, Form]> = [
  [
    new RegExp(`^each year starting from ${P}$`, "i"),
    (m) => within(m[1], (s) => ({ start: s.start, end: addDays(addYears(s.start, 1), -1) })),
  ],
  [
    new RegExp(`^in the ${YEARS} years by ${P}$`, "i"),
    (m) => within(m[2], (s) => ({ start: addDays(addYears(s.end, -count(m[1])), 1), end: s.end })),
  ],
  [
    new RegExp(`^in ${YEARS} years$`, "i"),
    (m, listStart) => ({ start: listStart, end: addDays(addYears(listStart, count(m[1])), -1) }),
  ],
  [
    /^in the coming year$/i,
    (_m, listStart) => ({ start: listStart, end: addDays(addYears(listStart, 1), -1) }),
  ],
  [new RegExp(`^upon its commissioning in ${P}$`, "i"), (m) => period(m[1])],
  [new RegExp(`^between ${P} and ${P}$`, "i"), (m) => between(m[1], m[2], (a) => a.start)],
  [new RegExp(`^by ${P} and ${P}$`, "i"), (m, listStart) => between(m[1], m[2], () => listStart)],
  [
    new RegExp(`^from ([A-Za-z]+) to ${P}$`, "i"),
    (m) => {
      const last = period(m[2]);
      return typeof last === "string"
        ? last
        : between(`${m[1]} ${last.end.slice(0, 4)}`, m[2], (a) => a.start);
    },
  ],
  [new RegExp(`^(?:starting )?from ${P} to ${P}$`, "i"), (m) => between(m[1], m[2], (a) => a.start)],
  [new RegExp(`^(?:starting )?from ${P}(?: onwards)?$`, "i"), (m) => period(m[1])],
  [
    new RegExp(`^(?:by|as at) ${P}$`, "i"),
    (m, listStart) => within(m[1], (s) => ({ start: listStart, end: s.end })),
  ],
  [new RegExp(`^(?:in|within|during) ${P}$`, "i"), (m) => period(m[1])],
  [new RegExp(`^${P}$`, "i"), (m) => period(m[1])],
];

/** Turns the paper's deadline language ("by end-2023", "in Q1 2024", "in the 2023/24 school year") into dates. */
export function parseDeadline(text: string, listStart: string): DeadlineParseResult {
  if (!isCalendarDate(listStart)) return { ok: false, error: `list start "${listStart}" is not a date` };
  const phrase = text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/[.,;]$/, "");
  for (const [pattern, resolve] of FORMS) {
    const match = pattern.exec(phrase);
    if (!match) continue;
    const span = resolve(match, listStart);
    if (typeof span === "string") return { ok: false, error: `cannot read deadline "${text}": ${span}` };
    if (span.end < span.start) {
      return { ok: false, error: `deadline "${text}" ends (${span.end}) before it starts (${span.start})` };
    }
    return { ok: true, deadline: { text: phrase, start: span.start, end: span.end } };
  }
  return { ok: false, error: `cannot read deadline "${text}"` };
}
