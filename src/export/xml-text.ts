/**
 * Text as XML 1.0 allows it, for every part the exporters write (docx, xlsx, and the HTML page).
 * An officer's entry pasted from another program can carry characters XML forbids — control
 * characters, U+FFFE/U+FFFF, half of a surrogate pair — and one such character makes Word and
 * LibreOffice refuse the whole file.
 */

/** Word's manual line break (Shift+Enter) arrives as a vertical tab when pasted; a form feed is a page break. */
// eslint-disable-next-line no-control-regex -- these control characters are what is being replaced
const LINE_BREAKS = /[\u000B\u000C]/g;
/** Outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const ANYTHING_TO_FIX = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/;

/**
 * Line-break controls become line breaks, half a surrogate pair becomes U+FFFD (the character that
 * was there is lost, and the mark shows where), and other forbidden characters are removed.
 */
export function xmlSafeText(text: string): string {
  // Fast path: plain BMP text (almost every cell) has nothing to fix.
  if (!ANYTHING_TO_FIX.test(text)) return text;
  return text
    .replace(LINE_BREAKS, "\n")
    .replace(FORBIDDEN, (character) => (LONE_SURROGATE.test(character) ? "\uFFFD" : ""));
}

/** Every string in a plain data structure (an annex, a row of cells) made XML-safe; the rest copied. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === "string") return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((item) => xmlSafe(item)) as T;
  if (value !== null && typeof value === "object" && isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = xmlSafe(item);
    return copy as T;
  }
  return value;
}

/** A plain object from any realm (structuredClone and JSON.parse may hand over another realm's). */
function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
