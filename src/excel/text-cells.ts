import type { CellValue } from "../core/tracking/cell-value";
import { payloadBytes, type RequestBudget } from "./request-budget";

/**
 * Excel's text number format. Excel reads a string written to `range.values` as if it were typed: "+5% …"
 * or "- done" becomes a formula (#NAME?), "5%" the number 0.05, "1e3" 1000, "Mar-24" a date, "TRUE" a
 * boolean. A cell formatted "@" keeps the string exactly, so text is always written into "@" cells.
 */
export const TEXT_FORMAT = "@";

/** Queues strings so that Excel keeps them literally: the cells are formatted as text before the values go in. */
export function queueTextValues(range: Excel.Range, values: readonly (readonly string[])[]): void {
  range.numberFormat = values.map((row) => row.map(() => TEXT_FORMAT));
  range.values = values.map((row) => [...row]);
}

/** A null in a `values` array leaves the cell as it was; a blank must be written as "". */
export function blanksForNulls(
  rows: readonly (readonly CellValue[])[],
): Array<Array<string | number | boolean>> {
  return rows.map((row) => row.map((value) => value ?? ""));
}

/**
 * Writes cells with each cell's number format queued first, in the same blocks of rows, so Excel reads
 * every string under its "@" format and keeps it as written (see `cellNumberFormat`). A null, in both
 * arrays, leaves that cell as it stands.
 */
export function writeTextSafely(
  budget: RequestBudget,
  range: Excel.Range,
  cells: CellValue[][],
  formats: (string | null)[][],
): Promise<void> {
  return budget.writeRows(
    range,
    cells,
    (block, values, first) => {
      block.numberFormat = formats.slice(first, first + values.length);
      block.values = values;
    },
    (row, index) => payloadBytes(row) + payloadBytes(formats[index]),
  );
}
