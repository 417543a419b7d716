import type { Deadline, RecurringWindow, Target } from "./schema";
import { PERIOD_NOUN } from "./period-nouns";
import { SHORT_MONTH_NAMES } from "../vocabulary";

/** "2024-12-31" -> "31 Dec 2024". */
export function shortDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${SHORT_MONTH_NAMES[month - 1]} ${year}`;
}

/** 1572 -> "1 572", the paper's own thousands separator. */
function figure(value: number): string {
  const [whole, fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const about = (approximate: boolean | undefined) => (approximate ? "about " : "");
const by = (deadline: Deadline) => `by ${shortDate(deadline.end)}`;

function during(window: RecurringWindow): string {
  return window.end === undefined
    ? `from ${shortDate(window.start)}`
    : `from ${shortDate(window.start)} to ${shortDate(window.end)}`;
}

/** One target in plain words, e.g. "count: 750 proactive inspections by 31 Dec 2024". */
export function describeReading(target: Target): string {
  const label = target.label ? ` (${target.label})` : "";
  switch (target.kind) {
    case "count":
      return target.baseline === undefined
        ? `count: ${about(target.approximate)}${figure(target.quantity)} ${target.unit}${label} ${by(target.deadline)}`
        : `count: ${target.unit}${label} from ${figure(target.baseline)} to ${figure(target.quantity)} ${by(target.deadline)}`;
    case "staged":
      return `staged: ${target.unit}${label} from ${about(target.approximate)}${figure(target.baseline)} to ${target.stages
        .map((stage) => `${figure(stage.quantity)} ${by(stage.deadline)}`)
        .join(", then ")}`;
    case "percentage-change":
      return `percentage change: ${target.direction} ${target.unit}${label} by ${target.strict ? "more than " : ""}${target.percent}% ${by(target.deadline)}`;
    case "reduction":
      return `reduction: ${target.unit}${label} from ${figure(target.from)} down to ${about(target.approximate)}${figure(target.to)} ${by(target.deadline)}`;
    case "recurring":
      return `recurring: ${target.aggregate === "average" ? "on average " : "at least "}${about(target.approximate)}${figure(
        target.quantity,
      )} ${target.unit}${label} per ${PERIOD_NOUN[target.period]} ${during(target.window)}`;
    case "level":
      return `level: ${target.comparison.replace("-", " ")} ${figure(target.level)}${target.unit.startsWith("%") ? "" : " "}${target.unit}${label} ${during(target.window)}`;
    case "milestone":
      return `milestone${label} ${by(target.deadline)}`;
    case "ongoing":
      return `ongoing${label}: no figure or date to track`;
  }
}
