import * as React from "react";
import { EN } from "../../core/language/catalogue/en";
import type { Language } from "../../core/language/language";
import { formatDateAsPaper } from "../../core/language/paper-date";
import { translatorFor, type Translate } from "../../core/language/translate";
import { rememberLanguage, type ChoiceStore } from "./language-choice";
import { loadCatalogue } from "./load-catalogue";

export interface PaneLanguage {
  language: Language;
  /** A catalogue message in the pane's language. */
  t: Translate;
  /** An ISO date as the paper writes it in the pane's language. */
  formatDate(iso: string): string;
  /** Switches the pane and remembers the choice for the next time it opens. */
  choose(language: Language): void;
}

const english: PaneLanguage = {
  language: "en",
  t: translatorFor(EN),
  formatDate: (iso) => formatDateAsPaper(iso, "en"),
  choose: () => undefined,
};

const PaneLanguageContext = React.createContext<PaneLanguage>(english);

export function usePaneLanguage(): PaneLanguage {
  return React.useContext(PaneLanguageContext);
}

export interface LanguageProviderProps {
  initial: Language;
  store?: ChoiceStore;
  children: React.ReactNode;
}

/**
 * Gives the pane its language. Until a Chinese catalogue has arrived the pane stays in the language it
 * has, so nothing is ever shown as a bare key.
 */
export function LanguageProvider({ initial, store, children }: LanguageProviderProps): React.JSX.Element {
  const [shown, setShown] = React.useState<{ language: Language; t: Translate }>({
    language: "en",
    t: english.t,
  });
  const [wanted, setWanted] = React.useState<Language>(initial);

  React.useEffect(() => {
    let current = true;
    loadCatalogue(wanted)
      .then((catalogue) => {
        if (current) setShown({ language: wanted, t: translatorFor(catalogue) });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [wanted]);

  React.useEffect(() => {
    document.documentElement.lang = shown.language;
  }, [shown.language]);

  const value = React.useMemo<PaneLanguage>(
    () => ({
      language: shown.language,
      t: shown.t,
      formatDate: (iso) => formatDateAsPaper(iso, shown.language),
      choose: (language) => {
        rememberLanguage(store, language);
        setWanted(language);
      },
    }),
    [shown, store],
  );
  return <PaneLanguageContext.Provider value={value}>{children}</PaneLanguageContext.Provider>;
}
