import type { Department, Register } from "../core/register/schema";
import type { Status } from "../core/vocabulary";
import type { FlaggedRow, StatusSummary } from "../core/tracking/validation-summary";
import type { Annex, AnnexLayout } from "../core/annex/model";
import type { Language } from "../core/language/language";
import type { ChangesSinceLastValidation } from "../core/history/changes";
import type { HistoryRow } from "../core/history/layout";
import type { DepartmentReturn, ReturnsSummary } from "../core/returns/department-return";

/**
 * What the task pane asks of the workbook: the pane's only way to Excel. src/excel implements it; the pane
 * fetches that implementation on first use (lazy-actions.ts) and tests hand in doubles.
 *
 * Every action rejects with an Error whose message is written for the officer, so the pane shows it as it is.
 */
export interface WorkbookActions {
  loadTrackingTable(request: LoadRequest): Promise<LoadOutcome>;
  validateActiveSheet(request: ValidateRequest): Promise<ValidationSummary>;
  selectKpiRow(row: KpiRowRef): Promise<void>;
  /** Whether the workbook holds a KPI table the add-in made, on any sheet: one round trip. */
  hasTrackingTable(): Promise<boolean>;
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
  /** Writes the annex to a sheet of its own; only a sheet the add-in made is ever replaced. */
  writeAnnexSheet(annex: Annex): Promise<AnnexSheetOutcome>;
  /** "Check this Excel": tries each capability on a temporary sheet; `dialogUrl` is the page the dialog opens. */
  runSelfCheck(dialogUrl: string): Promise<SelfCheckRun>;
}

export interface AnnexSheetOutcome {
  sheetName: string;
  /** An earlier annex sheet of the add-in's was replaced. */
  replaced: boolean;
  /** A sheet of the user's held the plain name, so another name was used. */
  nameTaken: boolean;
}

export type CapabilityOutcome = "pass" | "fail" | "not supported";

export interface CapabilityResult {
  capability: string;
  outcome: CapabilityOutcome;
  /** What was seen: the read-back on a pass, Excel's error on a fail. */
  detail: string;
}

export interface HostDescription {
  host: string;
  platform: string;
  officeVersion: string;
  /** e.g. "ExcelApi 1.17", "DialogApi 1.2": the highest supported version of each set asked about. */
  requirementSets: string[];
}

export interface SelfCheckReport {
  checkedAt: string;
  host: HostDescription;
  results: CapabilityResult[];
}

export interface SelfCheckRun {
  report: SelfCheckReport;
  /** The report as plain text for a support request. */
  text: string;
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
  /** English when absent. */
  language?: Language;
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
