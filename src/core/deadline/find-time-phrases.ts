import { PERIOD_SOURCE } from "./periods";

/** Where a deadline or a recurrence is stated in a KPI's text. */
export interface TimePhrase {
  kind: "deadline" | "period";
  text: string;
  index: number;
  /** For recurrences: "year" in "each year starting from 2023". */
  period?: "year" | "quarter" | "month";
  onAverage?: boolean;
  /** For recurrences: the window phrase attached to it, e.g. "starting from 2023", "in the 2023/24 school year". */
  window?: string;
}

const P = `(?:${PERIOD_SOURCE})`;
const YEARS = "(?:one|two|three|four|five|\\d+)";

/** Every deadline form parseDeadline reads, unanchored and longest first. */
const DEADLINE_SOURCE = [
  `in the ${YEARS} years by ${P}`,
  `in ${YEARS} years`,
  `in the coming year`,
  `upon its commissioning in ${P}`,
  `between ${P} and ${P}`,
  `by ${P} and ${P}`,
  `(?:starting )?from ${P} to ${P}`,
  `(?:starting )?from ${P}(?: onwards)?`,
  `by ${P}`,
  `(?:in|within|during) ${P}`,
].join("|");

const RECURRENCE = new RegExp(
  `\\b(?:each|every|per|a) (year|quarter|month)( on average)?(?: ((?:starting )?from ${P}(?: onwards)?|in ${P}))?`,
  "gi",
);
/** Anchored at a word that can open a deadline; tried only there, not at every position of the text. */
const DEADLINE_AT = new RegExp(`(?:${DEADLINE_SOURCE})`, "iy");
const DEADLINE_START = /\b(?:in|upon|between|by|starting|from|within|during)\b/gi;

/** The same matches as a global search for DEADLINE_SOURCE at word starts, in order, without overlaps. */
function* deadlineMatches(text: string): Generator<{ index: number; text: string }> {
  const starts = new RegExp(DEADLINE_START);
  let m: RegExpExecArray | null;
  while ((m = starts.exec(text))) {
    DEADLINE_AT.lastIndex = m.index;
    const found = DEADLINE_AT.exec(text);
    if (!found) continue;
    yield { index: m.index, text: found[0] };
    starts.lastIndex = m.index + found[0].length;
  }
}

/** Finds the time phrases in KPI text, in reading order; recurrences swallow the window phrase after them. */
export function findTimePhrases(text: string): TimePhrase[] {
  const phrases: TimePhrase[] = [];
  for (const m of text.matchAll(RECURRENCE)) {
    phrases.push({
      kind: "period",
      text: m[0],
      index: m.index,
      period: m[1].toLowerCase() as "year" | "quarter" | "month",
      ...(m[2] ? { onAverage: true } : {}),
      ...(m[3] ? { window: m[3] } : {}),
    });
  }
  for (const m of deadlineMatches(text)) {
    const overlapped = phrases.some(
      (p) => m.index < p.index + p.text.length && p.index < m.index + m.text.length,
    );
    if (!overlapped) phrases.push({ kind: "deadline", text: m.text, index: m.index });
  }
  return phrases.sort((a, b) => a.index - b.index);
}
