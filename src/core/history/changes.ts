import { STATUS_SEVERITY } from "../engine/severity";
import { isStatus } from "../engine/status";
import type { Status } from "../vocabulary";
import type { CellValue } from "../tracking/cell-value";
import type { HistoryRow } from "./layout";

export type FigureKey = "actual" | "completedOn" | "reportedStatus";
const FIGURES: readonly FigureKey[] = ["actual", "completedOn", "reportedStatus"];

export interface SnapshotId {
  asAt: string;
  validatedAt: string;
}

/** One KPI's place in a snapshot. */
export interface KpiState {
  status: Status;
  actual: CellValue;
  completedOn: CellValue;
  reportedStatus: CellValue;
}

export interface KpiChange {
  id: string;
  /** Null for a KPI the earlier snapshot did not have. */
  from: KpiState | null;
  to: KpiState;
  statusChanged: boolean;
  /** The entry figures that differ between the two snapshots. */
  figuresChanged: FigureKey[];
}

export interface ChangesSinceLastValidation {
  /** Null when the history holds fewer than two validations. */
  previous: SnapshotId | null;
  latest: SnapshotId | null;
  /** Worst status first (the engine's severity), then the largest fall, then by ID. */
  changes: KpiChange[];
}

interface Snapshot extends SnapshotId {
  rows: Map<string, KpiState>;
}

function cellText(value: CellValue): string {
  return value === null ? "" : String(value).trim();
}

/**
 * The validations in a history, oldest first. A validation's rows carry a status and no note (the rows of
 * replaced entries carry a note); consecutive rows with the same Validated at and As at, each KPI once,
 * are one validation.
 */
export function snapshotsOf(history: readonly HistoryRow[]): Snapshot[] {
  const snapshots: Snapshot[] = [];
  for (const row of history) {
    if (row.note !== "" || !isStatus(row.status)) continue;
    let last = snapshots[snapshots.length - 1];
    // Two validations in the same second with the same date: a KPI seen again starts the next one.
    if (
      last === undefined ||
      last.validatedAt !== row.validatedAt ||
      last.asAt !== row.asAt ||
      last.rows.has(row.id)
    ) {
      last = { asAt: row.asAt, validatedAt: row.validatedAt, rows: new Map() };
      snapshots.push(last);
    }
    last.rows.set(row.id, {
      status: row.status,
      actual: row.actual,
      completedOn: row.completedOn,
      reportedStatus: row.reportedStatus,
    });
  }
  return snapshots;
}

/** Status moves and changed figures between the last two validations in the history. */
export function changesSinceLastValidation(history: readonly HistoryRow[]): ChangesSinceLastValidation {
  const snapshots = snapshotsOf(history);
  const latest = snapshots[snapshots.length - 1];
  const previous = snapshots[snapshots.length - 2];
  if (latest === undefined || previous === undefined) {
    return { previous: null, latest: latest ? idOf(latest) : null, changes: [] };
  }
  const changes: KpiChange[] = [];
  for (const [id, to] of latest.rows) {
    const from = previous.rows.get(id) ?? null;
    const figuresChanged = from ? FIGURES.filter((key) => cellText(from[key]) !== cellText(to[key])) : [];
    const statusChanged = from === null || from.status !== to.status;
    if (statusChanged || figuresChanged.length > 0) {
      changes.push({ id, from, to, statusChanged, figuresChanged });
    }
  }
  changes.sort(
    (a, b) =>
      STATUS_SEVERITY[b.to.status] - STATUS_SEVERITY[a.to.status] ||
      fall(b) - fall(a) ||
      a.id.localeCompare(b.id, "en", { numeric: true }),
  );
  return { previous: idOf(previous), latest: idOf(latest), changes };
}

function fall(change: KpiChange): number {
  return change.from === null ? 0 : STATUS_SEVERITY[change.to.status] - STATUS_SEVERITY[change.from.status];
}

function idOf(snapshot: Snapshot): SnapshotId {
  return { asAt: snapshot.asAt, validatedAt: snapshot.validatedAt };
}

/** Every history row of one KPI, oldest first: its validations and any entries a return replaced. */
export function kpiHistory(history: readonly HistoryRow[], id: string): HistoryRow[] {
  const wanted = id.trim();
  return history.filter((row) => row.id === wanted);
}
