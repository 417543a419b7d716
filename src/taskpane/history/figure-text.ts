import type { MessageKey } from "../../core/language/catalogue/en";
import type { Translate } from "../../core/language/translate";
import type { PaneLanguage } from "../language/LanguageProvider";

type Words = Pick<PaneLanguage, "t" | "formatDate" | "language">;

/** The punctuation that joins catalogue messages and officers' entries, in the pane's language. */
export interface Marks {
  list: string;
  series: string;
  colon: string;
  label: string;
  stop: string;
  open: string;
  close: string;
}

const MARK_KEYS = {
  list: "history.mark.list",
  series: "history.mark.series",
  colon: "history.mark.colon",
  label: "history.mark.label",
  stop: "history.mark.stop",
  open: "history.mark.open",
  close: "history.mark.close",
} as const satisfies Record<keyof Marks, MessageKey>;

export function marksIn(t: Translate): Marks {
  return {
    list: t(MARK_KEYS.list),
    series: t(MARK_KEYS.series),
    colon: t(MARK_KEYS.colon),
    label: t(MARK_KEYS.label),
    stop: t(MARK_KEYS.stop),
    open: t(MARK_KEYS.open),
    close: t(MARK_KEYS.close),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date the sheet holds as ISO text, as the paper writes it; anything else (a typed note) as it is. */
export function paperDateOr(value: unknown, { formatDate }: Pick<PaneLanguage, "formatDate">): string {
  const text = value === null || value === undefined ? "" : String(value).trim();
  return ISO_DATE.test(text) ? formatDate(text) : text;
}

/** An entry figure as the pane quotes it: "blank", a date as the paper writes it, or the text in quotes. */
export function figureText(value: unknown, words: Words): string {
  const text = paperDateOr(value, words);
  const { open, close } = marksIn(words.t);
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
