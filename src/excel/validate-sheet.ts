import { isCalendarDate } from "../core/calendar";
import { FLAGGED_STATUSES, STATUSES, type Status } from "../core/engine/status";
import type { CellValue, KpiResult, ProgressEntry } from "../core/engine/types";
import { validateTable } from "../core/engine/validate";
import { entriesOf } from "../core/tracking/merge";
import { readExistingRows } from "../core/tracking/table-values";
import { positionOf, readTableLayout } from "../core/tracking/table-layout";
import { columnLetter } from "../core/tracking/sheet-layout";
import type { ExistingRow } from "../core/tracking/merge";
import type { Register } from "../core/register/schema";
import type { TrackingColumnKey } from "../core/tracking/columns";
import { pauseEvents, resumeEvents, runExcel, suspendScreenUpdating } from "./excel-run";
import { queueAsAt } from "./load-tracking-table";
import { TrackingError } from "./office-errors";
import { loadRegisterSetting, queueTrackingSettings, registerFromSetting } from "./settings";
import { queueProtect } from "./sheet-protection";
import { applyStatusFormats } from "./status-formats";
import {
  loadActiveSheetTables,
  requireTrackingTable,
  trackingTableYear,
  type TrackingTableRef,
} from "./tracking-table-location";
import type { FlaggedRow, ValidateRequest, ValidationSummary } from "./tracking-actions";

const COMPUTED: readonly TrackingColumnKey[] = ["expected", "status", "reason"];

/** Which table to validate: the one on the active sheet (pane and ribbon) or a named one (live re-validation). */
export type TableChoice = { kind: "active" } | { kind: "named"; tableName: string };

export function validateActiveSheet(request: ValidateRequest): Promise<ValidationSummary> {
  return validateTrackingTable({ kind: "active" }, request);
}

/**
 * Reads every row in one batch, runs the engine, and writes only the Expected, Status and Reason columns
 * (never the entry columns). Three round trips whatever the size.
 */
export function validateTrackingTable(
  choice: TableChoice,
  request: ValidateRequest,
): Promise<ValidationSummary> {
  if (!isCalendarDate(request.asAt)) {
    return Promise.reject(new TrackingError(`The as-at date "${request.asAt}" is not a date.`));
  }
  return runExcel(async (context) => {
    const snapshot = await readTrackingSnapshot(context, choice);
    const { tableName, table, sheet, rows, entries, columns } = snapshot;
    const results = validateTable(snapshot.register, entries, {
      asAt: request.asAt,
      tolerance: request.tolerance,
    });
    // A row an officer added but left empty is not a KPI yet: leave its computed cells blank.
    const blank = rows.map(
      (row) => row.id === "" && Object.values(entriesOf(row)).every((v) => v === "" || v === null),
    );

    suspendScreenUpdating(context);
    pauseEvents(context);
    const wasProtected = sheet.protection.protected;
    if (wasProtected) sheet.protection.unprotect();
    const bodyRange = table.getDataBodyRange();
    bodyRange.getColumn(columns.expected).values = results.map((r, i) => [blank[i] ? "" : r.expectedText]);
    bodyRange.getColumn(columns.status).values = results.map((r, i) => [blank[i] ? "" : r.status]);
    bodyRange.getColumn(columns.reason).values = results.map((r, i) => [
      blank[i] ? "" : r.reasons.join("; "),
    ]);
    applyStatusFormats(bodyRange, snapshot.firstDataRow, snapshot.statusColumn);
    queueAsAt(sheet, request.asAt);
    queueTrackingSettings(context, { asAt: request.asAt, tolerance: request.tolerance });
    if (wasProtected) queueProtect(sheet);
    resumeEvents(context);
    await context.sync();

    return summarise(
      request.asAt,
      sheet.name,
      tableName,
      rows.map((row, i) => ({
        department: String(row.cells.department ?? ""),
        result: results[i],
        blank: blank[i],
      })),
    );
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
  /** 1-based worksheet row of the table's first data row. */
  firstDataRow: number;
  /** Letter of the Status column where the table stands now. */
  statusColumn: string;
}

/** Locates the table, then reads it and its stored register in one more round trip. */
export async function readTrackingSnapshot(
  context: Excel.RequestContext,
  choice: TableChoice,
): Promise<TrackingSnapshot> {
  const { tableName, year } = await locate(context, choice);
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
  const entries: ProgressEntry[] = rows.map((row) => ({ kpiId: row.id, ...entriesOf(row) }));
  return {
    tableName,
    year,
    table,
    sheet,
    register,
    rows,
    entries,
    columns,
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

interface ValidatedRow {
  department: string;
  result: KpiResult;
  blank: boolean;
}

function zeroCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
}

export function summarise(
  asAt: string,
  sheetName: string,
  tableName: string,
  rows: readonly ValidatedRow[],
): ValidationSummary {
  const byStatus = zeroCounts();
  const byDepartment = new Map<string, Record<Status, number>>();
  const flagged: FlaggedRow[] = [];
  let total = 0;
  for (const { department, result, blank } of rows) {
    if (blank) continue;
    total++;
    byStatus[result.status]++;
    const departments = department
      .split(",")
      .map((d) => d.trim())
      .filter((d) => d !== "");
    for (const name of departments.length > 0 ? departments : ["(none)"]) {
      const counts = byDepartment.get(name) ?? zeroCounts();
      counts[result.status]++;
      byDepartment.set(name, counts);
    }
    if (FLAGGED_STATUSES.includes(result.status)) {
      flagged.push({
        kpiId: result.kpiId,
        department,
        status: result.status,
        reason: result.reasons.join("; "),
        sheetName,
        tableName,
      });
    }
  }
  return {
    asAt,
    sheetName,
    tableName,
    total,
    byStatus,
    byDepartment: [...byDepartment]
      .map(([department, counts]) => ({ department, counts }))
      .sort((a, b) => a.department.localeCompare(b.department)),
    flagged,
  };
}
