import { dayNumber } from "../calendar";
import { levelUnitSuffix, levelWords } from "./evaluators/level";
import type { Deadline, Target } from "../register/schema";
import type { FieldReading } from "./entry";
import type { PeriodSpan } from "./periods";
import type { CellValue } from "./types";
import { deadlineNote, deadlinePassed, figure, shortDate } from "./reasons";

/** The part of a KPI record the engine reads: both the register's KPI entries and flattened records fit. */
export interface EvaluableKpi {
  id: string;
  targets: readonly Target[];
}

export interface DaySpan {
  startDay: number;
  endDay: number;
}

/** A target with its dates turned into day numbers once, so validating a row does no date parsing. */
export interface CompiledTarget {
  index: number;
  target: Target;
  /** Deadline of count, percentage-change, reduction and milestone targets; the last stage for staged. */
  span: DaySpan | null;
  /** Staged targets: each stage's own span, in order, with the text that follows an actual figure. */
  stages: Array<DaySpan & { quantity: number; actualSuffix: string }>;
  /** Recurring targets: the window; endDay is Infinity when the window is open-ended. */
  window: DaySpan | null;
  /** Recurring targets: the cycle containing the as-at day last asked. */
  cycle: { asAtDay: number; span: PeriodSpan | null };
  /** How to name the part in reasons: "(2) public sessions" when the KPI has several targets, else its unit. */
  name: string;
  /** What the part counts ("training sessions"), or the milestone's words. */
  unitName: string;
  /** Position among the targets that take a figure in Actual; -1 for milestones and ongoing targets. */
  numericPosition: number;
  /** Reason text fixed by the target, built once: see NumericCheck. */
  actualSuffix: string;
  unitSuffix: string;
  figureSuffix: string;
  /** Milestones: the Expected column text and reasons, fixed by the deadline; null for other kinds. */
  milestone: MilestoneTexts | null;
  /** The expected figure depends only on the as-at date, so its text is kept for the day last asked. */
  memo: ExpectedMemo;
  /** "name: reason" texts for KPIs with several targets, by the part's reason. */
  namedReasons: Map<string, string>;
  /** Error texts for Actual cells this target could not take, by the cell. */
  actualErrors: Map<CellValue, string>;
}

export interface MilestoneTexts {
  /** "by 31 Dec 2024". */
  byText: string;
  overdueReason: string;
  nothingReportedReason: string;
  /** "reported as "Task delayed." (deadline ...)", by the phrase, built when first needed. */
  reportedReasons: Map<string, string>;
}

/** What a target's reasons say on the as-at day last asked: only the actual figure varies from row to row. */
export interface ExpectedMemo {
  asAtDay: number;
  expected: number;
  text: string;
  /** Reason when Actual is empty; null until first needed. */
  noActualReason: string | null;
  /** Reasons for an actual figure short of the target, by the figure. */
  shortfallReasons: Map<number, string>;
}

export interface CompiledKpi {
  id: string;
  targets: CompiledTarget[];
  /** Targets that take a figure in Actual, in target order (the ";" order). */
  numeric: CompiledTarget[];
  milestones: CompiledTarget[];
  /** Has a target other than an ongoing one. */
  hasMeasurable: boolean;
  /** The Expected column text last built, and the part texts it was built from. */
  expectedMemo: { parts: string[]; text: string };
  /** Entry cells already read for this KPI (Completed on: for the as-at day last asked). */
  readings: {
    asAtDay: number;
    blank: FieldReading;
    actual: Map<CellValue, FieldReading>;
    completedOn: Map<CellValue, FieldReading>;
    reportedStatus: Map<CellValue, FieldReading>;
  };
}

export const NUMERIC_KINDS: ReadonlySet<Target["kind"]> = new Set([
  "count",
  "staged",
  "percentage-change",
  "reduction",
  "recurring",
  "level",
]);

function daysOf(deadline: Deadline): DaySpan {
  return { startDay: dayNumber(deadline.start), endDay: dayNumber(deadline.end) };
}

function milestoneTexts(endDay: number): MilestoneTexts {
  return {
    byText: `by ${shortDate(endDay)}`,
    overdueReason: `not completed (Completed on is empty) and ${deadlinePassed(endDay)}`,
    nothingReportedReason: `nothing reported yet ${deadlineNote(endDay)}`,
    reportedReasons: new Map(),
  };
}

function partName(target: Target): string {
  if (target.label) return target.label;
  if (target.kind === "milestone") return `milestone ${target.deadline.text}`;
  if (target.kind === "ongoing") return "ongoing work";
  return target.unit;
}

/** The Target column numbers a KPI's parts "(1) … (2) …"; entries, reasons and errors use the same numbers. */
export function partNumber(index: number): string {
  return `(${index + 1})`;
}

export function compileKpi(kpi: EvaluableKpi): CompiledKpi {
  const several = kpi.targets.length > 1;
  let numericCount = 0;
  const targets = kpi.targets.map((target, index): CompiledTarget => {
    const unitName = partName(target);
    const compiled: CompiledTarget = {
      index,
      target,
      span: null,
      stages: [],
      window: null,
      cycle: { asAtDay: NaN, span: null },
      name: several ? `${partNumber(index)} ${unitName}` : unitName,
      unitName,
      numericPosition: NUMERIC_KINDS.has(target.kind) ? numericCount++ : -1,
      actualSuffix: "",
      unitSuffix: "unit" in target ? ` ${target.unit}` : "",
      figureSuffix: "",
      milestone: null,
      memo: { asAtDay: NaN, expected: NaN, text: "", noActualReason: null, shortfallReasons: new Map() },
      namedReasons: new Map(),
      actualErrors: new Map(),
    };
    switch (target.kind) {
      case "count":
        compiled.span = daysOf(target.deadline);
        compiled.actualSuffix =
          ` of ${figure(target.quantity)} ${target.unit}` +
          (target.baseline === undefined ? "" : ` (from ${figure(target.baseline)})`);
        break;
      case "percentage-change":
        compiled.span = daysOf(target.deadline);
        compiled.actualSuffix = `% ${target.direction} in ${target.unit} (target ${target.strict ? "more than " : ""}${figure(target.percent)}%)`;
        compiled.unitSuffix = "%";
        compiled.figureSuffix = "%";
        break;
      case "reduction":
        compiled.span = daysOf(target.deadline);
        compiled.actualSuffix = ` ${target.unit} (from ${figure(target.from)}, target ${figure(target.to)})`;
        break;
      case "milestone":
        compiled.span = daysOf(target.deadline);
        compiled.milestone = milestoneTexts(compiled.span.endDay);
        break;
      case "staged": {
        const stages = target.stages
          .map((stage) => ({ ...daysOf(stage.deadline), quantity: stage.quantity, actualSuffix: "" }))
          .sort((a, b) => a.endDay - b.endDay);
        stages.forEach((stage, i) => {
          const due = i === stages.length - 1 ? "" : ` for the stage due ${shortDate(stage.endDay)}`;
          stage.actualSuffix = ` of ${figure(stage.quantity)} ${target.unit}${due}`;
        });
        compiled.stages = stages;
        compiled.span = stages[stages.length - 1];
        break;
      }
      case "recurring":
        compiled.window = {
          startDay: dayNumber(target.window.start),
          endDay: target.window.end === undefined ? Infinity : dayNumber(target.window.end),
        };
        break;
      case "level":
        compiled.window = {
          startDay: dayNumber(target.window.start),
          endDay: target.window.end === undefined ? Infinity : dayNumber(target.window.end),
        };
        compiled.unitSuffix = levelUnitSuffix(target);
        compiled.actualSuffix = `${levelUnitSuffix(target)} (target ${levelWords(target)})`;
        break;
      case "ongoing":
        break;
    }
    return compiled;
  });
  return {
    id: kpi.id,
    targets,
    numeric: targets.filter((t) => NUMERIC_KINDS.has(t.target.kind)),
    milestones: targets.filter((t) => t.target.kind === "milestone"),
    hasMeasurable: targets.some((t) => t.target.kind !== "ongoing"),
    expectedMemo: { parts: [], text: "" },
    readings: {
      asAtDay: NaN,
      blank: { values: new Array<null>(targets.length).fill(null), errors: null },
      actual: new Map(),
      completedOn: new Map(),
      reportedStatus: new Map(),
    },
  };
}
