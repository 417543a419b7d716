import type { ProgressEntry } from "../engine/types";
import { quoteEntry } from "../progress/entry-text";

/** An entry row that the status check and the annex cannot use, and why. */
export interface UnusedEntry {
  /** Position in the entries list. */
  index: number;
  reason: string;
  /** For a second row of a KPI: the position of the row that is used. */
  firstIndex?: number;
}

/** Case, dashes, spaces and leading zeros an officer may change when retyping an ID ("2023-e-01"). */
function looseId(id: string): string {
  return id
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212\uff0d]/g, "-")
    .replace(/\s/g, "")
    .replace(/-0+(?=\d)/g, "-");
}

/**
 * The rows whose KPI ID is not in the register (with the ID it probably meant, when one matches
 * loosely) and every row after the first for a KPI: neither reaches the annex.
 */
export function unusedEntries(
  entries: readonly ProgressEntry[],
  registerIds: Iterable<string>,
  registerYear: number,
): UnusedEntry[] {
  const known = new Set(registerIds);
  const byLooseId = new Map<string, string>();
  for (const id of known) byLooseId.set(looseId(id), id);
  const firstIndex = new Map<string, number>();
  const unused: UnusedEntry[] = [];
  entries.forEach((entry, index) => {
    const id = entry.kpiId.trim();
    if (!known.has(id)) {
      const meant = byLooseId.get(looseId(id));
      const hint = meant === undefined ? "" : `; did you mean ${meant}?`;
      unused.push({
        index,
        reason: `KPI ID ${quoteEntry(id)} is not in the ${registerYear} register${hint}`,
      });
      return;
    }
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else unused.push({ index, reason: `a second row for ${id}; only the first is used`, firstIndex: first });
  });
  return unused;
}
