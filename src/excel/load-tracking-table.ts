import { isCalendarDate } from "../core/calendar";
import type { CellValue } from "../core/engine/types";
import { TRACKING_COLUMNS } from "../core/tracking/columns";
import { mergeTrackingRows, type ExistingRow } from "../core/tracking/merge";
import { buildRegisterRows } from "../core/tracking/rows";
import {
  DATE_NUMBER_FORMAT,
  TRACKING_SHEET,
  excelSerialFromIso,
  trackingSheetName,
  trackingTableName,
} from "../core/tracking/sheet-layout";
import { readExistingRows, toTableValues, trackingHeaderProblem } from "../core/tracking/table-values";
import { applyEntryValidation } from "./entry-validation";
import { pauseEvents, resumeEvents, runExcel, suspendScreenUpdating } from "./excel-run";
import { TrackingError, describeFailure } from "./office-errors";
import { queueRegisterSetting, queueTrackingSettings } from "./settings";
import { queueProtect } from "./sheet-protection";
import { applyStatusFormats } from "./status-formats";
import { queueLayout, queueNumberFormats } from "./tracking-sheet-format";
import { blanksForNulls, queueTextValues } from "./text-cells";
import { liftProtection } from "./lift-protection";
import type { LoadOutcome, LoadRequest } from "./tracking-actions";

const HEADER = TRACKING_COLUMNS.map((column) => column.header);
const HEADER_INDEX = TRACKING_SHEET.headerRow - 1;
export const TABLE_STYLE = "TableStyleLight9";

/** What a reload finds before it writes: the rows officers have filled in, and what must be cleared. */
interface Existing {
  rows: ExistingRow[];
  sheet: Excel.Worksheet | null;
  table: Excel.Table | null;
  /** Cells from the header row down on a sheet whose table is gone (converted or deleted by hand). */
  leftover: Excel.Range | null;
  wasProtected: boolean;
}

/**
 * Writes one register as a tracking table on its own sheet, keeping every entry already there.
 * Three round trips whatever the size: look up the sheet and table; read what is there; write it all (a
 * protected sheet takes one more, to lift the protection before anything is written).
 * Every read and check comes before the single write batch, so a refusal leaves the workbook untouched.
 */
export function loadTrackingTable(request: LoadRequest): Promise<LoadOutcome> {
  const { register, departments, asAt } = request;
  if (!isCalendarDate(asAt))
    return Promise.reject(new TrackingError(`The as-at date "${asAt}" is not a date.`));
  const registerRows = buildRegisterRows(register, { departments });
  if (registerRows.length === 0) {
    return Promise.reject(new TrackingError("No KPI in this register matches the department filter."));
  }
  const sheetName = trackingSheetName(register.year);
  const tableName = trackingTableName(register.year);

  return runExcel(async (context) => {
    const existing = await readExisting(context, sheetName, tableName);
    const merged = mergeTrackingRows(registerRows, existing.rows);
    const rows = blanksForNulls(toTableValues(merged));
    if (existing.wasProtected && existing.sheet) await liftProtection(context, existing.sheet, sheetName);

    suspendScreenUpdating(context);
    pauseEvents(context);
    const sheet = existing.sheet ?? context.workbook.worksheets.add(sheetName);
    if (existing.table) {
      const old = existing.table.getRange();
      old.conditionalFormats.clearAll();
      old.dataValidation.clear();
      existing.table.convertToRange();
      old.clear("All");
    }
    if (existing.leftover) {
      existing.leftover.conditionalFormats.clearAll();
      existing.leftover.dataValidation.clear();
      existing.leftover.clear("All");
    }
    queueTitle(sheet, register.title, asAt);

    const whole = sheet.getRangeByIndexes(HEADER_INDEX, 0, rows.length + 1, HEADER.length);
    const body = whole.getOffsetRange(1, 0).getResizedRange(-1, 0);
    queueNumberFormats(whole, HEADER, rows);
    whole.values = [HEADER, ...rows];
    const table = sheet.tables.add(whole, true);
    table.name = tableName;
    table.style = TABLE_STYLE;
    queueLayout(whole, body);
    applyEntryValidation(body);
    applyStatusFormats(body, TRACKING_SHEET.firstDataRow);
    body.format.autofitRows();
    sheet.freezePanes.freezeRows(TRACKING_SHEET.headerRow);
    queueRegisterSetting(context, register);
    queueTrackingSettings(context, { asAt });
    if (existing.wasProtected) queueProtect(sheet);
    sheet.activate();
    resumeEvents(context);
    try {
      await context.sync();
    } catch (error) {
      throw await keepEntriesAfterFailedWrite(context, sheetName, rows, error);
    }

    return {
      sheetName,
      tableName,
      rows: merged.length,
      added: merged.filter((row) => row.origin === "new").length,
      kept: merged.filter((row) => row.origin === "kept").length,
      retired: merged.filter((row) => row.origin === "orphaned").length,
    };
  });
}

/**
 * Office.js batches are not transactions: a write batch that fails part-way leaves what ran before it.
 * All rows, entries included, are still in memory, so they go to a sheet of their own in a fresh batch.
 */
async function keepEntriesAfterFailedWrite(
  context: Excel.RequestContext,
  sheetName: string,
  rows: CellValue[][],
  failure: unknown,
): Promise<TrackingError> {
  const what = describeFailure(failure);
  try {
    const candidates = [
      `${sheetName} kept`,
      ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${sheetName} kept ${n}`),
    ];
    const probes = candidates.map((candidate) =>
      context.workbook.worksheets.getItemOrNullObject(candidate).load("name"),
    );
    await context.sync();
    const free = probes.findIndex((probe) => probe.isNullObject);
    if (free < 0) throw new Error("no free sheet name");
    const name = candidates[free];
    const sheet = context.workbook.worksheets.add(name);
    const range = sheet.getRangeByIndexes(0, 0, rows.length + 1, HEADER.length);
    queueNumberFormats(range, HEADER, rows);
    range.values = [HEADER, ...rows];
    await context.sync();
    return new TrackingError(
      `Load stopped part-way (${what}). Every row, with all entries, was saved on the sheet "${name}"; ` +
        `check "${sheetName}" and load again.`,
    );
  } catch {
    return new TrackingError(`Load stopped part-way (${what}). Do not save; undo or reopen the workbook.`);
  }
}

function queueTitle(sheet: Excel.Worksheet, title: string, asAt: string): void {
  const titleCell = sheet.getRangeByIndexes(TRACKING_SHEET.titleRow - 1, 0, 1, 1);
  queueTextValues(titleCell, [[title]]);
  titleCell.format.font.bold = true;
  titleCell.format.font.size = 14;
  queueAsAt(sheet, asAt);
}

/** The as-at date beside its label; Validate rewrites it so the sheet says which date its statuses are for. */
export function queueAsAt(sheet: Excel.Worksheet, asAt: string): void {
  const label = sheet.getRange(TRACKING_SHEET.asAtLabelCell);
  label.values = [["As at"]];
  label.format.font.bold = true;
  const cell = sheet.getRange(TRACKING_SHEET.asAtCell);
  cell.numberFormat = [[DATE_NUMBER_FORMAT]];
  cell.values = [[excelSerialFromIso(asAt)]];
}

async function readExisting(
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
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values, formulas");
    const tableSheet = table.worksheet.load("protection/protected");
    await context.sync();
    refuseChangedHeader(header.values[0] as CellValue[]);
    return {
      rows: readExistingRows(
        header.values[0] as CellValue[],
        body.values as CellValue[][],
        body.formulas as CellValue[][],
      ),
      sheet: tableSheet,
      table,
      leftover: null,
      wasProtected: tableSheet.protection.protected,
    };
  }
  if (sheet.isNullObject) return { rows: [], sheet: null, table: null, leftover: null, wasProtected: false };

  sheet.load("protection/protected");
  const otherTables = sheet.tables.load("items/name");
  const used = sheet
    .getUsedRangeOrNullObject(true)
    .load("values, formulas, rowIndex, rowCount, columnIndex, columnCount");
  await context.sync();
  if (otherTables.items.length > 0) {
    // Most likely our table, renamed by hand: refuse rather than write over it.
    throw new TrackingError(
      `The sheet "${sheetName}" holds a table named "${otherTables.items[0].name}". If it is the KPI table, ` +
        `rename it back to "${tableName}" (Table Design > Table Name); otherwise move it to another sheet. Then load again.`,
    );
  }
  const wasProtected = sheet.protection.protected;
  if (used.isNullObject || used.rowIndex + used.rowCount <= HEADER_INDEX) {
    return { rows: [], sheet, table: null, leftover: null, wasProtected };
  }
  return { rows: leftoverRows(used), sheet, table: null, leftover: leftoverRange(sheet, used), wasProtected };
}

/** Rows under a header that looks like ours, where a table was converted to a range or deleted by hand. */
function leftoverRows(used: Excel.Range): ExistingRow[] {
  const values = used.values as CellValue[][];
  const formulas = used.formulas as CellValue[][];
  const headerAt = values.findIndex((row) => row.includes("ID") && row.includes("Actual"));
  if (headerAt < 0) {
    if (
      values
        .slice(HEADER_INDEX - used.rowIndex)
        .some((row) => row.some((cell) => cell !== "" && cell !== null))
    ) {
      throw new TrackingError(
        "This sheet holds something other than a KPI table where the table goes. Rename the sheet or move " +
          "that content, then load again; nothing was changed.",
      );
    }
    return [];
  }
  refuseChangedHeader(values[headerAt].slice(0, HEADER.length));
  return readExistingRows(values[headerAt], values.slice(headerAt + 1), formulas.slice(headerAt + 1)).filter(
    (row) => row.id !== "" || Object.values(row.cells).some((cell) => cell !== "" && cell !== null),
  );
}

/** Reading back a changed header would lose entries, so Load stops before writing anything. */
function refuseChangedHeader(header: readonly CellValue[]): void {
  const problem = trackingHeaderProblem(header);
  if (problem !== null) {
    throw new TrackingError(
      `${problem} Rename the columns back and move extra columns outside the table, then load again; nothing was changed.`,
    );
  }
}

function leftoverRange(sheet: Excel.Worksheet, used: Excel.Range): Excel.Range {
  const top = Math.max(used.rowIndex, HEADER_INDEX);
  // Only the tracking columns: anything an officer keeps to the right of them stays.
  return sheet.getRangeByIndexes(top, 0, used.rowIndex + used.rowCount - top, HEADER.length);
}
