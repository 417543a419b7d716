import type { CellValue } from "../core/tracking/cell-value";
import {
  HISTORY_COLUMNS,
  HISTORY_HEADER,
  HISTORY_SHEET_NAME,
  historyRowValues,
  readHistoryRows,
  type HistoryRow,
} from "../core/history/layout";
import { columnLetter } from "../core/tracking/sheet-layout";
import { runExcel } from "./excel-run";
import { queueTextValues } from "./text-cells";
import { POINTS_PER_CHARACTER } from "./tracking-sheet-format";

/**
 * The "KPI history" sheet, append-only: the add-in writes below the last used row and never rewrites or
 * deletes a row. Every cell goes in as text ("@"), so an Actual such as "5%" or "Mar-24" stays as typed.
 */
export interface HistoryLookup {
  sheet: Excel.Worksheet;
  /** Loaded in the read round trip, when the sheet exists. */
  used?: Excel.Range;
}

/** First round trip: does the sheet exist, and is it protected. */
export function lookUpHistory(context: Excel.RequestContext): HistoryLookup {
  const sheet = context.workbook.worksheets.getItemOrNullObject(HISTORY_SHEET_NAME);
  // Any load fills in isNullObject.
  sheet.load("name, protection/protected");
  return { sheet };
}

/** Read round trip: every row kept so far. The response grows with the history (about 60 bytes a row). */
export function readHistory(lookup: HistoryLookup): void {
  if (lookup.sheet.isNullObject) return;
  lookup.used = lookup.sheet.getUsedRangeOrNullObject(true).load("values, rowIndex, rowCount, columnIndex");
}

export interface HistoryState {
  /** The rows kept so far, oldest first; empty for a new sheet. */
  rows: HistoryRow[];
  /** A sheet of that name holds something that is not the history: the add-in leaves it alone. */
  taken: boolean;
}

export function historyState(lookup: HistoryLookup): HistoryState {
  const used = lookup.used;
  if (lookup.sheet.isNullObject || !used || used.isNullObject) return { rows: [], taken: false };
  // The header row must be the first used row, starting in column A, as the add-in writes it.
  const rows = used.columnIndex === 0 ? readHistoryRows(used.values as CellValue[][]) : null;
  return rows === null ? { rows: [], taken: true } : { rows, taken: false };
}

/** Write batch: the new rows below the last used row (with the header on a new or empty sheet). */
export function queueHistoryAppend(
  context: Excel.RequestContext,
  lookup: HistoryLookup,
  rows: readonly HistoryRow[],
): void {
  const exists = !lookup.sheet.isNullObject;
  const sheet = exists ? lookup.sheet : context.workbook.worksheets.add(HISTORY_SHEET_NAME);
  const used = lookup.used && !lookup.used.isNullObject ? lookup.used : null;
  const cells: string[][] = rows.map((row) => historyRowValues(row).map((cell) => String(cell ?? "")));
  let next = used ? used.rowIndex + used.rowCount : 0;
  if (!used) {
    cells.unshift([...HISTORY_HEADER]);
    sheet.freezePanes.freezeRows(1);
    HISTORY_COLUMNS.forEach((column, i) => {
      sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = column.width * POINTS_PER_CHARACTER;
    });
    sheet.getRange(`A1:${columnLetter(HISTORY_COLUMNS.length - 1)}1`).format.font.bold = true;
    next = 0;
  }
  if (cells.length === 0) return;
  queueTextValues(sheet.getRangeByIndexes(next, 0, cells.length, HISTORY_COLUMNS.length), cells);
}

/** The pane's "history of one KPI": one read, nothing written. */
export function readHistoryRowsOfWorkbook(): Promise<HistoryRow[]> {
  return runExcel(async (context) => {
    const lookup = lookUpHistory(context);
    await context.sync();
    readHistory(lookup);
    await context.sync();
    return historyState(lookup).rows;
  });
}
