/**
 * The tracking table: the one layout shared by the add-in's worksheet table, the exceljs workbook the
 * command line writes, and the xlsx/csv reader of `kpi-tracker validate`.
 */

export const TRACKING_COLUMNS = [
  { key: "id", header: "ID", role: "register", width: 10 },
  { key: "area", header: "Area", role: "register", width: 22 },
  { key: "measure", header: "Measure", role: "register", width: 26 },
  { key: "department", header: "Department", role: "register", width: 12 },
  { key: "kpi", header: "KPI", role: "register", width: 60 },
  { key: "target", header: "Target", role: "register", width: 32 },
  { key: "deadline", header: "Deadline", role: "register", width: 16 },
  { key: "actual", header: "Actual", role: "entry", width: 14 },
  { key: "completedOn", header: "Completed on", role: "entry", width: 14 },
  { key: "reportedStatus", header: "Reported status", role: "entry", width: 22 },
  { key: "latestProgress", header: "Latest progress", role: "entry", width: 48 },
  { key: "expected", header: "Expected", role: "computed", width: 18 },
  { key: "status", header: "Status", role: "computed", width: 14 },
  { key: "reason", header: "Reason", role: "computed", width: 60 },
  // Which department return each row's entries came from, and when (or why returns disagree on it).
  // Neither typed by officers nor computed by Validate; last, so tables made before it keep their places.
  { key: "source", header: "Source", role: "provenance", width: 36 },
] as const;

export type TrackingColumn = (typeof TRACKING_COLUMNS)[number];
export type TrackingColumnKey = TrackingColumn["key"];
export type ColumnRole = TrackingColumn["role"];

export const ENTRY_COLUMN_KEYS = ["actual", "completedOn", "reportedStatus", "latestProgress"] as const;
export type EntryColumnKey = (typeof ENTRY_COLUMN_KEYS)[number];

/** Columns a table made by an earlier version lacks; reading such a table is not refused for them. */
export const OPTIONAL_COLUMN_KEYS: readonly TrackingColumnKey[] = ["source"];

export function columnIndex(key: TrackingColumnKey): number {
  return TRACKING_COLUMNS.findIndex((column) => column.key === key);
}

/** Header names accepted when reading progress back in (a CSV may say "KPI ID"). */
export const HEADER_ALIASES: Readonly<Record<string, TrackingColumnKey>> = {
  "kpi id": "id",
  id: "id",
  actual: "actual",
  "completed on": "completedOn",
  "reported status": "reportedStatus",
  "latest progress": "latestProgress",
  source: "source",
};
