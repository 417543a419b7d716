import { NUMERIC_KINDS } from "../engine/compiled-target";
import type { Register, Target } from "../register/schema";
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

export type RowGuidance = Readonly<Record<EntryColumnKey, EntryGuidance>>;

/** Excel refuses an input message title over 32 characters and a message over 255. */
const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 255;

/** Cuts a text too long for Excel at the last word break that leaves room for "…". */
function cutToLimit(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit - 1);
  // The messages cut here have word breaks throughout, so there is always one to cut at, and the cut
  // falls before the break's spaces.
  return `${head.slice(0, head.search(/[\s,;]+\S*$/))}…`;
}

function fitted(guidance: EntryGuidance): EntryGuidance {
  return {
    title: cutToLimit(guidance.title, TITLE_LIMIT),
    message: cutToLimit(guidance.message, MESSAGE_LIMIT),
  };
}

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
export function rowEntryGuidance(targets: readonly Target[]): RowGuidance {
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
    actual: fitted({ title: "Actual", message: actual }),
    completedOn: fitted({ title: "Completed on", message: completedOn }),
  };
}

/** Each KPI's input messages by ID. */
export function guidanceByKpi(register: Register): ReadonlyMap<string, RowGuidance> {
  return new Map(
    register.areas.flatMap((area) =>
      area.measures.flatMap((measure) =>
        measure.kpis.map((kpi) => [kpi.id, rowEntryGuidance(kpi.targets)] as const),
      ),
    ),
  );
}

/**
 * The input messages of a table's rows, from the KPI IDs on them. A row of no KPI in the register (null,
 * or an ID it lacks: retired, renumbered) keeps the columns' own messages.
 */
export function rowsEntryGuidance(register: Register | null, ids: readonly (string | null)[]): RowGuidance[] {
  const byKpi = register ? guidanceByKpi(register) : new Map<string, RowGuidance>();
  return ids.map((id) => (id === null ? undefined : byKpi.get(id)) ?? ENTRY_GUIDANCE);
}

/** Consecutive rows that share one input message: the first row's index, how many rows, the message. */
export interface GuidanceRun {
  first: number;
  rows: number;
  guidance: EntryGuidance;
}

/**
 * Groups consecutive rows with the same message, so a sheet takes one data validation per run rather
 * than one per row (most single-target KPIs share the column's message).
 */
export function guidanceRuns(messages: readonly EntryGuidance[]): GuidanceRun[] {
  const runs: GuidanceRun[] = [];
  messages.forEach((guidance, index) => {
    const last = runs[runs.length - 1];
    if (last && last.guidance.title === guidance.title && last.guidance.message === guidance.message) {
      last.rows++;
    } else {
      runs.push({ first: index, rows: 1, guidance });
    }
  });
  return runs;
}
