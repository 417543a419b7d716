import { dayNumber } from "../calendar";
import { levelUnitSuffix, levelWords } from "./evaluators/level";
import type { Deadline, RecurringWindow, Target } from "../register/schema";
import {
  isNumeric,
  type CompiledKpi,
  type CompiledMilestone,
  type CompiledStage,
  type CompiledTarget,
  type DaySpan,
} from "./compiled-target";
import { deadlineNote, deadlinePassed, figure, shortDate } from "./reasons";

/** The part of a KPI record the engine reads: both the register's KPI entries and flattened records fit. */
export interface EvaluableKpi {
  id: string;
  targets: readonly Target[];
}

function daysOf(deadline: Deadline): DaySpan {
  return { startDay: dayNumber(deadline.start), endDay: dayNumber(deadline.end) };
}

function windowDays(window: RecurringWindow): DaySpan {
  return {
    startDay: dayNumber(window.start),
    endDay: window.end === undefined ? Infinity : dayNumber(window.end),
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

function compileTarget(target: Target, index: number, several: boolean): CompiledTarget {
  const unitName = partName(target);
  const part = { index, name: several ? `${partNumber(index)} ${unitName}` : unitName };
  const counted = { ...part, unitName };
  switch (target.kind) {
    case "count": {
      const from = target.baseline === undefined ? "" : ` (from ${figure(target.baseline)})`;
      return {
        kind: target.kind,
        target,
        ...counted,
        span: daysOf(target.deadline),
        actualSuffix: ` of ${figure(target.quantity)} ${target.unit}${from}`,
        unitSuffix: ` ${target.unit}`,
        figureSuffix: "",
      };
    }
    case "percentage-change": {
      const more = target.strict ? "more than " : "";
      return {
        kind: target.kind,
        target,
        ...counted,
        span: daysOf(target.deadline),
        actualSuffix: `% ${target.direction} in ${target.unit} (target ${more}${figure(target.percent)}%)`,
        unitSuffix: "%",
        figureSuffix: "%",
      };
    }
    case "reduction": {
      const line = `(from ${figure(target.from)}, target ${figure(target.to)})`;
      return {
        kind: target.kind,
        target,
        ...counted,
        span: daysOf(target.deadline),
        actualSuffix: ` ${target.unit} ${line}`,
        unitSuffix: ` ${target.unit}`,
        figureSuffix: "",
      };
    }
    case "staged":
      return {
        kind: target.kind,
        target,
        ...counted,
        stages: compileStages(target.stages, target.unit),
        unitSuffix: ` ${target.unit}`,
      };
    case "recurring":
      return { kind: target.kind, target, ...counted, window: windowDays(target.window) };
    case "level":
      return {
        kind: target.kind,
        target,
        ...counted,
        window: windowDays(target.window),
        actualSuffix: `${levelUnitSuffix(target)} (target ${levelWords(target)})`,
      };
    case "milestone":
      return compileMilestone(target, part);
    case "ongoing":
      return { kind: target.kind, target, ...part };
  }
}

/** Stages in deadline order, each with the text that follows an actual figure. */
function compileStages(
  stages: ReadonlyArray<{ quantity: number; deadline: Deadline }>,
  unit: string,
): CompiledStage[] {
  const sorted = stages
    .map((stage) => ({ ...daysOf(stage.deadline), quantity: stage.quantity }))
    .sort((a, b) => a.endDay - b.endDay);
  return sorted.map((stage, i) => {
    const due = i === sorted.length - 1 ? "" : ` for the stage due ${shortDate(stage.endDay)}`;
    return { ...stage, actualSuffix: ` of ${figure(stage.quantity)} ${unit}${due}` };
  });
}

/** A milestone's Expected column text and reasons are fixed by its deadline. */
function compileMilestone(
  target: CompiledMilestone["target"],
  part: { index: number; name: string },
): CompiledMilestone {
  const endDay = dayNumber(target.deadline.end);
  return {
    kind: target.kind,
    target,
    ...part,
    endDay,
    byText: `by ${shortDate(endDay)}`,
    overdueReason: `not completed (Completed on is empty) and ${deadlinePassed(endDay)}`,
    nothingReportedReason: `nothing reported yet ${deadlineNote(endDay)}`,
  };
}

export function compileKpi(kpi: EvaluableKpi): CompiledKpi {
  const several = kpi.targets.length > 1;
  const targets = kpi.targets.map((target, index) => compileTarget(target, index, several));
  return {
    id: kpi.id,
    targets,
    numeric: targets.filter(isNumeric),
    milestones: targets.filter((t): t is CompiledMilestone => t.kind === "milestone"),
    hasMeasurable: targets.some((t) => t.kind !== "ongoing"),
  };
}
