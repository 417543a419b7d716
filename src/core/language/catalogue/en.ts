import { ANNEX_PAPER_EN } from "./en/annex";
import { CLI_EN } from "./en/cli";
import { RIBBON_EN } from "./en/ribbon";
import { PANE_EN } from "./en/pane";
import { STATUS_WORDS_EN } from "./en/statuses";
import { CYCLE_EN } from "./en/cycle";

/**
 * The English catalogue: every string an officer reads in the pane, the ribbon's dialog and the command
 * line. Each area keeps its own file; the keys are the catalogue's, and Chinese must have every one.
 */
export const EN = {
  ...STATUS_WORDS_EN,
  ...ANNEX_PAPER_EN,
  ...RIBBON_EN,
  ...CLI_EN,
  ...PANE_EN,
  ...CYCLE_EN,
} as const;

export type MessageKey = keyof typeof EN;
export type Catalogue = Readonly<Record<MessageKey, string>>;
