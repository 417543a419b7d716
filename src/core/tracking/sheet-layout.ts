import { TRACKING_COLUMNS, columnIndex, type TrackingColumnKey } from "./columns";

/** Where things sit on a tracking sheet (1-based rows, as Excel counts them). */
export const TRACKING_SHEET = {
  titleRow: 1,
  asAtRow: 2,
  headerRow: 4,
  firstDataRow: 5,
  /** The as-at date lives in this cell, labelled in the cell to its left. */
  asAtCell: "B2",
  asAtLabelCell: "A2",
} as const;

export function trackingSheetName(year: number): string {
  return `KPIs ${year}`;
}

export function trackingTableName(year: number): string {
  return `KpiTracker${year}`;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" -> 0, "AA" -> 26: the inverse of columnLetter. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

export function trackingColumnLetter(key: TrackingColumnKey): string {
  return columnLetter(columnIndex(key));
}

export const LAST_TRACKING_COLUMN_LETTER = columnLetter(TRACKING_COLUMNS.length - 1);

/** Excel's serial day number (1900 date system) for an ISO date. */
export function excelSerialFromIso(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000) + 25_569;
}

/** The number format the tracking sheet uses for dates. */
export const DATE_NUMBER_FORMAT = "yyyy-mm-dd";
