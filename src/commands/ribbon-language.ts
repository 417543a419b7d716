import { RIBBON_EN } from "../core/language/catalogue/en/ribbon";
import { RIBBON_ZH_HK } from "../core/language/catalogue/zh-hk/ribbon";
import type { Language } from "../core/language/language";
import { paneStore, startingLanguage } from "../taskpane/language/language-choice";

export type RibbonText = Readonly<Record<keyof typeof RIBBON_EN, string>>;

/**
 * The ribbon's own area of the catalogue only: the command file and the dialog page load just these
 * few strings in both languages, not the pane's whole catalogue.
 */
export function ribbonText(language: Language): RibbonText {
  return language === "zh-HK" ? RIBBON_ZH_HK : RIBBON_EN;
}

/** As the pane decides: the officer's remembered choice if this origin can read it, else Office's language. */
export function ribbonLanguage(): Language {
  return startingLanguage(paneStore(), Office.context.displayLanguage);
}
