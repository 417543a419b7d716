import { NUMERIC_KINDS } from "../engine/compile";
import type { Target } from "../register/schema";
import type { EntryColumnKey } from "./columns";

export interface EntryGuidance {
  /** Excel caps an input message title at 32 characters and the message at 255. */
  title: string;
  message: string;
}

export const ENTRY_GUIDANCE: Readonly<Record<EntryColumnKey, EntryGuidance>> = {
  actual: {
    title: "Actual",
    message:
      "Figure achieved so far, e.g. 1 572, 1,572, 25.4%, about 580, HK$540 million. " +
      "Recurring targets: this period's figure. Several targets: one per part (1), (2)… of the Target column, separated by ;.",
  },
  completedOn: {
    title: "Completed on",
    message: "Date the milestone was achieved, e.g. 2024-03-20, 20 March 2024 or 20/3/2024 (day first).",
  },
  reportedStatus: {
    title: "Reported status",
    message: "Optional. The status phrase for the annex; leave blank to use the one Validate proposes.",
  },
  latestProgress: {
    title: "Latest progress",
    message: "Narrative for the annex. Start a new line (Alt+Enter) for each bullet.",
  },
};

/** Excel refuses an input message over 255 characters. */
const MESSAGE_LIMIT = 255;

function partList(indexes: readonly number[]): string {
  const numbers = indexes.map((index) => `(${index + 1})`);
  return numbers.length === 1
    ? numbers[0]
    : `${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
}

/** "; 150": a value in the given part's place among the KPI's parts. */
function inPlace(parts: number, index: number, value: string): string {
  return Array.from({ length: parts }, (_, i) => (i === index ? value : ""))
    .join("; ")
    .trim();
}

/**
 * The input messages of one row whose KPI has several targets: the shape its Actual and Completed on take,
 * in the parts the Target column numbers. Single-target rows keep the column's own message.
 */
export function rowEntryGuidance(
  targets: readonly Target[],
): Readonly<Record<EntryColumnKey, EntryGuidance>> {
  if (targets.length === 1) return ENTRY_GUIDANCE;
  const parts = targets.length;
  const numeric = targets.flatMap((target, index) => (NUMERIC_KINDS.has(target.kind) ? [index] : []));
  const milestones = targets.flatMap((target, index) => (target.kind === "milestone" ? [index] : []));
  const actual =
    numeric.length === 0
      ? "No figure for this KPI: leave Actual empty."
      : numeric.length === 1
        ? `One figure, for part ${partList(numeric)} of the Target column (or in its place: ${inPlace(parts, numeric[0], "150")}). Recurring targets: this period's figure.`
        : `${parts} figures separated by ; in the order of the Target column's parts, for ${partList(numeric)}, e.g. ${Array.from({ length: parts }, (_, i) => (numeric.includes(i) ? String(98 + i) : "")).join("; ")}. Leave a place empty if not known yet.`;
  const completedOn =
    milestones.length > 1
      ? `One date per part separated by ; in the order of the Target column, e.g. ${inPlace(parts, milestones[1], "2024-03-20")} when only part (${milestones[1] + 1}) is done.`
      : milestones.length === 1
        ? `Date milestone (${milestones[0] + 1}) was achieved, e.g. 2024-03-20 or 20/3/2024 (day first).`
        : ENTRY_GUIDANCE.completedOn.message;
  return {
    ...ENTRY_GUIDANCE,
    actual: { title: "Actual", message: actual.slice(0, MESSAGE_LIMIT) },
    completedOn: { title: "Completed on", message: completedOn.slice(0, MESSAGE_LIMIT) },
  };
}
