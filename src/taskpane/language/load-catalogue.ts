import { EN, type Catalogue } from "../../core/language/catalogue/en";
import type { Language } from "../../core/language/language";

/** English is in the first bundle; Chinese is fetched the first time it is needed. */
export function loadCatalogue(language: Language): Promise<Catalogue> {
  if (language === "en") return Promise.resolve(EN);
  return import(/* webpackChunkName: "language-zh-hk" */ "../../core/language/catalogue/zh-hk").then(
    (module) => module.ZH_HK,
  );
}
