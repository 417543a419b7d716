import type { Department, Register } from "../core/register/schema";
import type { Status } from "../core/vocabulary";
import type { FlaggedRow, StatusSummary } from "../core/tracking/validation-summary";
import type { Annex, AnnexLayout } from "../core/annex/model";
import type { ChangesSinceLastValidation } from "../core/history/changes";
import type { HistoryRow } from "../core/history/layout";
import type { DepartmentReturn, ReturnsSummary } from "../core/returns/department-return";

/** What the task pane asks of the workbook. Components receive an implementation; they never call Excel. */
export interface TrackingActions {
  loadTrackingTable(request: LoadRequest): Promise<LoadOutcome>;
  validateActiveSheet(request: ValidateRequest): Promise<ValidationSummary>;
  selectKpiRow(row: KpiRowRef): Promise<void>;
  readSheetProtection(): Promise<ProtectionState>;
  setSheetProtection(protect: boolean): Promise<ProtectionState>;
  /** Sorts the KPI table on the active sheet: worst status first, then department, deadline, ID. */
  sortTrackingTable(): Promise<SortOutcome>;
  readTrackingSettings(): Promise<TrackingSettings>;
  /** The registers kept in this workbook (loaded, or saved from a KPI list). */
  readWorkbookRegisters(): Promise<Register[]>;
  saveTrackingSettings(settings: TrackingSettings): Promise<void>;
  startLiveValidation(onValidated: (summary: ValidationSummary) => void): Promise<() => Promise<void>>;
  /** The annex of the tracking table on the active sheet, as at the date. */
  annexFromActiveSheet(request: AnnexRequest): Promise<Annex>;
  /** Reads the KPI list on the active sheet, writes the readings beside it, and keeps it when `save`. */
  readKpiList(request: KpiListRequest): Promise<KpiListOutcome>;
  /** Every row the "KPI history" sheet keeps (empty without one); the pane filters one KPI's. */
  readHistory(): Promise<HistoryRow[]>;
  /** Merges department returns, already read, into the tracking table on the active sheet. */
  collectReturns(request: CollectRequest): Promise<CollectOutcome>;
}

export interface CollectRequest {
  returns: readonly DepartmentReturn[];
}

export interface CollectOutcome {
  sheetName: string;
  tableName: string;
  summary: ReturnsSummary;
}

export interface KpiListRequest {
  year: number;
  /** The day the Policy Address announced the list, YYYY-MM-DD. */
  announced: string;
  /** Keep the register in the workbook, as Load keeps a built-in one. */
  save: boolean;
}

export interface KpiListOutcome {
  sheetName: string;
  register: Register;
  kpis: number;
  needsReading: number;
  /** Rows whose corrections could not be used (said in their Needs attention cell). */
  overrideProblems: number;
  saved: boolean;
}

export interface AnnexRequest {
  asAt: string;
  tolerance: number;
  layout: AnnexLayout;
}

export interface LoadRequest {
  register: Register;
  /** Only KPIs of these departments; empty or absent means all. */
  departments?: readonly Department[];
  asAt: string;
}

export interface LoadOutcome {
  sheetName: string;
  tableName: string;
  /** Rows now in the table. */
  rows: number;
  /** KPIs new to the table on this load. */
  added: number;
  /** KPIs whose officer entries were carried over. */
  kept: number;
  /** KPIs no longer in the register, kept and marked with their entries. */
  retired: number;
  /** IDs the register now gives to a different KPI: the earlier rows are kept with their entries. */
  renumbered: string[];
}

export interface ValidateRequest {
  asAt: string;
  tolerance: number;
}

export type { DepartmentCounts, FlaggedRow } from "../core/tracking/validation-summary";

/** Which row to go to: a KPI ID in a tracking table. */
export type KpiRowRef = Pick<FlaggedRow, "kpiId" | "tableName">;

export interface ValidationSummary extends StatusSummary {
  /**
   * True when the pane checked the entries as they were typed, in memory: the sheet's Expected, Status
   * and Reason columns and row colours are not updated until Validate runs.
   */
  sheetOutdated?: boolean;
  /** What Validate (not the live re-check) kept: absent when nothing was written. */
  history?: ValidationHistory;
}

/** The status counts of one validation kept in the history. */
export interface SnapshotCounts {
  asAt: string;
  validatedAt: string;
  counts: Record<Status, number>;
}

export interface ValidationHistory {
  /** When this validation ran ("2026-11-27 09:05:12 UTC"), as the history sheet says. */
  validatedAt: string;
  /** Every validation in the history, this one last, oldest first. */
  snapshots: SnapshotCounts[];
  changes: ChangesSinceLastValidation;
  /** Why the history or the dashboard was not written, when a sheet of the officer's is in the way. */
  notes: string[];
}

export interface ProtectionState {
  /** False when the active sheet holds no tracking table. */
  trackingSheet: boolean;
  protected: boolean;
  sheetName: string;
}

export interface SortOutcome {
  sheetName: string;
  rows: number;
  /** The sheet was protected: the protection was lifted for the sort and put back, clearing Undo. */
  protectionLifted: boolean;
}

export interface TrackingSettings {
  asAt?: string;
  tolerance?: number;
}

/** Today's date where the officer is, as YYYY-MM-DD: the default as-at date. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
