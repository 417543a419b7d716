/** Text clean-up shared by the entry parsers: what officers paste from Word, Excel or a Chinese IME. */

const FULL_WIDTH_OFFSET = 0xfee0;
const WIDE_SPACES = /[\u00a0\u2007\u202f\u3000]/g;
const FULL_WIDTH_CHARS = /[\uff01-\uff5e]/g;
const RUNS_OF_SPACE = /\s+/g;

/** Full-width digits and punctuation to ASCII, odd spaces to plain spaces, trimmed and collapsed. */
export function normaliseEntryText(text: string): string {
  // Stryker disable next-line ConditionalExpression: equivalent when false: the clean-up below leaves plain ASCII as it is, only slower
  if (isPlainAscii(text)) return text;
  const out = text.replace(FULL_WIDTH_CHARS, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET),
  );
  return out.replace(WIDE_SPACES, " ").replace(RUNS_OF_SPACE, " ").trim();
}

/** Printable ASCII with single inner spaces and none at the ends: nothing to clean, the common case. */
export function isPlainAscii(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      // Stryker disable next-line ArithmeticOperator: equivalent, two spaces in a row are caught from either one
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) return false;
    } else if (code < 33 || code > 126) {
      return false;
    }
  }
  return true;
}

/** How much of a typed cell a message repeats: enough to find the cell, short enough to read. */
export const ECHO_LIMIT = 80;

/** A typed cell as a message repeats it: trimmed, cut to ECHO_LIMIT characters with "…". */
export function cutEntry(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= ECHO_LIMIT) return trimmed;
  // Cut on a code point boundary so a surrogate pair is never split.
  return `${Array.from(trimmed)
    .slice(0, ECHO_LIMIT - 1)
    .join("")}…`;
}

/** The same, in double quotes. */
export function quoteEntry(text: string): string {
  return `"${cutEntry(text)}"`;
}
