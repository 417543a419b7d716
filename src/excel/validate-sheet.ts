import { isCalendarDate } from "../core/calendar";
import type { CellValue } from "../core/tracking/cell-value";
import type { KpiResult, ProgressEntry } from "../core/engine/types";
import { progressEntryOf } from "../core/returns/source";
import { readExistingRows } from "../core/tracking/table-values";
import { positionOf, readTableLayout, type TableLayout } from "../core/tracking/table-layout";
import { columnLetter } from "../core/tracking/sheet-layout";
import type { ExistingRow } from "../core/tracking/merge";
import type { Register } from "../core/register/schema";
import type { TrackingColumnKey } from "../core/tracking/columns";
import { checkSnapshot } from "./tracking-check";
import { pauseEvents, resumeEvents, runExcel, suspendScreenUpdating } from "./excel-run";
import { queueAsAt } from "./load-tracking-table";
import { liftProtections } from "./lift-protection";
import { historyRecord } from "./validation-record";
import { lookUpDashboard, readDashboard } from "./dashboard-sheet";
import { lookUpHistory, readHistory } from "./history-sheet";
import { TrackingError } from "./office-errors";
import { loadRegisterSetting, queueTrackingSettings, registerFromSetting } from "./settings";
import { queueProtect } from "./sheet-protection";
import { applyStatusFormats } from "./status-formats";
import { queueTextValues } from "./text-cells";
import {
  loadActiveSheetTables,
  requireTrackingTable,
  trackingTableYear,
  type TrackingTableRef,
} from "./tracking-table-location";
import type { ValidateRequest, ValidationSummary } from "../taskpane/workbook-actions";

const COMPUTED: readonly TrackingColumnKey[] = ["expected", "status", "reason"];

/** Which table to validate: the one on the active sheet (pane and ribbon) or a named one (live re-validation). */
export type TableChoice = { kind: "active" } | { kind: "named"; tableName: string };

export function validateActiveSheet(request: ValidateRequest): Promise<ValidationSummary> {
  return validateTrackingTable({ kind: "active" }, request);
}

/**
 * Reads every row in one batch, runs the engine, and writes only the Expected, Status and Reason columns
 * (never the entry columns), as text; in the same write batch it appends the snapshot to the "KPI
 * history" sheet and refreshes the "Dashboard". Three round trips whatever the size (four when a sheet
 * it writes to is protected).
 */
export function validateTrackingTable(
  choice: TableChoice,
  request: ValidateRequest,
  now: () => Date = () => new Date(),
): Promise<ValidationSummary> {
  if (!isCalendarDate(request.asAt)) {
    return Promise.reject(new TrackingError(`The as-at date "${request.asAt}" is not a date.`));
  }
  return runExcel(async (context) => {
    // These lookups ride with the table's; a named table needs no lookup, so they get a trip of their own.
    const history = lookUpHistory(context);
    const dashboard = lookUpDashboard(context);
    if (choice.kind === "named") await context.sync();
    const snapshot = await readTrackingSnapshot(context, choice, () => {
      readHistory(history);
      readDashboard(dashboard);
    });
    const { table, sheet, columns } = snapshot;
    const { results, blank, summary } = checkSnapshot(snapshot, request);
    const record = historyRecord(history, dashboard, snapshot, results, blank, summary, request, now());

    const appendedTo = record.writes.filter(({ protectedNow }) => protectedNow);
    const wasProtected = sheet.protection.protected;
    await liftProtections(context, [
      ...appendedTo,
      ...(wasProtected ? [{ sheet, sheetName: sheet.name }] : []),
    ]);

    suspendScreenUpdating(context);
    pauseEvents(context);
    const bodyRange = table.getDataBodyRange();
    const computed = (text: (result: KpiResult) => string): string[][] =>
      results.map((result, i) => [blank[i] ? "" : text(result)]);
    queueTextValues(
      bodyRange.getColumn(columns.expected),
      computed((r) => r.expectedText),
    );
    queueTextValues(
      bodyRange.getColumn(columns.status),
      computed((r) => r.status),
    );
    queueTextValues(
      bodyRange.getColumn(columns.reason),
      computed((r) => r.reasons.join("; ")),
    );
    applyStatusFormats(bodyRange, snapshot.firstDataRow, snapshot.statusColumn);
    queueAsAt(sheet, request.asAt);
    queueTrackingSettings(context, { asAt: request.asAt, tolerance: request.tolerance });
    record.queue(context);
    if (wasProtected) queueProtect(sheet);
    for (const { sheet: appended } of appendedTo) queueProtect(appended);
    resumeEvents(context);
    await context.sync();
    return record.summary;
  });
}

/** One tracking table as read in a single batch: its register, rows and the officers' entries. */
export interface TrackingSnapshot {
  tableName: string;
  year: number;
  table: Excel.Table;
  sheet: Excel.Worksheet;
  register: Register;
  rows: ExistingRow[];
  entries: ProgressEntry[];
  /** Where the computed columns sit in the table. */
  columns: Record<string, number>;
  /** Every column of the table as it stands. */
  layout: TableLayout;
  /** 1-based worksheet row of the table's first data row. */
  firstDataRow: number;
  /** Letter of the Status column where the table stands now. */
  statusColumn: string;
}

/** Locates the table, then reads it and its stored register in one more round trip. */
export async function readTrackingSnapshot(
  context: Excel.RequestContext,
  choice: TableChoice,
  /** Queues more reads into the same round trip as the table's. */
  alsoRead: () => void = () => undefined,
): Promise<TrackingSnapshot> {
  const { tableName, year } = await locate(context, choice);
  alsoRead();
  const table = context.workbook.tables.getItem(tableName);
  const sheet = table.worksheet.load("name, protection/protected");
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values, formulas, rowIndex, columnIndex");
  const registerSetting = loadRegisterSetting(context, year);
  await context.sync();

  const register = registerFromSetting(registerSetting);
  if (!register) {
    throw new TrackingError(
      `The ${year} register is not stored in this workbook. Load the register again, then validate.`,
    );
  }
  const reading = readTableLayout(header.values[0] as CellValue[]);
  if (reading.problem !== null) {
    throw new TrackingError(
      `${reading.problem} Rename the columns back (or load the register again), then validate.`,
    );
  }
  const { layout } = reading;
  const columns = Object.fromEntries(COMPUTED.map((key) => [key, positionOf(layout, key)])) as Record<
    string,
    number
  >;
  const rows = readExistingRows(layout, body.values as CellValue[][], body.formulas as CellValue[][]);
  const entries: ProgressEntry[] = rows.map(progressEntryOf);
  return {
    tableName,
    year,
    table,
    sheet,
    register,
    rows,
    entries,
    columns,
    layout,
    firstDataRow: body.rowIndex + 1,
    statusColumn: columnLetter(body.columnIndex + columns.status),
  };
}

async function locate(context: Excel.RequestContext, choice: TableChoice): Promise<TrackingTableRef> {
  if (choice.kind === "named") {
    const year = trackingTableYear(choice.tableName);
    if (year === null)
      throw new TrackingError(`"${choice.tableName}" is not a KPI table made by this add-in.`);
    return { tableName: choice.tableName, year };
  }
  const { sheet, tables } = loadActiveSheetTables(context);
  await context.sync();
  return requireTrackingTable(tables, sheet.name);
}
