import type { Catalogue } from "./en";
import { STATUS_WORDS_ZH_HK } from "./zh-hk/statuses";
import { CYCLE_ZH_HK } from "./zh-hk/cycle";

/** The Traditional Chinese catalogue (Hong Kong). The pane loads it only when it is needed. */
export const ZH_HK: Catalogue = {
  ...STATUS_WORDS_ZH_HK,
  ...CYCLE_ZH_HK,
};
