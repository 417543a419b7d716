import type { Catalogue } from "../../core/language/catalogue/en";
import { PANE_EN } from "../../core/language/catalogue/en/pane";
import type { Language } from "../../core/language/language";

/** The words the pane's frame (title, language switch, step tabs, start-up messages) shows before any step. */
export const FRAME_WORDS = PANE_EN;
export type FrameKey = keyof typeof FRAME_WORDS;

export function isFrameKey(key: string): key is FrameKey {
  return Object.prototype.hasOwnProperty.call(FRAME_WORDS, key);
}

/**
 * A language's whole catalogue, fetched the first time it is needed. Only the frame's English words are
 * in the first download: the steps' words (statuses, returns, annex, history, checks) arrive alongside
 * the steps themselves, and Chinese only when asked for.
 */
export function loadCatalogue(language: Language): Promise<Catalogue> {
  if (language === "en") {
    return import(/* webpackChunkName: "language-en" */ "../../core/language/catalogue/en").then(
      (module) => module.EN,
    );
  }
  return import(/* webpackChunkName: "language-zh-hk" */ "../../core/language/catalogue/zh-hk").then(
    (module) => module.ZH_HK,
  );
}
