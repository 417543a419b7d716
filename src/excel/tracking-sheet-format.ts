import { TRACKING_COLUMNS, columnIndex, type TrackingColumnKey } from "../core/tracking/columns";
import type { CellValue } from "../core/engine/types";
import { DATE_NUMBER_FORMAT } from "../core/tracking/sheet-layout";
import { TEXT_FORMAT } from "./text-cells";

/** Column widths in TRACKING_COLUMNS are in characters; Office.js sets widths in points. */
export const POINTS_PER_CHARACTER = 6;

/** Long texts wrap; everything else stays on one line. */
export const WRAPPED_COLUMNS: readonly TrackingColumnKey[] = [
  "area",
  "measure",
  "kpi",
  "target",
  "latestProgress",
  "reason",
];

/** Columns that hold dates; every other tracking column holds text. */
export const DATE_COLUMNS: readonly TrackingColumnKey[] = ["deadline", "completedOn"];

/**
 * The number format each cell needs so that Excel keeps what is written exactly: Excel reads a string
 * written to `values` as if it were typed ("+5% …" becomes a formula, "5%" a number, "Mar-24" a date) unless
 * the cell is formatted as text ("@"). Numbers stay numbers (dates in the date columns); every string,
 * including a blank, gets "@", except blanks in date columns, which keep the date format for what is typed later.
 */
export function cellNumberFormat(key: TrackingColumnKey | null, value: CellValue): string {
  const dateColumn = key !== null && DATE_COLUMNS.includes(key);
  if (typeof value === "number") return dateColumn ? DATE_NUMBER_FORMAT : "General";
  if (typeof value === "boolean") return "General";
  return dateColumn && (value === "" || value === null) ? DATE_NUMBER_FORMAT : TEXT_FORMAT;
}

/** Number formats for rows in TRACKING_COLUMNS order (any column past them is text), as Office.js expects. */
export function trackingNumberFormats(rows: readonly (readonly CellValue[])[]): string[][] {
  return rows.map((row) =>
    row.map((value, index) => cellNumberFormat(TRACKING_COLUMNS[index]?.key ?? null, value)),
  );
}

/**
 * Formats a table range (header row first) before its values are queued, so Excel reads the values
 * under these formats: the header as text, then each cell as `cellNumberFormat` says.
 */
export function queueNumberFormats(
  whole: Excel.Range,
  header: readonly string[],
  rows: readonly (readonly CellValue[])[],
): void {
  whole.numberFormat = [header.map(() => TEXT_FORMAT), ...trackingNumberFormats(rows)];
}

export function queueLayout(whole: Excel.Range, body: Excel.Range): void {
  TRACKING_COLUMNS.forEach((column, index) => {
    whole.getColumn(index).format.columnWidth = column.width * POINTS_PER_CHARACTER;
  });
  whole.getRow(0).format.wrapText = true;
  body.format.verticalAlignment = "Top";
  for (const key of WRAPPED_COLUMNS) body.getColumn(columnIndex(key)).format.wrapText = true;
  whole.format.protection.locked = true;
  for (const column of TRACKING_COLUMNS) {
    if (column.role === "entry") body.getColumn(columnIndex(column.key)).format.protection.locked = false;
  }
}
