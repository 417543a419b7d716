import { monthName } from "../calendar";
import type { Deadline, Target } from "../register/schema";
import { PERIOD_NOUN } from "../register/period-nouns";

/** 1572 -> "1 572", the paper's own thousands separator. */
export function formatQuantity(value: number): string {
  const [whole, fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function about(approximate: boolean | undefined): string {
  return approximate ? "about " : "";
}

export function describeTarget(target: Target): string {
  switch (target.kind) {
    case "count":
      return target.baseline === undefined
        ? `${about(target.approximate)}${formatQuantity(target.quantity)} ${target.unit}`
        : `from ${formatQuantity(target.baseline)} to ${formatQuantity(target.quantity)} ${target.unit}`;
    case "staged": {
      const stages = target.stages
        .map((stage) => `${formatQuantity(stage.quantity)} by ${stage.deadline.end}`)
        .join(", then ");
      return `${target.unit}: from ${about(target.approximate)}${formatQuantity(target.baseline)} to ${stages}`;
    }
    case "percentage-change":
      return (
        `${target.direction === "increase" ? "+" : "-"}${target.percent}% ${target.unit}` +
        (target.strict ? ` (by more than ${target.percent}%)` : "")
      );
    case "reduction":
      return `${target.unit}: from ${formatQuantity(target.from)} down to ${about(target.approximate)}${formatQuantity(target.to)}`;
    case "recurring":
      return (
        `${formatQuantity(target.quantity)} ${target.unit} per ${PERIOD_NOUN[target.period]}` +
        (target.firstMonth === undefined ? "" : ` (cycles from ${monthName(target.firstMonth)})`) +
        (target.aggregate === "average" ? " on average" : "")
      );
    case "level":
      return `${target.comparison === "at-least" ? "at least" : target.comparison === "at-most" ? "at most" : "below"} ${formatQuantity(target.level)}${target.unit.startsWith("%") ? "" : " "}${target.unit}`;
    case "milestone":
      return target.label ? `Milestone: ${target.label}` : "Milestone";
    case "ongoing":
      return "Ongoing (no measurable target)";
  }
}

/** The Target column: one target as is, several numbered "(1) … (2) …", the order entries follow. */
export function describeTargets(targets: readonly Target[]): string {
  if (targets.length === 1) return describeTarget(targets[0]);
  return targets.map((target, index) => `(${index + 1}) ${describePart(target)}`).join(" ");
}

/** Among several parts a milestone is told apart by when it is due. */
function describePart(target: Target): string {
  return target.kind === "milestone"
    ? `${describeTarget(target)} ${target.deadline.text}`
    : describeTarget(target);
}

export function targetDeadlines(target: Target): Deadline[] {
  switch (target.kind) {
    case "staged":
      return target.stages.map((stage) => stage.deadline);
    case "count":
    case "percentage-change":
    case "reduction":
    case "milestone":
      return [target.deadline];
    case "recurring":
    case "level":
      return target.window.end === undefined
        ? []
        : [{ text: target.window.text, start: target.window.start, end: target.window.end }];
    case "ongoing":
      return [];
  }
}

/** The last date by which the KPI is due, or null for ongoing and open-ended recurring KPIs. */
export function finalDeadline(targets: readonly Target[]): string | null {
  // ISO dates sort as text in date order.
  const ends = targets.flatMap(targetDeadlines).map((deadline) => deadline.end);
  return ends.sort().at(-1) ?? null;
}
