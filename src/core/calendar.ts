import { formatDateAsPaper } from "./language/paper-date";
import { MONTH_NAMES } from "./vocabulary";

/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a day. */

export function isCalendarDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(days: number): string {
  const date = new Date(days * 86_400_000);
  return toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function lastDayOfMonth(year: number, month: number): string {
  return toIsoDate(year, month, daysInMonth(year, month));
}

/** The month's name: 7 -> "July". */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1];
}

/** "2023-09-30" -> "30 September 2023", the English paper's own date style. */
export function formatPaperDate(iso: string): string {
  return formatDateAsPaper(iso, "en");
}

export function monthNumber(name: string): number | undefined {
  const index = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(name.toLowerCase().slice(0, 3)));
  return index === -1 ? undefined : index + 1;
}

/** The same day `years` later (29 February falls back to 28 February). */
export function addYears(iso: string, years: number): string {
  const [year, month, day] = iso.split("-").map(Number);
  return toIsoDate(year + years, month, Math.min(day, daysInMonth(year + years, month)));
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}
