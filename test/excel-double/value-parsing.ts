/**
 * How Excel reads a string written through `range.values` (or `formulas`): as if it were typed. The
 * double applies these rules to every string it is given, so an adapter that forgets to format text cells
 * as "@" sees what real Excel would make of its strings: formulas, #NAME?, numbers, dates and booleans.
 *
 * Where Excel's documentation is silent, the double takes the harsher reading (it turns more strings
 * into something else, never fewer), so it is never kinder than Excel.
 */
import type { CellValue } from "./model";

export interface EnteredCell {
  value: CellValue;
  /** Formula text when the entry became a formula, else null. */
  formula: string | null;
  /** The number format Excel gives a General cell when it recognises a percentage or a date. */
  numberFormat: string | null;
}

/** Excel's text format: what is written stays the string it was. */
export const TEXT_FORMAT = "@";

const text = (value: string): EnteredCell => ({ value, formula: null, numberFormat: null });

/** What one string becomes in a cell whose number format is `numberFormat`. */
export function enterString(entry: string, numberFormat: string): EnteredCell {
  // Text format "treats the content of a cell as text ... exactly as you type it, even when you type numbers"
  // (support.microsoft.com/office/available-number-formats-in-excel-0afe8f52-97db-41f1-b972-4b46e9f1e8d2).
  if (numberFormat === TEXT_FORMAT) return text(entry);
  // A leading apostrophe enters the rest as text and is not part of the value
  // (learn.microsoft.com/office/vba/api/excel.errorcheckingoptions.numberastext: Range("A1").Value = "'1").
  if (entry.startsWith("'")) return text(entry.slice(1));
  if (entry === "") return text("");
  const trimmed = entry.trim();

  // Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
  // interprets this value as a formula" (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
  if (entry.startsWith("=") && entry.length > 1) {
    // The double does not calculate; a test sets a formula's result with `typeInto` when it matters.
    return { value: 0, formula: entry, numberFormat: null };
  }
  if (/^[+-]/.test(entry)) {
    const number = parseNumber(trimmed);
    // "+5" and "-5" are formulas that evaluate to the number; anything else after the sign is a bad name.
    if (number !== null) return { value: number.value, formula: `=${entry}`, numberFormat: number.format };
    return { value: "#NAME?", formula: `=${entry}`, numberFormat: null };
  }
  // Not in the Range.values doc: "@" is Lotus-style formula entry, a known spreadsheet formula trigger
  // (owasp.org/www-community/attacks/CSV_Injection); taken as a formula so the double is never kinder.
  if (entry.startsWith("@")) return { value: "#NAME?", formula: `=${entry}`, numberFormat: null };

  // A General cell takes what looks like a number, percentage, currency or boolean as that value, and gives
  // percentages and currency their format (available-number-formats-in-excel, above).
  const number = parseNumber(trimmed);
  if (number !== null) return { value: number.value, formula: null, numberFormat: number.format };
  if (/^(true|false)$/i.test(trimmed)) {
    return { value: trimmed.toLowerCase() === "true", formula: null, numberFormat: null };
  }
  // Dates and times become serial numbers
  // (support.microsoft.com/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47c1-81e4-72cec11c4ed8);
  // `values` parses them in the invariant (en-US) culture: "Locale-shaped strings ... are stored as text"
  // (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
  const date = parseDateTime(trimmed);
  if (date !== null) return { value: date.serial, formula: null, numberFormat: date.format };
  return text(entry);
}

// ---------- Numbers ----------

const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+`;
const NUMBER = new RegExp(String.raw`^([+-])?(\$)?(${DIGITS})(?:[eE]([+-]?\d+))?(%)?$`);
const FRACTION = /^(\d+) (\d+)\/(\d+)$/;

function parseNumber(entry: string): { value: number; format: string | null } | null {
  // "(5)" is how accounting formats write -5, and Excel reads it back that way.
  const negative = /^\((.*)\)$/.exec(entry);
  if (negative) {
    const inner = parseNumber(negative[1]);
    return inner && inner.value >= 0 ? { value: -inner.value, format: inner.format } : null;
  }
  const fraction = FRACTION.exec(entry);
  if (fraction && Number(fraction[3]) > 0) {
    return { value: Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3]), format: "# ?/?" };
  }
  const match = NUMBER.exec(entry);
  if (!match) return null;
  const [, sign, currency, digits, exponent, percent] = match;
  let value = Number(digits.replace(/,/g, "")) * (exponent ? 10 ** Number(exponent) : 1);
  if (sign === "-") value = -value;
  if (percent) return { value: value / 100, format: "0%" };
  return { value, format: currency ? "$#,##0.00" : exponent ? "0.00E+00" : null };
}

// ---------- Dates and times (en-US) ----------

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex(
    (month) => month.startsWith(lower) || (lower === "sept" && month === "september"),
  );
  return index < 0 ? null : index + 1;
}

/** Excel's serial day number (1900 date system) of a calendar date, or null when no such date exists. */
function serialOf(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round(date.getTime() / 86_400_000) + 25_569;
}

/** Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999 (Excel's default cut-off). */
function fullYear(year: string): number {
  const n = Number(year);
  if (year.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

const thisYear = (): number => new Date().getUTCFullYear();

type DateRule = [RegExp, (m: RegExpExecArray) => number | null];

const DATE_RULES: DateRule[] = [
  // 2024-03-20, 2024/3/20
  [/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/, (m) => serialOf(Number(m[1]), Number(m[2]), Number(m[3]))],
  // 3/20/2024, 3-20-24 (month first)
  [/^(\d{1,2})[-/](\d{1,2})[-/](\d{2}|\d{4})$/, (m) => serialOf(fullYear(m[3]), Number(m[1]), Number(m[2]))],
  // 3/20 (this year), 3/2024 (first of the month)
  [
    /^(\d{1,2})[-/](\d{1,4})$/,
    (m) =>
      m[2].length === 4
        ? serialOf(Number(m[2]), Number(m[1]), 1)
        : serialOf(thisYear(), Number(m[1]), Number(m[2])),
  ],
  // 20-Mar, 20-Mar-24, 20 March 2024
  [
    /^(\d{1,2})[-\s]([a-z]+)\.?(?:[-\s,]+(\d{2}|\d{4}))?$/i,
    (m) => {
      const month = monthNumber(m[2]);
      return month === null ? null : serialOf(m[3] ? fullYear(m[3]) : thisYear(), month, Number(m[1]));
    },
  ],
  // Mar-24 (24 March this year), Mar-2024 and March 2024 (1 March 2024), March 20, 2024
  [
    /^([a-z]+)\.?[-\s](\d{1,4})(?:,?\s+(\d{4}))?$/i,
    (m) => {
      const month = monthNumber(m[1]);
      if (month === null) return null;
      if (m[3]) return serialOf(Number(m[3]), month, Number(m[2]));
      const n = Number(m[2]);
      if (m[2].length <= 2 && n >= 1 && serialOf(thisYear(), month, n) !== null) {
        return serialOf(thisYear(), month, n);
      }
      return serialOf(fullYear(m[2]), month, 1);
    },
  ],
];

function parseDateTime(entry: string): { serial: number; format: string } | null {
  for (const [pattern, toSerial] of DATE_RULES) {
    const match = pattern.exec(entry);
    if (!match) continue;
    const serial = toSerial(match);
    if (serial !== null) return { serial, format: "m/d/yyyy" };
  }
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(entry);
  if (time) {
    let hours = Number(time[1]);
    const minutes = Number(time[2]);
    const seconds = Number(time[3] ?? 0);
    if (time[4]) hours = (hours % 12) + (time[4].toLowerCase() === "pm" ? 12 : 0);
    if (hours < 24 && minutes < 60 && seconds < 60) {
      return { serial: (hours * 3600 + minutes * 60 + seconds) / 86_400, format: "h:mm" };
    }
  }
  return null;
}
