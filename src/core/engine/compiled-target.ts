import type {
  CountTarget,
  LevelTarget,
  MilestoneTarget,
  OngoingTarget,
  PercentageChangeTarget,
  RecurringTarget,
  ReductionTarget,
  StagedTarget,
  Target,
} from "../register/schema";

export interface DaySpan {
  startDay: number;
  endDay: number;
}

/** What every part of a KPI has: its place in the Target column and how reasons name it. */
interface PartOfKpi {
  index: number;
  /** "(2) public sessions" when the KPI has several targets, else the unit or the milestone's words. */
  name: string;
}

/** Targets that take a figure in Actual. */
interface CountedPart extends PartOfKpi {
  /** What the part counts ("training sessions"), for the error on a percentage it cannot take. */
  unitName: string;
}

/** Reason texts fixed by the target: see NumericCheck. */
export interface LineSuffixes {
  actualSuffix: string;
  unitSuffix: string;
  figureSuffix: string;
}

/** Count, percentage-change and reduction targets: one straight line over the deadline's span. */
export interface CompiledCount extends CountedPart, LineSuffixes {
  kind: "count";
  target: CountTarget;
  span: DaySpan;
}

export interface CompiledPercentageChange extends CountedPart, LineSuffixes {
  kind: "percentage-change";
  target: PercentageChangeTarget;
  span: DaySpan;
}

export interface CompiledReduction extends CountedPart, LineSuffixes {
  kind: "reduction";
  target: ReductionTarget;
  span: DaySpan;
}

export interface CompiledStage extends DaySpan {
  quantity: number;
  /** Follows the actual figure: " of 400 members for the stage due 31 Dec 2022". */
  actualSuffix: string;
}

export interface CompiledStaged extends CountedPart {
  kind: "staged";
  target: StagedTarget;
  /** Each stage's own span, by deadline. */
  stages: CompiledStage[];
  unitSuffix: string;
}

export interface CompiledRecurring extends CountedPart {
  kind: "recurring";
  target: RecurringTarget;
  /** endDay is Infinity when the window is open-ended. */
  window: DaySpan;
}

export interface CompiledLevel extends CountedPart {
  kind: "level";
  target: LevelTarget;
  /** endDay is Infinity when the window is open-ended (a standing pledge). */
  window: DaySpan;
  actualSuffix: string;
}

export interface CompiledMilestone extends PartOfKpi {
  kind: "milestone";
  target: MilestoneTarget;
  endDay: number;
  /** The Expected column: "by 31 Dec 2024". */
  byText: string;
  overdueReason: string;
  nothingReportedReason: string;
}

export interface CompiledOngoing extends PartOfKpi {
  kind: "ongoing";
  target: OngoingTarget;
}

/** A target with its dates turned into day numbers and its fixed texts built, once per run. */
export type CompiledTarget =
  | CompiledCount
  | CompiledPercentageChange
  | CompiledReduction
  | CompiledStaged
  | CompiledRecurring
  | CompiledLevel
  | CompiledMilestone
  | CompiledOngoing;

/** The targets that take a figure in Actual. */
export type CompiledNumericTarget = Exclude<CompiledTarget, CompiledMilestone | CompiledOngoing>;

export interface CompiledKpi {
  id: string;
  targets: CompiledTarget[];
  /** Targets that take a figure in Actual, in target order (the ";" order). */
  numeric: CompiledNumericTarget[];
  milestones: CompiledMilestone[];
  /** Has a target other than an ongoing one. */
  hasMeasurable: boolean;
}

export const NUMERIC_KINDS: ReadonlySet<Target["kind"]> = new Set<CompiledNumericTarget["kind"]>([
  "count",
  "staged",
  "percentage-change",
  "reduction",
  "recurring",
  "level",
]);

export function isNumeric(compiled: CompiledTarget): compiled is CompiledNumericTarget {
  return NUMERIC_KINDS.has(compiled.kind);
}
