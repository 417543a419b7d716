import type { KpiResult, ProgressEntry } from "../engine/types";
import type { EntryValues } from "../tracking/merge";
import type { HistoryRow } from "./layout";

export interface SnapshotOf {
  asAt: string;
  /** From `validatedAtText`. */
  validatedAt: string;
  /** The rows validated, and their results, in the same order. */
  entries: readonly ProgressEntry[];
  results: readonly KpiResult[];
}

/** One validation's rows for the history sheet: one per KPI row with an ID, in table order. */
export function snapshotRows({ asAt, validatedAt, entries, results }: SnapshotOf): HistoryRow[] {
  const rows: HistoryRow[] = [];
  entries.forEach((entry, i) => {
    const id = entry.kpiId.trim();
    if (id === "") return;
    rows.push({
      asAt,
      validatedAt,
      id,
      actual: entry.actual ?? "",
      completedOn: entry.completedOn ?? "",
      reportedStatus: entry.reportedStatus ?? "",
      status: results[i].status,
      note: "",
    });
  });
  return rows;
}

export interface ReplacedEntries {
  id: string;
  replaced: EntryValues;
  /** The Status the row showed when its entries were replaced (blank if never validated). */
  status: string;
  /** The Source value of what replaced them. */
  by: string;
}

/** Rows keeping entries a department return replaced, so no figure leaves the workbook without a trace. */
export function replacedRows(asAt: string, at: string, replaced: readonly ReplacedEntries[]): HistoryRow[] {
  return replaced.map((row) => ({
    asAt,
    validatedAt: at,
    id: row.id,
    actual: row.replaced.actual,
    completedOn: row.replaced.completedOn,
    reportedStatus: row.replaced.reportedStatus,
    status: row.status,
    note: `Replaced by ${row.by}`,
  }));
}
