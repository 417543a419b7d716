import type { ProgressEntry } from "../../../src/core/engine/types";
import { unusedEntries } from "../../../src/core/tracking/unused-entries";

function entry(kpiId: string): ProgressEntry {
  return { kpiId, actual: null, completedOn: null, reportedStatus: null, latestProgress: null };
}

test("an ID retyped with several leading zeros or spaces still names the KPI it probably meant", () => {
  const rows = ["2023-E-002", "2023 - E - 1"].map(entry);
  expect(unusedEntries(rows, ["2023-E-1", "2023-E-2"], 2023)).toEqual([
    { index: 0, reason: 'KPI ID "2023-E-002" is not in the 2023 register; did you mean 2023-E-2?' },
    { index: 1, reason: 'KPI ID "2023 - E - 1" is not in the 2023 register; did you mean 2023-E-1?' },
  ]);
});
