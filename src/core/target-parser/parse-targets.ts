import { findTimePhrases, type TimePhrase } from "../deadline/find-time-phrases";
import { parseDeadline } from "../deadline/parse-deadline";
import type { Deadline, Period, RecurringWindow, Target } from "../register/schema";
import { findQuantities, NUMBER_SOURCE, type QuantityMention } from "./quantities";
import { findShapes } from "./shapes";

export type TargetParseResult = { ok: true; targets: Target[] } | { ok: false; error: string };

/** Where the text states a target's figure or time: the runs a paper prints in bold. */
export type EmphasisSpan = [number, number];

export type KpiTextReading =
  { ok: true; targets: Target[]; text: string; emphasis: EmphasisSpan[] } | { ok: false; error: string };

class TargetParseError extends Error {}

type Span = [number, number];

/**
 * Background the KPI states but does not set as a target: the e-Hub "newly established in
 * September 2022", a post the C&ED "was elected" to, a step that happens "Upon the completion of" another.
 */
function backgroundSpans(text: string): Span[] {
  const spans: Span[] = [];
  // The whole sentence around the words; found from the words out, as a leading [^.]* would rescan the text.
  for (const m of text.matchAll(/\b(?:newly established|was elected)\b/gi)) {
    const dot = text.indexOf(".", m.index);
    spans.push([text.lastIndexOf(".", m.index) + 1, dot === -1 ? text.length : dot + 1]);
  }
  for (const m of text.matchAll(/\bUpon the completion of [^,]*,/gi))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}

const inside = (index: number, spans: ReadonlyArray<Span>) =>
  spans.some(([from, to]) => index >= from && index < to);

function deadlineOf(phrase: TimePhrase, listStart: string): Deadline {
  const parsed = parseDeadline(phrase.text, listStart);
  if (!parsed.ok) throw new TargetParseError(parsed.error);
  return parsed.deadline;
}

/** "each year starting from 2023" opens at 2023; "per month on average in the 2023/24 school year" is closed. */
function windowOf(phrase: TimePhrase, listStart: string): RecurringWindow {
  if (!phrase.window) return { text: phrase.text, start: listStart };
  const parsed = parseDeadline(phrase.window, listStart);
  if (!parsed.ok) throw new TargetParseError(parsed.error);
  const openEnded = /^(starting )?from\b/i.test(phrase.window);
  return openEnded
    ? { text: phrase.text, start: parsed.deadline.start }
    : { text: phrase.text, start: parsed.deadline.start, end: parsed.deadline.end };
}

/**
 * "each year starting from Q3 2022": a stated start on the first of a month sets when each yearly or
 * quarterly cycle begins, where that is not the calendar's (years from January, quarters from January,
 * April, July, October).
 */
function statedFirstMonth(phrase: TimePhrase, period: Period, window: RecurringWindow): number | undefined {
  if (!phrase.window || !window.start.endsWith("-01")) return undefined;
  const month = Number(window.start.slice(5, 7));
  if (period === "year") return month === 1 ? undefined : month;
  if (period === "quarter") return month % 3 === 1 ? undefined : month;
  return undefined;
}

/** A level holds over its window: "in 2026", "from January 2026" (open), "by end-2026"; none stated: from the list's start. */
function levelWindow(phrase: TimePhrase | undefined, listStart: string): RecurringWindow {
  if (!phrase) return { text: "no date stated", start: listStart };
  if (phrase.kind === "period") return windowOf(phrase, listStart);
  const deadline = deadlineOf(phrase, listStart);
  return /^(starting )?from\b/i.test(phrase.text) && !/ to /.test(phrase.text)
    ? { text: deadline.text, start: deadline.start }
    : deadline;
}

/** The time phrase a number belongs to: the next one in the text, else the last one before it. */
function nearestPhrase(phrases: TimePhrase[], position: number): TimePhrase | undefined {
  return phrases.find((p) => p.index >= position) ?? [...phrases].reverse().find((p) => p.index < position);
}

function requireDeadline(phrase: TimePhrase | undefined, what: string, listStart: string): Deadline {
  if (!phrase) throw new TargetParseError(`${what} has no deadline in the text`);
  if (phrase.kind !== "deadline")
    throw new TargetParseError(`${what} is tied to a recurrence ("${phrase.text}"), not a deadline`);
  return deadlineOf(phrase, listStart);
}

/** "on average 30 patrols per month", "an average of 30 patrols": an average, as "per month on average". */
const AVERAGE_BEFORE =
  /\b(?:on average|an average of|on an average of)\s+(?:(?:at least|about|around|some|no less than|not less than) )?$/i;

function quantityTarget(
  mention: QuantityMention,
  unit: string,
  phrase: TimePhrase | undefined,
  listStart: string,
  averaged: boolean,
): Target {
  const approximate = mention.approximate ? { approximate: true } : {};
  if (phrase?.kind === "period" && phrase.period) {
    const window = windowOf(phrase, listStart);
    const firstMonth = statedFirstMonth(phrase, phrase.period, window);
    return {
      kind: "recurring",
      unit,
      quantity: mention.value,
      period: phrase.period,
      aggregate: phrase.onAverage || averaged ? "average" : "total",
      ...(firstMonth === undefined ? {} : { firstMonth }),
      ...approximate,
      window,
    };
  }
  const what = `"${mention.value} ${unit}"`;
  if (phrase && /^(starting )?from\b/i.test(phrase.text) && !/ to /.test(phrase.text)) {
    throw new TargetParseError(
      `${what} is tied to "${phrase.text}", which gives a start but no end or period`,
    );
  }
  return {
    kind: "count",
    unit,
    quantity: mention.value,
    ...approximate,
    deadline: requireDeadline(phrase, what, listStart),
  };
}

/** "increase the detention capacity for immigration detainees by 240": the unit precedes the number. */
function unitBefore(text: string, mention: QuantityMention): string | undefined {
  const m = /\bincreas(?:e|ing) (?:the )?(?:number of )?([^,.;]+?) by (?:some |about |around )?$/i.exec(
    text.slice(0, mention.index),
  );
  return m?.[1];
}

/** A shape's figures other than its starting one ("from 300 to **800**"), with a trailing "%". */
const SHAPE_FIGURE = new RegExp(`(?<![\\w/-])${NUMBER_SOURCE}%?(?![\\w])`, "gi");

function shapeFigures(text: string, from: number, to: number, every: boolean): EmphasisSpan[] {
  const numbers = [...text.slice(from, to).matchAll(SHAPE_FIGURE)];
  const figures = numbers.length > 1 && !every ? numbers.slice(1) : numbers;
  return figures.map((m): EmphasisSpan => [from + m.index, from + m.index + m[0].length]);
}

/** Words before a time the paper leaves unbolded: "in **Q1 2024**", "starting from **2024**". */
const UNBOLDED_LEAD = /^(?:in |during |starting from )/i;

/** A time phrase as inferred bold: "by end-2024", "within 2024", "in Q1 2024" -> "Q1 2024"; a recurrence's window only. */
function timeSpan(phrase: TimePhrase): EmphasisSpan | undefined {
  const [words, at] =
    phrase.kind === "period"
      ? phrase.window
        ? [phrase.window, phrase.index + phrase.text.lastIndexOf(phrase.window)]
        : [undefined, 0]
      : [phrase.text, phrase.index];
  if (words === undefined) return undefined;
  const skip = UNBOLDED_LEAD.exec(words)?.[0].length ?? 0;
  return [at + skip, at + words.length];
}

function readTargets(text: string, listStart: string): { targets: Target[]; emphasis: EmphasisSpan[] } {
  const background = backgroundSpans(text);
  const phrases = findTimePhrases(text).filter((p) => !inside(p.index, background));
  const claimed = new Set<TimePhrase>();
  const placed: Array<{ at: number; target: Target }> = [];
  const emphasis: EmphasisSpan[] = [];

  const shapes = findShapes(text).filter((s) => !inside(s.index, background));
  for (const shape of shapes) {
    for (const p of phrases) if (p.index >= shape.index && p.index < shape.end) claimed.add(p);
    const next = () => {
      const phrase = nearestPhrase(phrases, shape.end);
      if (phrase) claimed.add(phrase);
      return phrase;
    };
    const approximate = "approximate" in shape && shape.approximate ? { approximate: true } : {};
    emphasis.push(...shapeFigures(text, shape.index, shape.end, shape.kind === "level"));
    switch (shape.kind) {
      case "reduction": {
        const deadline = requireDeadline(
          next(),
          `reduction from ${shape.from} to ${shape.to} ${shape.unit}`,
          listStart,
        );
        placed.push({
          at: shape.index,
          target: {
            kind: "reduction",
            unit: shape.unit,
            from: shape.from,
            to: shape.to,
            ...approximate,
            deadline,
          },
        });
        break;
      }
      case "staged": {
        const stages = shape.stages.map((stage) => {
          const parsed = parseDeadline(stage.deadlineText, listStart);
          if (!parsed.ok) throw new TargetParseError(parsed.error);
          return { quantity: stage.quantity, deadline: parsed.deadline };
        });
        placed.push({
          at: shape.index,
          target: { kind: "staged", unit: shape.unit, baseline: shape.baseline, ...approximate, stages },
        });
        break;
      }
      case "baseline-count": {
        const deadline = requireDeadline(next(), `"from ${shape.baseline} to ${shape.quantity}"`, listStart);
        placed.push({
          at: shape.index,
          target: {
            kind: "count",
            unit: shape.unit,
            quantity: shape.quantity,
            baseline: shape.baseline,
            ...approximate,
            deadline,
          },
        });
        break;
      }
      case "level": {
        if (shape.unit === "")
          throw new TargetParseError(`cannot tell what the level ${shape.level} measures`);
        const phrase = next();
        placed.push({
          at: shape.index,
          target: {
            kind: "level",
            unit: shape.unit,
            comparison: shape.comparison,
            level: shape.level,
            window: levelWindow(phrase, listStart),
          },
        });
        break;
      }
      case "percentage-change": {
        const deadline = requireDeadline(next(), `"${shape.percent}%"`, listStart);
        placed.push({
          at: shape.index,
          target: {
            kind: "percentage-change",
            unit: shape.unit,
            direction: shape.direction,
            percent: shape.percent,
            ...(shape.strict ? { strict: true } : {}),
            deadline,
          },
        });
        break;
      }
    }
  }

  const masked: Span[] = [
    ...background,
    ...shapes.map((s): Span => [s.index, s.end]),
    ...phrases.map((p): Span => [p.index, p.index + p.text.length]),
  ];
  let previousUnit: string | undefined;
  for (const mention of findQuantities(text, masked)) {
    const unit = mention.unit || unitBefore(text, mention) || previousUnit;
    if (!unit) throw new TargetParseError(`cannot tell what ${mention.value} counts`);
    previousUnit = unit;
    emphasis.push([mention.index, mention.end]);
    const phrase = nearestPhrase(phrases, mention.end);
    if (phrase) claimed.add(phrase);
    const averaged = AVERAGE_BEFORE.test(text.slice(0, mention.index));
    placed.push({ at: mention.index, target: quantityTarget(mention, unit, phrase, listStart, averaged) });
  }

  for (const phrase of phrases) {
    if (claimed.has(phrase)) continue;
    if (phrase.kind === "period")
      throw new TargetParseError(`"${phrase.text}" recurs but the text sets no quantity for it`);
    placed.push({ at: phrase.index, target: { kind: "milestone", deadline: deadlineOf(phrase, listStart) } });
  }

  for (const phrase of phrases) {
    const span = timeSpan(phrase);
    if (span) emphasis.push(span);
  }
  const targets: Target[] =
    placed.length === 0 ? [{ kind: "ongoing" }] : placed.sort((a, b) => a.at - b.at).map((p) => p.target);
  return { targets, emphasis: mergeSpans(emphasis) };
}

function mergeSpans(spans: EmphasisSpan[]): EmphasisSpan[] {
  const sorted = [...spans].filter(([from, to]) => to > from).sort((a, b) => a[0] - b[0]);
  const merged: EmphasisSpan[] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** Reads a KPI's plain text into machine-readable targets; `listStart` opens deadlines that state no start. */
export function parseTargets(text: string, listStart: string): TargetParseResult {
  const reading = readKpiText(text, listStart);
  return reading.ok ? { ok: true, targets: reading.targets } : reading;
}

/** parseTargets, plus where the figures and time phrases it read stand in the (whitespace-collapsed) text. */
export function readKpiText(text: string, listStart: string): KpiTextReading {
  const plain = text.replace(/\s+/g, " ").trim();
  try {
    return { ok: true, text: plain, ...readTargets(plain, listStart) };
  } catch (error) {
    if (error instanceof TargetParseError) return { ok: false, error: `${error.message} (in "${text}")` };
    throw error;
  }
}
