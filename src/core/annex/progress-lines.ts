import type { RichText } from "../register/schema";
import type { AnnexProgress } from "./model";

/** The bullets of a progress cell in print order: the status phrase, then the narrative. */
export function progressLines(progress: AnnexProgress | undefined): RichText[] {
  if (!progress) return [];
  return progress.statusPhrase.length > 0
    ? [progress.statusPhrase, ...progress.narrative]
    : progress.narrative;
}
