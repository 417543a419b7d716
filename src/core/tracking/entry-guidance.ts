import type { EntryColumnKey } from "./columns";

export interface EntryGuidance {
  /** Excel caps an input message title at 32 characters and the message at 255. */
  title: string;
  message: string;
}

export const ENTRY_GUIDANCE: Readonly<Record<EntryColumnKey, EntryGuidance>> = {
  actual: {
    title: "Actual",
    message:
      "Figure achieved so far, e.g. 1 572, 1,572, 25.4%, about 580, HK$540 million. " +
      "Recurring targets: this period's figure. Several targets: separate with ; in the order of the Target column.",
  },
  completedOn: {
    title: "Completed on",
    message: "Date the milestone was achieved, e.g. 2024-03-20, 20 March 2024 or 20/3/2024 (day first).",
  },
  reportedStatus: {
    title: "Reported status",
    message: "Optional. The status phrase for the annex; leave blank to use the one Validate proposes.",
  },
  latestProgress: {
    title: "Latest progress",
    message: "Narrative for the annex. Start a new line (Alt+Enter) for each bullet.",
  },
};
