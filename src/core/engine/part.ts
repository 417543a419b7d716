import type { ReportedStatusPhrase } from "./phrases";
import type { Status } from "../vocabulary";
import type { RunCache } from "./run-cache";
import type { TargetResult } from "./types";

/** One run of the engine: the as-at date and tolerance, resolved once, and what the run keeps. */
export interface RunContext {
  asAt: string;
  asAtDay: number;
  tolerance: number;
  cache: RunCache;
}

/** A figure from the Actual column, already understood. */
export interface ActualFigure {
  value: number;
  percent: boolean;
}

/** What the entry says about one target. */
export interface PartInput {
  /** The figure for this target (numeric targets only); null when not entered. */
  actual: number | null;
  /** Completed on, as a day number. */
  completedOnDay: number | null;
  reportedPhrase: ReportedStatusPhrase | null;
  /** Anything at all was entered on the row (a figure, a date, a phrase or a narrative). */
  somethingReported: boolean;
}

/** The evaluators' verdict on one target; it is the KPI result's part as it stands. */
export interface PartVerdict extends TargetResult {
  /** Short text for the Expected column, e.g. "about 625" or "by 31 Dec 2023". */
  expectedText: string;
}

export function verdict(
  targetIndex: number,
  status: Status,
  expected: number | null,
  actual: number | null,
  expectedText: string,
  reason: string | null,
): PartVerdict {
  return { targetIndex, status, expected, actual, reason, expectedText };
}
