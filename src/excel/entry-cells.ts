import type { CellValue } from "../core/engine/types";
import { ENTRY_COLUMN_KEYS, type EntryColumnKey } from "../core/tracking/columns";
import { STANDARD_LAYOUT, positionOf, userPositions, type TableLayout } from "../core/tracking/table-layout";

/**
 * Excel reads a string written to `values` as if it were typed: "1,572" becomes a number, "- done" an
 * error formula. An officer's text must come back exactly as it was, so such strings get the apostrophe
 * prefix Excel uses for literal text (the apostrophe is not part of the value).
 */
const REINTERPRETED = /^(?:[+\-@']|[\d\s.,%$()/:-]+$|(?:true|false)$|#)/i;

export function literalEntry(key: EntryColumnKey, value: CellValue): CellValue {
  if (typeof value !== "string" || value === "") return value ?? "";
  // A pasted formula is kept as its formula text; the engine marks it invalid.
  if (value.startsWith("=")) return value;
  // The Actual column is text-formatted, so Excel keeps its strings as they are.
  if (key === "actual") return value;
  return REINTERPRETED.test(value) ? `'${value}` : value;
}

/** Text typed anywhere by an officer (their own columns, notes beside the table) comes back as typed. */
export function literalText(value: CellValue): CellValue {
  return literalEntry("latestProgress", value);
}

/** Applies `literalEntry` to the entry columns, and `literalText` to officers' own columns, of rows in the layout's order. */
export function literalEntryRows(rows: CellValue[][], layout: TableLayout = STANDARD_LAYOUT): CellValue[][] {
  const entryColumns = ENTRY_COLUMN_KEYS.map((key) => ({ key, index: positionOf(layout, key) }));
  const userColumns = userPositions(layout);
  return rows.map((row) => {
    const copy = row.slice();
    for (const { key, index } of entryColumns) copy[index] = literalEntry(key, row[index]);
    for (const index of userColumns) copy[index] = literalText(row[index]);
    return copy;
  });
}
