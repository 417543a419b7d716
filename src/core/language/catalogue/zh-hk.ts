import type { Catalogue } from "./en";
import { ANNEX_PAPER_ZH_HK } from "./zh-hk/annex";
import { RIBBON_ZH_HK } from "./zh-hk/ribbon";
import { PANE_ZH_HK } from "./zh-hk/pane";
import { STATUS_WORDS_ZH_HK } from "./zh-hk/statuses";
import { CYCLE_ZH_HK } from "./zh-hk/cycle";

/** The Traditional Chinese catalogue (Hong Kong). The pane loads it only when it is needed. */
export const ZH_HK: Catalogue = {
  ...STATUS_WORDS_ZH_HK,
  ...ANNEX_PAPER_ZH_HK,
  ...RIBBON_ZH_HK,
  ...PANE_ZH_HK,
  ...CYCLE_ZH_HK,
};
