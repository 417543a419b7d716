import { NUMBER_WORDS } from "../progress/number-words";

/** A number the KPI text sets as a target, with what it counts. */
export interface QuantityMention {
  value: number;
  /** Empty when the text leaves it implied ("no less than 1 200 in 2023"). */
  unit: string;
  approximate: boolean;
  index: number;
  end: number;
}

/** The number words KPI texts use for targets ("one sharing activity", "four ... centres"). */
const TARGET_NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(NUMBER_WORDS).filter(([, value]) => value >= 1 && value <= 12),
);

/** Digits grouped in threes by spaces ("1 500", "100 000"), or a number word. */
export const NUMBER_SOURCE = `(?:\\d{1,3}(?: \\d{3})+|\\d+(?:\\.\\d+)?|${Object.keys(TARGET_NUMBER_WORDS).join("|")})`;

export function numberValue(token: string): number {
  return TARGET_NUMBER_WORDS[token.toLowerCase()] ?? Number(token.replace(/ /g, ""));
}

/** Words that end a unit: what follows them says when, where, how or by whom. */
const UNIT_STOP =
  /^(by|within|in|to|from|for|at|on|under|per|every|each|and|a|starting|with|so|who|which|including|after|between|upon|during|representing|the)$/i;
const MAX_UNIT_WORDS = 8;

/** Not a target: a law's number, a time span, a share, a rate, a date, a cap, "all 18 districts". */
const NOT_A_TARGET_BEFORE = /(?:\b(?:Article|all|in|within|first|other)|Cap\.|quota of|\/)\s*$/i;
const NOT_A_TARGET_AFTER = /^(-|%|\/|\s*%|\s*per cent)/;
const APPROXIMATE_BEFORE = /\b(about|some|around)\s+$/i;

export function unitAfter(text: string, from: number): string {
  const words: string[] = [];
  let depth = 0;
  const tokens = text.slice(from).trim().split(" ");
  for (const [i, token] of tokens.entries()) {
    const bare = token.replace(/[,.;:]$/, "");
    // "Multi-purpose Family and Rehabilitation Service Centres": "and" inside a proper name.
    const insideName =
      bare === "and" && /^[A-Z]/.test(words[words.length - 1] ?? "") && /^[A-Z]/.test(tokens[i + 1] ?? "");
    if (
      depth === 0 &&
      !insideName &&
      (UNIT_STOP.test(bare) || bare === "" || (bare.startsWith("(") && words.length === 0))
    )
      break;
    if (words.length >= MAX_UNIT_WORDS) break;
    words.push(bare);
    depth += (bare.match(/\(/g) ?? []).length - (bare.match(/\)/g) ?? []).length;
    if (bare !== token && depth === 0) break;
  }
  return words.join(" ");
}

/** Quantities in the text outside `masked` spans (time phrases and already-read shapes), in reading order. */
export function findQuantities(text: string, masked: ReadonlyArray<[number, number]>): QuantityMention[] {
  const found: QuantityMention[] = [];
  const pattern = new RegExp(`(?<![\\w/-])${NUMBER_SOURCE}(?![\\w])`, "g");
  for (const m of text.matchAll(pattern)) {
    const [index, end] = [m.index, m.index + m[0].length];
    if (masked.some(([from, to]) => index < to && from < end)) continue;
    const before = text.slice(Math.max(0, index - 20), index);
    const after = text.slice(end);
    if (NOT_A_TARGET_BEFORE.test(before) || NOT_A_TARGET_AFTER.test(after)) continue;
    if (/^\d{4}$/.test(m[0]) && Number(m[0]) >= 1900 && Number(m[0]) < 2100) continue;
    const isWord = /^[a-z]/i.test(m[0]);
    const unit = unitAfter(text, end);
    // A number word is only a quantity when it counts something ("three parent-child centres").
    if (isWord && (unit === "" || /^[A-Z]/.test(m[0]))) continue;
    found.push({ value: numberValue(m[0]), unit, approximate: APPROXIMATE_BEFORE.test(before), index, end });
  }
  return found;
}
