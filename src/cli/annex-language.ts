import type { Annex } from "../core/annex/model";
import { EN } from "../core/language/catalogue/en";
import { ZH_HK } from "../core/language/catalogue/zh-hk";
import { LANGUAGES, type Language } from "../core/language/language";
import { translatorFor } from "../core/language/translate";
import { CliInputError } from "./progress-input";

/**
 * `--lang en|zh-HK` (or `--lang=zh-HK`): the language to write in, which for `annex` is the annex's own.
 * Returns the language (English when absent) and the arguments without the option, for the command's
 * own option parser.
 */
export function annexLanguage(argv: readonly string[]): { language: Language; rest: string[] } {
  let language: Language = "en";
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    const inline = /^--lang=(.*)$/s.exec(arg);
    if (arg !== "--lang" && !inline) {
      rest.push(arg);
      continue;
    }
    const value = inline ? inline[1] : argv[++i];
    language = readLanguage(value);
  }
  return { language, rest };
}

function readLanguage(value: string | undefined): Language {
  const tag = value?.trim() ?? "";
  const found = LANGUAGES.find((language) => language.toLowerCase() === tag.toLowerCase());
  if (found !== undefined) return found;
  throw new CliInputError(`--lang must be ${LANGUAGES.join(" or ")}, got "${value ?? ""}"`);
}

/**
 * The warning for a Chinese annex that lacks Chinese text somewhere, in the annex's language: the KPI ids
 * and headings ("title", "(I)", "(A)") it marks. Undefined when nothing lacks it.
 */
export function untranslatedWarning(annex: Annex): string | undefined {
  const missing = [...annex.untranslatedHeadings, ...annex.untranslatedKpiIds];
  if (missing.length === 0) return undefined;
  const t = translatorFor(annex.language === "zh-HK" ? ZH_HK : EN);
  return t("annex-paper.untranslated-warning", { count: missing.length, ids: missing.join(", ") });
}
