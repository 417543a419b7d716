import { fromDayNumber, isCalendarDate, toIsoDate } from "../core/calendar";
import { scanEntryDate } from "../core/progress/entry-date";

/** 2024年9月30日, as the Chinese paper writes a date; spaces around the parts are forgiven. */
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

/**
 * The as-at date as an officer types it: ISO (2024-09-30), day first (30/9/2024), the English paper's
 * "30 September 2024" or the Chinese paper's 2024年9月30日. Null when it is not a real date. Unlike a
 * Completed on cell, a bare number is not read as an Excel serial: nobody types one in the pane.
 */
export function readAsAtDate(text: string): string | null {
  const trimmed = text.trim();
  const chinese = CHINESE.exec(trimmed);
  if (chinese) {
    const iso = toIsoDate(Number(chinese[1]), Number(chinese[2]), Number(chinese[3]));
    return isCalendarDate(iso) ? iso : null;
  }
  const scanned = scanEntryDate(trimmed);
  return scanned.ok && !scanned.serial ? fromDayNumber(scanned.day) : null;
}
