import { changesSinceLastValidation, snapshotsOf } from "../core/history/changes";
import { HISTORY_SHEET_NAME, validatedAtText } from "../core/history/layout";
import { snapshotRows } from "../core/history/snapshot";
import { zeroStatusCounts } from "../core/tracking/validation-summary";
import type { KpiResult } from "../core/engine/types";
import { DASHBOARD_SHEET, dashboardTaken, queueDashboard, type DashboardLookup } from "./dashboard-sheet";
import { historyState, queueHistoryAppend, type HistoryLookup } from "./history-sheet";
import type { SnapshotCounts, ValidateRequest, ValidationSummary } from "../taskpane/workbook-actions";
import type { TrackingSnapshot } from "./validate-sheet";

export interface ValidationRecord {
  /** Sheets the write batch appends to or refreshes, and whether their protection must be lifted first. */
  writes: Array<{ sheet: Excel.Worksheet; sheetName: string; protectedNow: boolean }>;
  /** Queues the history rows and the dashboard into Validate's write batch. */
  queue(context: Excel.RequestContext): void;
  summary: ValidationSummary;
}

function takenNote(sheetName: string, what: string): string {
  return `A sheet "${sheetName}" that this add-in did not write is in the way, so ${what} was not written: rename that sheet, then validate again.`;
}

/** Counts each validation's statuses, oldest first. */
export function snapshotCounts(rows: Parameters<typeof snapshotsOf>[0]): SnapshotCounts[] {
  return snapshotsOf(rows).map((snapshot) => {
    const counts = zeroStatusCounts();
    for (const state of snapshot.rows.values()) counts[state.status]++;
    return { asAt: snapshot.asAt, validatedAt: snapshot.validatedAt, counts };
  });
}

/**
 * What one Validate leaves behind besides the computed columns: its snapshot appended to the history, the
 * dashboard refreshed, and for the pane the changes since the previous validation and every snapshot's counts.
 */
export function historyRecord(
  history: HistoryLookup,
  dashboard: DashboardLookup,
  table: TrackingSnapshot,
  results: readonly KpiResult[],
  blank: readonly boolean[],
  summary: ValidationSummary,
  request: ValidateRequest,
  now: Date,
): ValidationRecord {
  const validatedAt = validatedAtText(now);
  const state = historyState(history);
  const kept = table.entries.filter((_, i) => !blank[i]);
  const added = snapshotRows({
    asAt: request.asAt,
    validatedAt,
    entries: kept,
    results: results.filter((_, i) => !blank[i]),
  });
  const all = state.taken ? added : [...state.rows, ...added];
  const snapshots = snapshotCounts(all);
  const notes: string[] = [];
  if (state.taken) notes.push(takenNote(HISTORY_SHEET_NAME, "the history"));
  const dashboardIsOurs = !dashboardTaken(dashboard);
  if (!dashboardIsOurs) notes.push(takenNote(DASHBOARD_SHEET, "the dashboard"));

  const writes: ValidationRecord["writes"] = [];
  if (!state.taken && !history.sheet.isNullObject)
    writes.push({
      sheet: history.sheet,
      sheetName: HISTORY_SHEET_NAME,
      protectedNow: history.sheet.protection.protected,
    });
  if (dashboardIsOurs && !dashboard.sheet.isNullObject)
    writes.push({
      sheet: dashboard.sheet,
      sheetName: DASHBOARD_SHEET,
      protectedNow: dashboard.sheet.protection.protected,
    });

  return {
    writes,
    queue(context) {
      if (!state.taken) queueHistoryAppend(context, history, added);
      if (dashboardIsOurs)
        queueDashboard(context, dashboard, {
          asAt: request.asAt,
          validatedAt,
          byDepartment: summary.byDepartment,
          snapshots,
        });
    },
    summary: {
      ...summary,
      history: { validatedAt, snapshots, changes: changesSinceLastValidation(all), notes },
    },
  };
}
