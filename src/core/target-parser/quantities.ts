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

/** The number words KPI texts use for targets ("one sharing activity", "fifty sessions", "two thousand"). */
const TARGET_NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(NUMBER_WORDS).filter(([, value]) => value >= 1 && value <= 90),
);
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

const WORD = `(?:${Object.keys(TARGET_NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
const SCALE = `(?:${Object.keys(SCALES).join("|")})`;
/** "fifty", "twenty-five", "two thousand", "two hundred and fifty", "1.5 million", "1 500". */
const WORD_NUMBER = `${WORD}(?:(?:[ -]| and )(?:${WORD}|${SCALE}))*`;
const DIGITS = `(?:\\d{1,3}(?: \\d{3})+|\\d+(?:\\.\\d+)?)(?: (?:million|billion))?`;

/** Digits grouped in threes by spaces ("1 500", "100 000"), with "million"/"billion", or number words. */
export const NUMBER_SOURCE = `(?:${DIGITS}|${WORD_NUMBER})`;

export function numberValue(token: string): number {
  const words = token.toLowerCase().split(/[ -]+/);
  if (/^\d/.test(token)) {
    const scale = SCALES[words[words.length - 1]] ?? 1;
    const digits = scale === 1 ? token : token.slice(0, token.lastIndexOf(" "));
    return Math.round(Number(digits.replace(/ /g, "")) * scale);
  }
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (word === "and") continue;
    if (word === "hundred") current *= 100;
    else if (SCALES[word] !== undefined) {
      total += current * SCALES[word];
      current = 0;
    } else current += TARGET_NUMBER_WORDS[word] ?? NaN;
  }
  return total + current;
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
  // "registered users of the e-Channel app": the unit stops at "the", so drop the "of" left hanging.
  while (words.length > 1 && /^(of|for|to)$/i.test(words[words.length - 1])) words.pop();
  return words.join(" ");
}

const QUANTITY = new RegExp(`(?<![\\w/-])${NUMBER_SOURCE}(?![\\w])`, "g");

/** Quantities in the text outside `masked` spans (time phrases and already-read shapes), in reading order. */
export function findQuantities(text: string, masked: ReadonlyArray<[number, number]>): QuantityMention[] {
  const found: QuantityMention[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [index, end] = [m.index, m.index + m[0].length];
    if (masked.some(([from, to]) => index < to && from < end)) continue;
    const before = text.slice(Math.max(0, index - 20), index);
    const rest = text.slice(end);
    if (NOT_A_TARGET_BEFORE.test(before) || NOT_A_TARGET_AFTER.test(rest)) continue;
    if (/^\d{4}$/.test(m[0]) && Number(m[0]) >= 1900 && Number(m[0]) < 2100) continue;
    const isWord = /^[a-z]/i.test(m[0]);
    const money = /HK\$$/.test(before);
    const after = unitAfter(text, end);
    const unit = money ? (after === "" ? "HK$" : `HK$ ${after}`) : after;
    // A number word is only a quantity when it counts something ("three parent-child centres").
    if (isWord && (unit === "" || /^[A-Z]/.test(m[0]))) continue;
    found.push({ value: numberValue(m[0]), unit, approximate: APPROXIMATE_BEFORE.test(before), index, end });
  }
  return found;
}
