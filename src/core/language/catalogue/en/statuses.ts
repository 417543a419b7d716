import type { Status } from "../../../vocabulary";

/** The status words, one per status, as the pane, the legend and the sheet show them. */
export const STATUS_WORDS_EN = {
  "status.invalid": "Invalid",
  "status.needs-review": "Needs review",
  "status.completed": "Completed",
  "status.overdue": "Overdue",
  "status.off-track": "Off track",
  "status.on-track": "On track",
  "status.not-reported": "Not reported",
  /** The phrase proposed for the annex's Latest Progress column, per status (see engine/phrases.ts). */
  "phrase.completed": "Task completed.",
  "phrase.on-track": "Task on track.",
  "phrase.off-track": "Working towards the target.",
  "phrase.overdue": "Task delayed.",
  "phrase.not-reported": "Progress to be reported.",
  "phrase.needs-review": "To be confirmed.",
  "phrase.invalid": "To be confirmed.",
} as const satisfies Record<`status.${Status}` | `phrase.${Status}`, string>;
