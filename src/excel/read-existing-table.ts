import { isBlank, type CellValue } from "../core/tracking/cell-value";
import type { ExistingRow } from "../core/tracking/merge";
import { TRACKING_SHEET } from "../core/tracking/sheet-layout";
import {
  blockOf,
  blocksOfAddress,
  cellAt,
  emptyGrid,
  notesBesideRows,
  type Rect,
  type SheetGrid,
} from "../core/tracking/surroundings";
import { STANDARD_LAYOUT, readTableLayout, type TableLayout } from "../core/tracking/table-layout";
import { readExistingRows } from "../core/tracking/table-values";
import { TrackingError } from "./office-errors";

const HEADER_INDEX = TRACKING_SHEET.headerRow - 1;

/** What a reload finds before it writes: the rows officers have filled in, and what is around them. */
export interface Existing {
  rows: ExistingRow[];
  layout: TableLayout;
  /** The sheet's used range: what must survive around the table. */
  grid: SheetGrid;
  /** Where the old table (header included) stood: the table, or a range it was converted to by hand. */
  rect: Rect | null;
  sheet: Excel.Worksheet | null;
  table: Excel.Table | null;
  wasProtected: boolean;
}

/** The sheet's used range, loaded as a `SheetGrid` reads it. */
export function loadUsedRange(sheet: Excel.Worksheet): Excel.Range {
  return sheet
    .getUsedRangeOrNullObject(true)
    .load("values, formulas, rowIndex, rowCount, columnIndex, columnCount");
}

/**
 * The merged blocks in a used range (ExcelApi 1.13), asked in the same request. Only for a used range known
 * to exist (a table gives the sheet one), so they are never asked of a null object.
 */
export function loadMerged(used: Excel.Range): Excel.RangeAreas {
  return used.getMergedAreasOrNullObject().load("address");
}

export function gridOf(used: Excel.Range, merged?: Excel.RangeAreas): SheetGrid {
  if (used.isNullObject) return emptyGrid();
  return {
    rect: { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
    values: used.values as CellValue[][],
    formulas: used.formulas as CellValue[][],
    merged: merged && !merged.isNullObject ? blocksOfAddress(merged.address) : [],
  };
}

/**
 * Reads the sheet around the KPI table in one round trip after the look-up: the table's place, and the
 * sheet's used range, which holds the table and whatever officers put beside or below it.
 */
export async function readExisting(
  context: Excel.RequestContext,
  sheetName: string,
  tableName: string,
): Promise<Existing> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  // Any load fills in isNullObject.
  sheet.load("name");
  const table = context.workbook.tables.getItemOrNullObject(tableName);
  table.load("name");
  await context.sync();

  if (!table.isNullObject) {
    const place = table.getRange().load("rowIndex, rowCount, columnIndex, columnCount");
    const tableSheet = table.worksheet.load("protection/protected");
    const used = loadUsedRange(tableSheet);
    const merged = loadMerged(used);
    await context.sync();
    const grid = gridOf(used, merged);
    const rect = {
      row: place.rowIndex,
      col: place.columnIndex,
      rows: place.rowCount,
      cols: place.columnCount,
    };
    return {
      ...readBlock(grid, rect),
      grid,
      rect,
      sheet: tableSheet,
      table,
      wasProtected: tableSheet.protection.protected,
    };
  }
  const nothing = { rows: [], layout: STANDARD_LAYOUT, grid: emptyGrid(), rect: null, table: null };
  if (sheet.isNullObject) return { ...nothing, sheet: null, wasProtected: false };

  sheet.load("protection/protected");
  const otherTables = sheet.tables.load("items/name");
  const used = loadUsedRange(sheet);
  await context.sync();
  if (otherTables.items.length > 0) {
    // Most likely our table, renamed by hand: refuse rather than write over it.
    throw new TrackingError(
      `The sheet "${sheetName}" holds a table named "${otherTables.items[0].name}". If it is the KPI table, ` +
        `rename it back to "${tableName}" (Table Design > Table Name); otherwise move it to another sheet. Then load again.`,
    );
  }
  const grid = gridOf(used);
  const rect = convertedRange(grid);
  const wasProtected = sheet.protection.protected;
  if (!rect) return { ...nothing, grid, sheet, wasProtected };
  return { ...readBlock(grid, rect), grid, rect, sheet, table: null, wasProtected };
}

/** The rows of a table (or converted range) at `rect`, with its layout; refuses a header it cannot read. */
function readBlock(grid: SheetGrid, rect: Rect): { rows: ExistingRow[]; layout: TableLayout } {
  const [header] = blockOf(grid, { ...rect, rows: 1 });
  const reading = readTableLayout(header);
  if (reading.problem !== null) {
    throw new TrackingError(
      `${reading.problem} Rename the columns back, then load again; nothing was changed.`,
    );
  }
  const body = { ...rect, row: rect.row + 1, rows: rect.rows - 1 };
  const beside = notesBesideRows(grid, rect);
  const rows = readExistingRows(reading.layout, blockOf(grid, body)).map((row, i) =>
    beside[i] ? { ...row, notesBeside: true } : row,
  );
  return { rows, layout: reading.layout };
}

/**
 * Where a KPI table converted to a plain range (or deleted) by hand still stands: a header row with the
 * add-in's "ID" and "Actual", its run of filled header cells, and the rows under it down to the first empty
 * one. Anything after that empty row is the officer's, below the table.
 */
function convertedRange(grid: SheetGrid): Rect | null {
  const { rect } = grid;
  for (let row = Math.max(rect.row, HEADER_INDEX); row < rect.row + rect.rows; row++) {
    const cols = Array.from({ length: rect.cols }, (_, c) => rect.col + c);
    const idCol = cols.find((col) => cellAt(grid, row, col) === "ID");
    if (idCol === undefined || !cols.some((col) => cellAt(grid, row, col) === "Actual")) continue;
    let first = idCol;
    while (first > rect.col && !isBlank(cellAt(grid, row, first - 1))) first--;
    let last = idCol;
    while (last < rect.col + rect.cols - 1 && !isBlank(cellAt(grid, row, last + 1))) last++;
    let end = row + 1;
    const filled = (r: number): boolean =>
      Array.from({ length: last - first + 1 }, (_, c) => cellAt(grid, r, first + c)).some(
        (cell) => !isBlank(cell),
      );
    while (end < rect.row + rect.rows && filled(end)) end++;
    return { row, col: first, rows: end - row, cols: last - first + 1 };
  }
  return null;
}
