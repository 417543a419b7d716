import * as React from "react";
import type { Catalogue } from "../../core/language/catalogue/en";
import type { Language } from "../../core/language/language";
import { formatDateAsPaper } from "../../core/language/paper-date";
import { translatorFor, type Translate } from "../../core/language/translate";
import { rememberLanguage, type ChoiceStore } from "./language-choice";
import { FRAME_WORDS, isFrameKey, loadCatalogue } from "./load-catalogue";

export interface PaneLanguage {
  language: Language;
  /**
   * Whether the language's whole catalogue has arrived. Until it has, only the frame's words can be read
   * (`FRAME_WORDS`), and the pane holds its steps back.
   */
  ready: boolean;
  /** A catalogue message in the pane's language. */
  t: Translate;
  /** An ISO date as the paper writes it in the pane's language. */
  formatDate(iso: string): string;
  /** Switches the pane and remembers the choice for the next time it opens. */
  choose(language: Language): void;
  /** Set when no catalogue could be fetched at all: the pane says so instead of waiting for ever. */
  failed: boolean;
}

const PaneLanguageContext = React.createContext<PaneLanguage | null>(null);

export function usePaneLanguage(): PaneLanguage {
  const value = React.useContext(PaneLanguageContext);
  if (value === null) throw new Error("A pane component was rendered outside a LanguageProvider.");
  return value;
}

const frameTranslate = translatorFor(FRAME_WORDS);

/** The frame's English words, before any catalogue has arrived; a step's word here is a programming error. */
const readFrameWord: Translate = (key, params) => {
  if (!isFrameKey(key)) {
    throw new Error(`"${key}" was read before the pane's catalogue arrived: only a step may read it.`);
  }
  return frameTranslate(key, params);
};

interface Shown {
  language: Language;
  t: Translate;
  ready: boolean;
}

export interface LanguageProviderProps {
  initial: Language;
  store?: ChoiceStore;
  /** Catalogues already in memory (the tests give both); any other is fetched when first needed. */
  preloaded?: Partial<Record<Language, Catalogue>>;
  children: React.ReactNode;
}

function shownAtStart(initial: Language, preloaded: LanguageProviderProps["preloaded"]): Shown {
  const catalogue = preloaded?.[initial];
  if (catalogue) return { language: initial, t: translatorFor(catalogue), ready: true };
  return { language: "en", t: readFrameWord, ready: false };
}

/**
 * Gives the pane its language. Until the wanted catalogue has arrived the pane keeps the language it
 * shows, so nothing is ever shown as a bare key. If Chinese cannot be fetched the pane falls back to
 * English; if nothing can be, it says so.
 */
export function LanguageProvider({
  initial,
  store,
  preloaded,
  children,
}: LanguageProviderProps): React.JSX.Element {
  const [shown, setShown] = React.useState<Shown>(() => shownAtStart(initial, preloaded));
  const [wanted, setWanted] = React.useState<Language>(initial);
  const [failed, setFailed] = React.useState(false);

  React.useEffect(() => {
    let current = true;
    const show = (language: Language, catalogue: Catalogue) => {
      if (current) setShown({ language, t: translatorFor(catalogue), ready: true });
    };
    const fetchCatalogue = (language: Language) => {
      const inMemory = preloaded?.[language];
      return inMemory ? Promise.resolve(inMemory) : loadCatalogue(language);
    };
    fetchCatalogue(wanted)
      .then((catalogue) => show(wanted, catalogue))
      .catch(() => {
        if (!current) return;
        if (wanted === "en") {
          setFailed(true);
          return;
        }
        return fetchCatalogue("en").then(
          (catalogue) => show("en", catalogue),
          () => current && setFailed(true),
        );
      });
    return () => {
      current = false;
    };
  }, [wanted, preloaded]);

  React.useEffect(() => {
    document.documentElement.lang = shown.language;
  }, [shown.language]);

  const value = React.useMemo<PaneLanguage>(
    () => ({
      language: shown.language,
      ready: shown.ready,
      t: shown.t,
      failed: failed && !shown.ready,
      formatDate: (iso) => formatDateAsPaper(iso, shown.language),
      choose: (language) => {
        rememberLanguage(store, language);
        setWanted(language);
      },
    }),
    [shown, failed, store],
  );
  return <PaneLanguageContext.Provider value={value}>{children}</PaneLanguageContext.Provider>;
}
