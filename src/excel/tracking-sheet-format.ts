import type { CellValue } from "../core/tracking/cell-value";
import { TRACKING_COLUMNS, type TrackingColumnKey } from "../core/tracking/columns";
import { DATE_NUMBER_FORMAT } from "../core/tracking/sheet-layout";
import { STANDARD_LAYOUT, positionOf, userPositions, type TableLayout } from "../core/tracking/table-layout";
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

/**
 * Number formats for a table's header and rows laid out as `layout`, as Office.js expects them: the header
 * is text, and each cell is formatted as `cellNumberFormat` says (officers' own columns as untyped cells).
 */
export function tableNumberFormats(
  header: readonly string[],
  rows: readonly (readonly CellValue[])[],
  layout: TableLayout = STANDARD_LAYOUT,
): string[][] {
  const keys = layout.columns.map((column) => (column.kind === "ours" ? column.key : null));
  return [
    header.map(() => TEXT_FORMAT),
    ...rows.map((row) => row.map((value, index) => cellNumberFormat(keys[index] ?? null, value))),
  ];
}

/** Officers type in the entry columns and in columns they added themselves; the rest is locked. */
export function queueLayout(
  whole: Excel.Range,
  body: Excel.Range,
  layout: TableLayout = STANDARD_LAYOUT,
): void {
  for (const column of TRACKING_COLUMNS) {
    const position = positionOf(layout, column.key);
    // A table made before an optional column (Source) existed has none to size.
    if (position >= 0) whole.getColumn(position).format.columnWidth = column.width * POINTS_PER_CHARACTER;
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
