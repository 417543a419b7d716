/** The languages the add-in speaks: English and Traditional Chinese as written in Hong Kong. */
export const LANGUAGES = ["en", "zh-HK"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language for an Office display language tag ("en-US", "zh-HK", "zh-TW"). Every Chinese tag gets
 * Traditional Chinese: it is the only Chinese the Government's papers are written in. Anything else,
 * and no tag at all, gets English.
 */
export function languageForDisplay(tag: string | null | undefined): Language {
  return tag && /^zh(?:[-_]|$)/i.test(tag.trim()) ? "zh-HK" : "en";
}
