import { lastDayOfMonth, monthNumber, toIsoDate } from "../calendar";
import { FINANCIAL_YEAR_FIRST_MONTH, MONTH_NAMES, SCHOOL_YEAR_FIRST_MONTH } from "../vocabulary";

/** A stretch of the calendar named by the paper: "2024", "Q1 2024", "the 2023/24 school year", "end-2022". */
export interface CalendarSpan {
  start: string;
  end: string;
}

const YEAR = "20\\d{2}";
const MONTH = `(?:${MONTH_NAMES.join("|")})`;
const ORDINAL = "(?:first|second|third|fourth)";

/** The period expressions the paper uses, longest first; one regex source shared by finder and parser. */
export const PERIOD_SOURCE = [
  `(?:the )?end of the ${YEAR}[/-]\\d{2} (?:school|financial) year`,
  `(?:the )?end of (?:the )?${YEAR}[/-]\\d{2}(?![\\d/-])`,
  `(?:the )?${YEAR}[/-]\\d{2} (?:school|financial) year`,
  `(?:the )?school year ${YEAR}[/-]\\d{2}(?![\\d/-])`,
  `(?:the )?(?:financial year )?${YEAR}[/-]\\d{2}(?![\\d/-])`,
  `(?:the )?${ORDINAL} quarter of ${YEAR}`,
  `(?:the )?(?:first|second) half of ${YEAR}`,
  `Q[1-4] ${YEAR}`,
  `H[12] ${YEAR}`,
  `(?:the )?end(?:- ?| of )${YEAR}`,
  `mid-${YEAR}`,
  `(?:early|late)[- ]${YEAR}`,
  `(?:early|mid|late|end)-${MONTH} ${YEAR}`,
  `(?:\\d{1,2} )?${MONTH} ${YEAR}`,
  `${YEAR}(?![\\d/]|-\\d)`,
].join("|");

const MONTH_NAME = new RegExp(`^${MONTH}$`, "i");
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

function quarter(year: number, q: number): CalendarSpan {
  return { start: toIsoDate(year, q * 3 - 2, 1), end: lastDayOfMonth(year, q * 3) };
}

/** Twelve months from the first of `firstMonth` (a school or financial year; `firstMonth` above 1). */
function yearFrom(year: number, firstMonth: number): CalendarSpan {
  return { start: toIsoDate(year, firstMonth, 1), end: lastDayOfMonth(year + 1, firstMonth - 1) };
}

function month(year: number, m: number): CalendarSpan {
  return { start: toIsoDate(year, m, 1), end: lastDayOfMonth(year, m) };
}

/**
 * Resolves one period expression to its first and last day. Conventions where the paper is vague:
 * "early Y" is January-April, "late Y" September-December, "mid-Y" ends on 30 June,
 * "end-Y" is December (so "by end-Y" ends on 31 December), "late-October" is its last 11 days,
 * a school year runs 1 September - 31 August, a financial year 1 April - 31 March; a year pair with
 * no kind ("2025-26", "2025/26") is a financial year, as Government budgets count them.
 */
export function resolvePeriod(expression: string): CalendarSpan | undefined {
  const text = expression.trim().replace(/\s+/g, " ").replace(/^the /i, "");
  let m: RegExpExecArray | null;
  if (
    (m =
      /^(?:end of (?:the )?)?(?:(school|financial) year )?(\d{4})[/-](\d{2})(?: (school|financial) year)?$/i.exec(
        text,
      ))
  ) {
    const first = Number(m[2]);
    if ((first + 1) % 100 !== Number(m[3]) || (m[1] && m[4])) return undefined;
    const kind = (m[1] ?? m[4] ?? "financial").toLowerCase();
    const span = yearFrom(first, kind === "school" ? SCHOOL_YEAR_FIRST_MONTH : FINANCIAL_YEAR_FIRST_MONTH);
    return text.toLowerCase().startsWith("end of")
      ? { start: span.end.slice(0, 8) + "01", end: span.end }
      : span;
  }
  if ((m = /^(first|second|third|fourth) quarter of (\d{4})$/i.exec(text))) {
    return quarter(Number(m[2]), ORDINALS[m[1].toLowerCase()]);
  }
  if ((m = /^(first|second) half of (\d{4})$/i.exec(text))) {
    const year = Number(m[2]);
    return m[1].toLowerCase() === "first"
      ? { start: toIsoDate(year, 1, 1), end: toIsoDate(year, 6, 30) }
      : { start: toIsoDate(year, 7, 1), end: toIsoDate(year, 12, 31) };
  }
  if ((m = /^Q([1-4]) (\d{4})$/i.exec(text))) return quarter(Number(m[2]), Number(m[1]));
  if ((m = /^H([12]) (\d{4})$/i.exec(text))) {
    const year = Number(m[2]);
    return m[1] === "1"
      ? { start: toIsoDate(year, 1, 1), end: toIsoDate(year, 6, 30) }
      : { start: toIsoDate(year, 7, 1), end: toIsoDate(year, 12, 31) };
  }
  if ((m = /^end(?:- ?| of )(\d{4})$/i.exec(text))) return month(Number(m[1]), 12);
  if ((m = /^mid-(\d{4})$/i.exec(text))) return month(Number(m[1]), 6);
  if ((m = /^(early|late)[- ](\d{4})$/i.exec(text))) {
    const year = Number(m[2]);
    return m[1].toLowerCase() === "early"
      ? { start: toIsoDate(year, 1, 1), end: toIsoDate(year, 4, 30) }
      : { start: toIsoDate(year, 9, 1), end: toIsoDate(year, 12, 31) };
  }
  if ((m = /^(early|mid|late|end)-([A-Za-z]+) (\d{4})$/i.exec(text))) {
    const [year, monthIndex] = [Number(m[3]), monthNumber(m[2])];
    if (monthIndex === undefined) return undefined;
    const whole = month(year, monthIndex);
    const part = m[1].toLowerCase();
    if (part === "early") return { start: whole.start, end: toIsoDate(year, monthIndex, 10) };
    if (part === "mid")
      return { start: toIsoDate(year, monthIndex, 11), end: toIsoDate(year, monthIndex, 20) };
    return { start: toIsoDate(year, monthIndex, 21), end: whole.end };
  }
  if ((m = /^(?:(\d{1,2}) )?([A-Za-z]+) (\d{4})$/.exec(text))) {
    const monthIndex = monthNumber(m[2]);
    if (monthIndex === undefined || !MONTH_NAME.test(m[2])) return undefined;
    const year = Number(m[3]);
    if (m[1] === undefined) return month(year, monthIndex);
    const day = toIsoDate(year, monthIndex, Number(m[1]));
    return day <= lastDayOfMonth(year, monthIndex) ? { start: day, end: day } : undefined;
  }
  if ((m = /^(\d{4})$/.exec(text))) {
    const year = Number(m[1]);
    return { start: toIsoDate(year, 1, 1), end: toIsoDate(year, 12, 31) };
  }
  return undefined;
}
