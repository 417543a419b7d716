import { TRACKING_COLUMNS, type TrackingColumnKey } from "../core/tracking/columns";
import { DATE_NUMBER_FORMAT } from "../core/tracking/sheet-layout";
import { payloadBytes } from "./request-budget";
import { STANDARD_LAYOUT, positionOf, userPositions, type TableLayout } from "../core/tracking/table-layout";

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

/** Number formats that differ from General. Actual is text so officers' wording reaches the engine as typed. */
export const COLUMN_NUMBER_FORMATS: Partial<Record<TrackingColumnKey, string>> = {
  deadline: DATE_NUMBER_FORMAT,
  actual: "@",
  completedOn: DATE_NUMBER_FORMAT,
};

/** A column of `rows` cells all carrying one format, as the 2-D array Office.js expects. */
export function columnOf<T>(rows: number, value: T): T[][] {
  return Array.from({ length: rows }, () => [value]);
}

/** What `queueNumberFormats` adds to a request, in bytes. */
export function numberFormatBytes(rows: number): number {
  return Object.values(COLUMN_NUMBER_FORMATS).reduce(
    (sum, format) => sum + payloadBytes(columnOf(rows, format)),
    0,
  );
}

/**
 * Queues widths, wrapping, number formats and cell locking for a table range whose first row is the header.
 * Number formats must be queued before the values so Excel reads the values under them.
 */
export function queueNumberFormats(
  body: Excel.Range,
  rows: number,
  layout: TableLayout = STANDARD_LAYOUT,
): void {
  for (const [key, format] of Object.entries(COLUMN_NUMBER_FORMATS) as Array<[TrackingColumnKey, string]>) {
    body.getColumn(positionOf(layout, key)).numberFormat = columnOf(rows, format);
  }
}

/** Officers type in the entry columns and in columns they added themselves; the rest is locked. */
export function queueLayout(
  whole: Excel.Range,
  body: Excel.Range,
  layout: TableLayout = STANDARD_LAYOUT,
): void {
  for (const column of TRACKING_COLUMNS) {
    whole.getColumn(positionOf(layout, column.key)).format.columnWidth = column.width * POINTS_PER_CHARACTER;
  }
  whole.getRow(0).format.wrapText = true;
  body.format.verticalAlignment = "Top";
  for (const key of WRAPPED_COLUMNS) body.getColumn(positionOf(layout, key)).format.wrapText = true;
  whole.format.protection.locked = true;
  for (const column of TRACKING_COLUMNS) {
    if (column.role === "entry")
      body.getColumn(positionOf(layout, column.key)).format.protection.locked = false;
  }
  for (const position of userPositions(layout)) body.getColumn(position).format.protection.locked = false;
}
