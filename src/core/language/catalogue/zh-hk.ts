import type { Catalogue } from "./en";
import { PANE_ZH_HK } from "./zh-hk/pane";
import { STATUS_WORDS_ZH_HK } from "./zh-hk/statuses";

/** The Traditional Chinese catalogue (Hong Kong). The pane loads it only when it is needed. */
export const ZH_HK: Catalogue = {
  ...STATUS_WORDS_ZH_HK,
  ...PANE_ZH_HK,
};
