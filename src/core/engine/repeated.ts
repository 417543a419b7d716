import { cutEntry } from "../progress/entry-text";
import { proposePhrase } from "./phrases";
import type { KpiResult, ProgressEntry } from "./types";

/**
 * A tracking table or progress file holds one row per KPI. validateProgress judges every row on its own;
 * this marks the second and later rows of a KPI invalid, so a repeated row is fixed rather than
 * silently shadowing the first (in the annex, only one row per KPI can be used).
 */
export function flagRepeatedKpis(entries: readonly ProgressEntry[], results: KpiResult[]): KpiResult[] {
  const firstRow = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const id = entries[i].kpiId.trim();
    if (id === "") continue;
    const earlier = firstRow.get(id);
    if (earlier === undefined) {
      firstRow.set(id, i);
    } else {
      results[i] = {
        kpiId: entries[i].kpiId,
        status: "invalid",
        reasons: [
          `KPI ID: ${cutEntry(id)} already has a row above (entry ${earlier + 1}); keep one row per KPI`,
        ],
        expected: null,
        actual: null,
        expectedText: "",
        proposedPhrase: proposePhrase("invalid"),
        parts: [],
      };
    }
  }
  return results;
}
