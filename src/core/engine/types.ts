import type { CellValue } from "../tracking/cell-value";
import type { Status } from "../vocabulary";

/** One KPI row's entry fields as an officer filled them in, unparsed. */
export interface ProgressEntry {
  kpiId: string;
  /** The figure achieved so far; several targets: values separated by ";" in target order. */
  actual: CellValue;
  /** Date a milestone was achieved (ISO, "20 March 2024", "20/3/2024" or an Excel serial). */
  completedOn: CellValue;
  /** The officer's own status phrase, optional. */
  reportedStatus: CellValue;
  /** Narrative for the annex. */
  latestProgress: CellValue;
  /** Sources disagree on this KPI's entries (two department returns): the row needs review, this says why. */
  conflict?: string | null;
}

export interface ValidationOptions {
  /** ISO date the progress is reported as at. */
  asAt: string;
  /** Share of the distance from baseline to target a KPI may lag before it is off track (default 0.1). */
  tolerance?: number;
}

/** The verdict on one target of a KPI. */
export interface TargetResult {
  targetIndex: number;
  status: Status;
  expected: number | null;
  actual: number | null;
  reason: string | null;
}

/** The verdict on one KPI row. */
export interface KpiResult {
  kpiId: string;
  status: Status;
  /** Why, in words an officer understands; empty only for on-track and completed. */
  reasons: string[];
  /** Expected figure as at the date (single numeric target), else null; see `parts` for each target. */
  expected: number | null;
  /** Parsed actual (single numeric target), else null. */
  actual: number | null;
  /** Display text for the Expected column, e.g. "about 625 inspections" or "625; 9". */
  expectedText: string;
  /** The paper's status phrase the engine proposes for the annex, e.g. "Task completed.". */
  proposedPhrase: string;
  parts: TargetResult[];
}
