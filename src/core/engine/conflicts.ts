import { proposePhrase } from "./phrases";
import type { KpiResult, ProgressEntry } from "./types";

/**
 * A row whose sources disagree (two department returns gave different figures) is not judged on the
 * entries it happens to hold: it needs review until the coordinator chooses. An invalid row stays invalid.
 */
export function flagConflicts(entries: readonly ProgressEntry[], results: KpiResult[]): KpiResult[] {
  for (let i = 0; i < entries.length; i++) {
    const conflict = entries[i].conflict;
    if (conflict === undefined || conflict === null || conflict === "") continue;
    const result = results[i];
    const status = result.status === "invalid" ? "invalid" : "needs-review";
    results[i] = {
      ...result,
      status,
      reasons: [conflict, ...result.reasons],
      proposedPhrase: proposePhrase(status),
    };
  }
  return results;
}
