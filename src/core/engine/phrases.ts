import type { Status } from "../vocabulary";

/**
 * Status phrases an officer may put in the Reported status column (the add-in offers them as a drop-down).
 * The first three are the paper's own; "Task delayed." lets an officer say a KPI is behind.
 */
export const REPORTED_STATUS_PHRASES = [
  "Task completed.",
  "Task on track.",
  "Working towards the target.",
  "Task delayed.",
] as const;
export type ReportedStatusPhrase = (typeof REPORTED_STATUS_PHRASES)[number];

/** What each reported phrase claims, in the engine's statuses. */
export const REPORTED_PHRASE_STATUS: Readonly<Record<ReportedStatusPhrase, Status>> = {
  "Task completed.": "completed",
  "Task on track.": "on-track",
  "Working towards the target.": "on-track",
  "Task delayed.": "off-track",
};

/** The phrase the engine proposes for the annex's Latest Progress column, per status. */
export const PROPOSED_PHRASES: Readonly<Record<Status, string>> = {
  completed: "Task completed.",
  "on-track": "Task on track.",
  "off-track": "Working towards the target.",
  overdue: "Task delayed.",
  "not-reported": "Progress to be reported.",
  "needs-review": "To be confirmed.",
  invalid: "To be confirmed.",
};

export function proposePhrase(status: Status): string {
  return PROPOSED_PHRASES[status];
}

const BY_KEY: ReadonlyMap<string, ReportedStatusPhrase> = new Map(
  REPORTED_STATUS_PHRASES.map((phrase) => [phraseKey(phrase), phrase]),
);

/** Case, spacing and the final full stop do not matter: "task completed" is "Task completed.". */
function phraseKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.。]$/, "");
}

const EXACT: ReadonlySet<string> = new Set(REPORTED_STATUS_PHRASES);

export function matchReportedPhrase(text: string): ReportedStatusPhrase | null {
  // Stryker disable next-line ConditionalExpression: equivalent, a fast path; each exact phrase's key maps to itself.
  if (EXACT.has(text)) return text as ReportedStatusPhrase;
  return BY_KEY.get(phraseKey(text)) ?? null;
}

/** "KPI of 2023 on track.": the paper's sentence for one part of a KPI, and the phrase it amounts to. */
const PART_SENTENCE = /^kpi of \d{4} (completed|on track|working towards the target|delayed)$/;
const PART_CLAIM: Readonly<Record<string, ReportedStatusPhrase>> = {
  completed: "Task completed.",
  "on track": "Task on track.",
  "working towards the target": "Working towards the target.",
  delayed: "Task delayed.",
};
const SENTENCE_END = /(?<=[.。])\s*/;

/**
 * One phrase, or one sentence per part of the KPI in the paper's form ("KPI of 2022 completed. KPI of 2023
 * on track."), each an allowed phrase or "KPI of <year> <completed | on track | …>". Null when any is not.
 */
export function matchReportedPhrases(text: string): ReportedStatusPhrase[] | null {
  const single = matchReportedPhrase(text);
  if (single !== null) return [single];
  const phrases: ReportedStatusPhrase[] = [];
  // Trimmed text splits into non-empty sentences (blank text into one empty one, which matches nothing).
  for (const sentence of text.trim().split(SENTENCE_END)) {
    const phrase: ReportedStatusPhrase | undefined =
      matchReportedPhrase(sentence) ?? PART_CLAIM[PART_SENTENCE.exec(phraseKey(sentence))?.[1] ?? ""];
    if (phrase === undefined) return null;
    phrases.push(phrase);
  }
  return phrases;
}
