import { ANNEX_PAPER_EN } from "./en/annex";
import { RIBBON_EN } from "./en/ribbon";
import { PANE_EN } from "./en/pane";
import { STATUS_WORDS_EN } from "./en/statuses";
import { CYCLE_EN } from "./en/cycle";

/**
 * The English catalogue: every string an officer reads in the pane, the ribbon's dialog and the annex.
 * Each area keeps its own file; Chinese must have every key. The command line's own area joins it in
 * `cli.ts`, so the pane's first download does not carry the command line's help.
 */
export const EN = {
  ...STATUS_WORDS_EN,
  ...ANNEX_PAPER_EN,
  ...RIBBON_EN,
  ...PANE_EN,
  ...CYCLE_EN,
} as const;

export type MessageKey = keyof typeof EN;
export type Catalogue = Readonly<Record<MessageKey, string>>;
