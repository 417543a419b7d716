import type { RichText } from "../register/schema";
import { MONTH_NAMES } from "../vocabulary";

const MONTH = `(?:${MONTH_NAMES.join("|")})`;

/**
 * Dates first so "30 September 2023" (or 「2023年9月30日」) is one bold run rather than "30" and
 * "2023"; then grouped numbers ("1 500", "12,000"), percentages, and plain numbers. Digits glued to letters ("48th",
 * "R2", "COVID-19") are not figures and stay plain.
 */
const FIGURE = new RegExp(
  [
    // Chinese dates, whole: 「2023年9月30日」, 「2023年9月」, 「2024年年底」 (English text never has 年).
    `(?<!\\d)\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?|年[初中底])?`,
    `\\d{1,2}月\\d{1,2}日`,
    `\\b\\d{1,2} ${MONTH} \\d{4}\\b`,
    `\\b${MONTH} \\d{4}\\b`,
    `\\b(?:early|mid|end|late)-\\s?\\d{4}\\b`,
    `\\b[Qq][1-4] \\d{4}\\b`,
    `\\b\\d{4}/\\d{2}\\b`,
    `(?<![\\w.-])\\d{1,3}(?:[ ,]\\d{3})+(?:\\.\\d+)?%?(?![\\w])`,
    `(?<![\\w.-])\\d+(?:\\.\\d+)?%?(?![\\w])`,
  ].join("|"),
  "g",
);

/** Officer text -> runs with its numbers and dates bold, as the paper prints them. */
export function emphasiseFigures(text: string): RichText {
  const runs: RichText = [];
  let last = 0;
  for (const match of text.matchAll(FIGURE)) {
    const start = match.index ?? 0;
    if (start > last) runs.push({ text: text.slice(last, start) });
    runs.push({ text: match[0], bold: true });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
