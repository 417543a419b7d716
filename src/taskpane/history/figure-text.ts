import type { Language } from "../../core/language/language";
import type { PaneLanguage } from "../language/LanguageProvider";

type Words = Pick<PaneLanguage, "t" | "formatDate" | "language">;

/**
 * The punctuation that joins catalogue messages and officers' entries. It is not wording, so it is
 * not in the catalogue (whose every Chinese entry carries Chinese text): English half-width marks,
 * Chinese the full-width ones Hong Kong government papers use.
 */
export const MARKS: Readonly<
  Record<
    Language,
    { list: string; series: string; colon: string; label: string; stop: string; open: string; close: string }
  >
> = {
  en: { list: "; ", series: ", ", colon: ": ", label: " ", stop: ".", open: "“", close: "”" },
  "zh-HK": { list: "；", series: "、", colon: "：", label: "：", stop: "。", open: "「", close: "」" },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date the sheet holds as ISO text, as the paper writes it; anything else (a typed note) as it is. */
export function paperDateOr(value: unknown, { formatDate }: Pick<PaneLanguage, "formatDate">): string {
  const text = value === null || value === undefined ? "" : String(value).trim();
  return ISO_DATE.test(text) ? formatDate(text) : text;
}

/** An entry figure as the pane quotes it: "blank", a date as the paper writes it, or the text in quotes. */
export function figureText(value: unknown, words: Words): string {
  const text = paperDateOr(value, words);
  const { open, close } = MARKS[words.language];
  return text === "" ? words.t("history.blank") : `${open}${text}${close}`;
}

/** "2026-11-27 09:05:12 UTC", as the history sheet writes when a validation ran, with the date in words. */
export function validatedAtText(
  validatedAt: string,
  { formatDate }: Pick<PaneLanguage, "formatDate">,
): string {
  const [date, ...time] = validatedAt.split(" ");
  return ISO_DATE.test(date) ? [formatDate(date), ...time].join(" ") : validatedAt;
}
