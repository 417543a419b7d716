import type { CellValue } from "./cell-value";
import { OPTIONAL_COLUMN_KEYS, TRACKING_COLUMNS, type TrackingColumnKey } from "./columns";

/** One column of a tracking table as it stands: one of the add-in's, or one an officer added inside it. */
export type LayoutColumn = { kind: "ours"; key: TrackingColumnKey } | { kind: "user"; header: string };

/**
 * The columns of a tracking table, left to right. Officers may move columns or add their own inside the
 * table; the add-in finds its columns by exact header name and keeps every other column with its values.
 */
export interface TableLayout {
  columns: readonly LayoutColumn[];
}

export const STANDARD_LAYOUT: TableLayout = {
  columns: TRACKING_COLUMNS.map((column) => ({ kind: "ours", key: column.key })),
};

export function headerOf(layout: TableLayout): string[] {
  return layout.columns.map((column) =>
    column.kind === "ours" ? TRACKING_COLUMNS.find((c) => c.key === column.key)!.header : column.header,
  );
}

/** Where a column of the add-in's sits in the table (0-based), or -1. */
export function positionOf(layout: TableLayout, key: TrackingColumnKey): number {
  return layout.columns.findIndex((column) => column.kind === "ours" && column.key === key);
}

/** Positions of the columns the add-in computes (Expected, Status, Reason): writing there is not an entry. */
export function computedPositions(layout: TableLayout): number[] {
  return TRACKING_COLUMNS.filter((column) => column.role === "computed").map((column) =>
    positionOf(layout, column.key),
  );
}

/** Positions of the columns officers added, left to right. */
export function userPositions(layout: TableLayout): number[] {
  return layout.columns.flatMap((column, index) => (column.kind === "user" ? [index] : []));
}

export type LayoutReading = { layout: TableLayout; problem: null } | { layout: null; problem: string };

function quotedList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}

/**
 * Reads a header row. A header is the add-in's only when it is exactly one of its names, spaces and case
 * included ("Latest progress " and "KPI ID" are an officer's columns). Every column of the add-in's must
 * be there once: a renamed one would read as empty, and of two "Actual" columns neither is surely ours.
 * Only the optional ones (Source) may be missing: a table made before they existed has none.
 */
export function readTableLayout(header: readonly CellValue[]): LayoutReading {
  const names = header.map((cell) => (cell === null ? "" : String(cell)));
  const columns: LayoutColumn[] = names.map((name) => {
    const ours = TRACKING_COLUMNS.find((column) => column.header === name);
    return ours ? { kind: "ours", key: ours.key } : { kind: "user", header: name };
  });
  const missing: string[] = [];
  const repeated: string[] = [];
  for (const column of TRACKING_COLUMNS) {
    const count = names.filter((name) => name === column.header).length;
    if (count === 0 && !OPTIONAL_COLUMN_KEYS.includes(column.key)) missing.push(column.header);
    if (count > 1) repeated.push(column.header);
  }
  if (missing.length === 0 && repeated.length === 0) return { layout: { columns }, problem: null };

  const problems: string[] = [];
  if (missing.length > 0) problems.push(`missing or renamed: ${quotedList(missing)}`);
  if (repeated.length > 0) problems.push(`more than once: ${quotedList(repeated)}`);
  // A renamed column of the add-in's is among these: naming them helps the officer find it.
  const others = names.filter(
    (name) => name.trim() !== "" && !TRACKING_COLUMNS.some((column) => column.header === name),
  );
  if (missing.length > 0 && others.length > 0) problems.push(`not the add-in's: ${quotedList(others)}`);
  return { layout: null, problem: `The KPI table's columns have changed (${problems.join("; ")}).` };
}
