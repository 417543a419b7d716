import { findTimePhrases, parseDeadline, type TimePhrase } from "../deadline";
import type { Deadline, RecurringWindow, Target } from "../register/schema";
import { findQuantities, type QuantityMention } from "./quantities";
import { findShapes } from "./shapes";

export type TargetParseResult = { ok: true; targets: Target[] } | { ok: false; error: string };

class TargetParseError extends Error {}

type Span = [number, number];

/**
 * Background the KPI states but does not set as a target: the e-Hub "newly established in
 * September 2022", a post the C&ED "was elected" to, a step that happens "Upon the completion of" another.
 */
function backgroundSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/[^.]*\b(?:newly established|was elected)\b[^.]*\.?/gi))
    spans.push([m.index, m.index + m[0].length]);
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

function quantityTarget(
  mention: QuantityMention,
  unit: string,
  phrase: TimePhrase | undefined,
  listStart: string,
): Target {
  const approximate = mention.approximate ? { approximate: true } : {};
  if (phrase?.kind === "period" && phrase.period) {
    return {
      kind: "recurring",
      unit,
      quantity: mention.value,
      period: phrase.period,
      aggregate: phrase.onAverage ? "average" : "total",
      ...approximate,
      window: windowOf(phrase, listStart),
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

function readTargets(text: string, listStart: string): Target[] {
  const background = backgroundSpans(text);
  const phrases = findTimePhrases(text).filter((p) => !inside(p.index, background));
  const claimed = new Set<TimePhrase>();
  const placed: Array<{ at: number; target: Target }> = [];

  const shapes = findShapes(text).filter((s) => !inside(s.index, background));
  for (const shape of shapes) {
    for (const p of phrases) if (p.index >= shape.index && p.index < shape.end) claimed.add(p);
    const next = () => {
      const phrase = nearestPhrase(phrases, shape.end);
      if (phrase) claimed.add(phrase);
      return phrase;
    };
    const approximate = "approximate" in shape && shape.approximate ? { approximate: true } : {};
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
      case "percentage-change": {
        const deadline = requireDeadline(next(), `"${shape.percent}%"`, listStart);
        placed.push({
          at: shape.index,
          target: {
            kind: "percentage-change",
            unit: shape.unit,
            direction: shape.direction,
            percent: shape.percent,
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
    const phrase = nearestPhrase(phrases, mention.end);
    if (phrase) claimed.add(phrase);
    placed.push({ at: mention.index, target: quantityTarget(mention, unit, phrase, listStart) });
  }

  for (const phrase of phrases) {
    if (claimed.has(phrase)) continue;
    if (phrase.kind === "period")
      throw new TargetParseError(`"${phrase.text}" recurs but the text sets no quantity for it`);
    placed.push({ at: phrase.index, target: { kind: "milestone", deadline: deadlineOf(phrase, listStart) } });
  }

  if (placed.length === 0) return [{ kind: "ongoing" }];
  return placed.sort((a, b) => a.at - b.at).map((p) => p.target);
}

/** Reads a KPI's plain text into machine-readable targets; `listStart` opens deadlines that state no start. */
export function parseTargets(text: string, listStart: string): TargetParseResult {
  try {
    return { ok: true, targets: readTargets(text.replace(/\s+/g, " ").trim(), listStart) };
  } catch (error) {
    if (error instanceof TargetParseError) return { ok: false, error: `${error.message} (in "${text}")` };
    throw error;
  }
}
