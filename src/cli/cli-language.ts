import { CLI_CATALOGUES, type CliMessageKey } from "../core/language/catalogue/cli";
import { LANGUAGES, languageForDisplay, type Language } from "../core/language/language";
import { translatorFor, type Translate } from "../core/language/translate";
import { CliInputError } from "./progress-input";

/**
 * `--lang en|zh-HK`, which every command takes: the language the command writes in. Its messages, and
 * for `annex` the annex itself, so one option has one meaning.
 */
export const LANGUAGE_OPTION = { lang: { type: "string" } } as const;

/** A catalogue message in the command line's language, its own messages included. */
export type CliTranslate = Translate<CliMessageKey>;

export function cliTranslator(language: Language): CliTranslate {
  return translatorFor(CLI_CATALOGUES[language]);
}

/**
 * The environment's language: KPI_TRACKER_LANG, else the locale for messages as POSIX orders it
 * (LC_ALL, LC_MESSAGES, LANG). A Chinese locale (zh_HK.UTF-8, zh_TW, zh) gets Traditional Chinese.
 */
export function environmentLanguage(env: NodeJS.ProcessEnv): Language {
  const chosen = env.KPI_TRACKER_LANG?.trim();
  if (chosen) return languageForDisplay(chosen);
  return languageForDisplay(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** The value of the last --lang before "--" ("--lang zh-HK" or "--lang=zh-HK"), if any. */
function requestedLanguage(argv: readonly string[]): string | undefined {
  let requested: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== "--"; i++) {
    if (argv[i] === "--lang" && i + 1 < argv.length) requested = argv[++i];
    else if (argv[i].startsWith("--lang=")) requested = argv[i].slice("--lang=".length);
  }
  return requested;
}

/**
 * The language a run writes in: --lang when given, else the environment's. An unknown --lang is refused
 * in the environment's language, naming the two it takes. Letter case does not matter ("zh-hk").
 */
export function cliLanguage(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Language {
  const requested = requestedLanguage(argv);
  if (requested === undefined) return environmentLanguage(env);
  const language = LANGUAGES.find((known) => known.toLowerCase() === requested.toLowerCase());
  if (language === undefined) {
    const t = cliTranslator(environmentLanguage(env));
    throw new CliInputError(t("cli.error.unknownLanguage", { value: requested }));
  }
  return language;
}
