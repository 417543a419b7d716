import { isLanguage, languageForDisplay, type Language } from "../../core/language/language";

const STORAGE_KEY = "kpi-tracker.language";

/** The store the choice is kept in: the pane's localStorage in Office, a fake in tests. */
export type ChoiceStore = Pick<Storage, "getItem" | "setItem">;

/** The officer's own choice wins over Office's display language; without either, English. */
export function startingLanguage(
  store: ChoiceStore | undefined,
  displayLanguage: string | undefined,
): Language {
  const chosen = readChoice(store);
  return chosen ?? languageForDisplay(displayLanguage);
}

export function rememberLanguage(store: ChoiceStore | undefined, language: Language): void {
  try {
    store?.setItem(STORAGE_KEY, language);
  } catch {
    // A webview without storage (private mode) forgets the choice; the pane still switches.
  }
}

function readChoice(store: ChoiceStore | undefined): Language | undefined {
  try {
    const value = store?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** localStorage when the webview allows it; reading it can throw where storage is blocked. */
export function paneStore(): ChoiceStore | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
