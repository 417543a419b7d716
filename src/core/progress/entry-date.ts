import { daysInMonth, formatPaperDate, fromDayNumber, toIsoDate } from "../calendar";
import type { CellValue } from "../tracking/cell-value";
import { normaliseEntryText, quoteEntry } from "./entry-text";
import { MONTH_NAMES, SHORT_MONTH_NAMES } from "../vocabulary";

export type EntryDateParse = { ok: true; value: string; understood: string } | { ok: false; message: string };
/** parseEntryDate without the `understood` text: what the engine uses for every row. */
export type EntryDateScan = { ok: true; day: number; serial: boolean } | { ok: false; message: string };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?,? (\d{4})$/i;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

/** Month names as officers type them, full or short ("Sept" too), lower case -> month number. */
const MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ...MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1] as const),
  ...SHORT_MONTH_NAMES.map((name, i) => [name.toLowerCase(), i + 1] as const),
  ["sept", 9],
]);

/** Excel's 1900 date system: serial 1 is 1 January 1900 and serial 60 is the 29 February 1900 Excel invents. */
const EXCEL_EPOCH_DAY = -25_569; // 1899-12-30, so that serial 61 lands on 1 March 1900
const EXCEL_MAX_SERIAL = 2_958_465; // 31 December 9999
const EXCEL_FAKE_LEAP_DAY = 60;

const EXAMPLES = "write e.g. 2024-03-20, 20 March 2024 or 20/3/2024";

/** Reads the Completed on field: ISO, "20 March 2024", "20/3/2024" (day first) or an Excel serial number. */
export function parseEntryDate(cell: CellValue | undefined): EntryDateParse {
  const scanned = scanEntryDate(cell);
  if (!scanned.ok) return scanned;
  const shown = scanned.serial ? `Excel date ${Math.floor(Number(cell))}` : quoteEntry(String(cell));
  const iso = fromDayNumber(scanned.day);
  return { ok: true, value: iso, understood: `${shown} read as ${formatPaperDate(iso)}` };
}

export function scanEntryDate(cell: CellValue | undefined): EntryDateScan {
  if (cell === null || cell === undefined) return { ok: false, message: `nothing entered — ${EXAMPLES}` };
  if (typeof cell === "boolean")
    return { ok: false, message: `${cell ? "TRUE" : "FALSE"} is not a date — ${EXAMPLES}` };
  if (typeof cell === "number") return fromSerial(cell, String(cell));

  const text = normaliseEntryText(cell);
  const quoted = cell;
  if (text === "") return { ok: false, message: `nothing entered — ${EXAMPLES}` };

  const iso = ISO.exec(text);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]), quoted);

  const named = DAY_MONTH_YEAR.exec(text);
  if (named) {
    const month = MONTHS.get(named[2].toLowerCase());
    if (month === undefined)
      return {
        ok: false,
        message: `${quoteEntry(quoted)}: ${quoteEntry(named[2])} is not a month name — ${EXAMPLES}`,
      };
    return fromParts(Number(named[3]), month, Number(named[1]), quoted);
  }

  const slashed = SLASHED.exec(text);
  if (slashed) return fromParts(Number(slashed[3]), Number(slashed[2]), Number(slashed[1]), quoted);

  if (SERIAL_TEXT.test(text)) return fromSerial(Number(text), quoteEntry(quoted));

  return { ok: false, message: `${quoteEntry(quoted)} is not a date — ${EXAMPLES}` };
}

/** Days since 1970-01-01, without building a date string: called for every row. */
function dayNumberOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function monthLength(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function fromParts(year: number, month: number, day: number, raw: string): EntryDateScan {
  if (month < 1 || month > 12) {
    return {
      ok: false,
      message: `${quoteEntry(raw)} is not a real date: there is no month ${month} (day comes first: 20/3/2024)`,
    };
  }
  if (day < 1 || day > monthLength(year, month)) {
    const monthName = formatPaperDate(toIsoDate(year, month, 1)).split(" ")[1];
    return {
      ok: false,
      message: `${quoteEntry(raw)} is not a real date: ${monthName} ${year} has ${daysInMonth(year, month)} days`,
    };
  }
  return { ok: true, day: dayNumberOf(year, month, day), serial: false };
}

function fromSerial(serial: number, shown: string): EntryDateScan {
  if (!Number.isFinite(serial) || serial < 1 || serial > EXCEL_MAX_SERIAL) {
    return { ok: false, message: `${shown} is not a date — ${EXAMPLES}` };
  }
  const whole = Math.floor(serial);
  if (whole === EXCEL_FAKE_LEAP_DAY) {
    return {
      ok: false,
      message: `Excel serial 60 is 29 February 1900, a day that did not exist — ${EXAMPLES}`,
    };
  }
  // Serials below 60 come before Excel's invented leap day, so they sit one day later on the real calendar.
  // Stryker disable next-line EqualityOperator: equivalent for < versus <=, serial 60 was refused above
  const day = EXCEL_EPOCH_DAY + whole + (whole < EXCEL_FAKE_LEAP_DAY ? 1 : 0);
  return { ok: true, day, serial: true };
}
