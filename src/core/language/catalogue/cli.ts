import { EN } from "./en";
import { CLI_EN } from "./en/cli";
import { ZH_HK } from "./zh-hk";
import { CLI_ZH_HK } from "./zh-hk/cli";
import type { Language } from "../language";

/** The command line's catalogue: the shared one and the command line's own area, in each language. */
export const CLI_CATALOGUES = {
  en: { ...EN, ...CLI_EN },
  "zh-HK": { ...ZH_HK, ...CLI_ZH_HK },
} as const satisfies Record<Language, Readonly<Record<string, string>>>;

export type CliMessageKey = keyof (typeof CLI_CATALOGUES)["en"];
