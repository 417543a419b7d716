/**
 * Reading and editing a tracking workbook with exceljs, for the command line's `consolidate` and
 * `validate --write`: find the KPI table, read its rows, write chosen cells, append to the history sheet.
 * Every other cell, sheet, format, validation rule and protection setting is left as exceljs read it.
 */
import type ExcelJS from "exceljs";
import { DASHBOARD_SHEET, DASHBOARD_TITLE } from "../core/dashboard";
import type { CellValue } from "../core/tracking/cell-value";
import {
  HISTORY_COLUMNS,
  HISTORY_HEADER,
  HISTORY_SHEET_NAME,
  historyRowValues,
  readHistoryRows,
  type HistoryRow,
} from "../core/history/layout";
import type { TrackingColumnKey } from "../core/tracking/columns";
import type { ExistingRow } from "../core/tracking/merge";
import { columnNumber, trackingTableName } from "../core/tracking/sheet-layout";
import { positionOf, readTableLayout, type TableLayout } from "../core/tracking/table-layout";
import { readExistingRows } from "../core/tracking/table-values";
import { chartsAllOnDashboard } from "./dashboard-charts";
import { packageParts } from "./package-limits";
import { ProgressFileError, cellValueOf, worksheetRows } from "./progress-file";

/** The KPI table of a workbook as it stands: where it is, its columns and its rows. */
export interface TrackingTableInFile {
  sheet: ExcelJS.Worksheet;
  /** 1-based row of the header; data rows follow it. */
  headerRow: number;
  /** 1-based column of the table's first column. */
  firstColumn: number;
  layout: TableLayout;
  rows: ExistingRow[];
}

/** "A4:O18" -> its corners, 1-based. */
function corners(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const match = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref.toUpperCase());
  if (!match) return null;
  return {
    left: columnNumber(match[1]) + 1,
    top: Number(match[2]),
    right: columnNumber(match[3]) + 1,
    bottom: Number(match[4]),
  };
}

/** Finds the table `KpiTracker<year>` wherever it stands, and reads it. */
export function readTrackingTable(workbook: ExcelJS.Workbook, year: number): TrackingTableInFile {
  const name = trackingTableName(year);
  for (const sheet of workbook.worksheets) {
    const found = sheet.getTable(name) as unknown as
      { table?: { tableRef?: string; ref?: string } } | undefined;
    const ref = found?.table?.tableRef ?? found?.table?.ref;
    if (ref === undefined) continue;
    const place = corners(ref);
    if (place === null)
      throw new ProgressFileError({ key: "returns.read.tableRange", params: { name, ref } });
    const rows = worksheetRows(sheet);
    const cut = (row: number): CellValue[] =>
      Array.from(
        { length: place.right - place.left + 1 },
        (_, i) => rows[row - 1]?.[place.left - 1 + i] ?? null,
      );
    const reading = readTableLayout(cut(place.top));
    if (reading.problem !== null)
      throw new ProgressFileError({
        key: "returns.read.onSheet",
        params: { sheet: sheet.name, problem: reading.problem },
      });
    const body: CellValue[][] = [];
    for (let row = place.top + 1; row <= place.bottom; row++) body.push(cut(row));
    return {
      sheet,
      headerRow: place.top,
      firstColumn: place.left,
      layout: reading.layout,
      rows: readExistingRows(reading.layout, body),
    };
  }
  throw new ProgressFileError({ key: "returns.read.noTable", params: { name, year } });
}

/**
 * Writes one cell of the table's i-th data row; the cell keeps its format, validation and protection.
 * Returns false when the table has no such column (Source in a table made before it existed).
 */
export function writeTableCell(
  table: TrackingTableInFile,
  index: number,
  key: TrackingColumnKey,
  value: CellValue,
): boolean {
  const position = positionOf(table.layout, key);
  if (position < 0) return false;
  table.sheet.getCell(table.headerRow + 1 + index, table.firstColumn + position).value = value ?? null;
  return true;
}

/** What the history sheet holds, or an empty history when the workbook has none yet. */
export function readHistory(workbook: ExcelJS.Workbook): HistoryRow[] | null {
  const sheet = workbook.getWorksheet(HISTORY_SHEET_NAME);
  if (sheet === undefined) return null;
  const rows = worksheetRows(sheet);
  const start = rows.findIndex((row) => row.some((cell) => cell !== null && cell !== ""));
  if (start < 0) return [];
  const read = readHistoryRows(rows.slice(start));
  if (read === null)
    throw new ProgressFileError({
      key: "returns.read.noHistoryHeader",
      params: { sheet: HISTORY_SHEET_NAME },
    });
  return read;
}

/** Appends rows under the last row of the history sheet (made, with its header, if missing); never rewrites one. */
export function appendHistory(workbook: ExcelJS.Workbook, rows: readonly HistoryRow[]): void {
  let sheet = workbook.getWorksheet(HISTORY_SHEET_NAME);
  if (sheet === undefined) {
    sheet = workbook.addWorksheet(HISTORY_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = HISTORY_COLUMNS.map((column) => ({ width: column.width }));
    const header = sheet.getRow(1);
    header.values = [...HISTORY_HEADER];
    header.font = { bold: true };
  }
  let next = (sheet.lastRow?.number ?? 0) + 1;
  for (const row of rows) {
    const cells = historyRowValues(row);
    cells.forEach((value, i) => {
      const cell = sheet.getCell(next, i + 1);
      // Text: "2024-03-31" or "580" stay as written when Excel opens the file.
      cell.numFmt = "@";
      cell.value = value === null ? null : String(value);
    });
    next++;
  }
}

/** Parts of an xlsx package that exceljs does not write back: editing such a workbook here would lose them. */
const UNKEPT_PARTS: ReadonlyArray<[RegExp, string]> = [
  [/^xl\/charts\//, "charts"],
  [/^xl\/pivotTables\//, "pivot tables"],
  [/^xl\/slicers\//, "slicers"],
  [/^xl\/vbaProject\.bin$/, "macros"],
  [/^xl\/timelines\//, "timelines"],
  [/^xl\/externalLinks\//, "links to other workbooks"],
  [/^xl\/threadedComments\//, "threaded comments"],
  [/^xl\/ctrlProps\//, "form controls"],
];

/** Said when a workbook is written back without its Dashboard's charts. */
export const DASHBOARD_CHARTS_NOTE =
  "the Dashboard's charts are left out of the written file (its cells are kept); Validate in Excel draws them again";

/**
 * What a workbook (`bytes`, as loaded into `workbook`) holds that writing it back with exceljs would
 * drop, e.g. ["charts"]. Charts all on the add-in's own Dashboard (A1 its title) are not counted, as
 * the pane draws them again on its next Validate: `dashboardCharts` says they will be left out.
 */
export function partsNotKept(
  bytes: Uint8Array,
  workbook: ExcelJS.Workbook,
): { lost: string[]; dashboardCharts: boolean } {
  const names = packageParts(bytes).map((part) => part.name);
  const lost = UNKEPT_PARTS.filter(([pattern]) => names.some((name) => pattern.test(name))).map(
    ([, what]) => what,
  );
  const dashboard = workbook.getWorksheet(DASHBOARD_SHEET);
  const dashboardCharts =
    lost.includes("charts") &&
    dashboard !== undefined &&
    cellAt(dashboard, "A1") === DASHBOARD_TITLE &&
    chartsAllOnDashboard(bytes);
  return { lost: dashboardCharts ? lost.filter((what) => what !== "charts") : lost, dashboardCharts };
}

/** The cell value exceljs holds for one cell, as the engine sees it. */
export function cellAt(sheet: ExcelJS.Worksheet, address: string): CellValue {
  return cellValueOf(sheet.getCell(address).value);
}
