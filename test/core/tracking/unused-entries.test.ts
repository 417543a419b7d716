import type { ProgressEntry } from "../../../src/core/engine/types";
import { unusedEntries } from "../../../src/core/tracking/unused-entries";

const IDS = ["2023-E-1", "2023-E-2", "2023-F-1"];

function entry(kpiId: string): ProgressEntry {
  return { kpiId, actual: 1, completedOn: null, reportedStatus: null, latestProgress: null };
}

describe("unusedEntries", () => {
  test("every row of the register's KPIs, once each, is used", () => {
    expect(unusedEntries(IDS.map(entry), IDS, 2023)).toEqual([]);
  });

  test("an unknown, lower-case or mistyped ID is named, with the ID it probably meant", () => {
    const rows = ["2023-Z-9", "2023-e-1", "2023-E-02", "2023–F–1", "2023-E-2"].map(entry);
    expect(unusedEntries(rows, IDS, 2023)).toEqual([
      { index: 0, reason: 'KPI ID "2023-Z-9" is not in the 2023 register' },
      { index: 1, reason: 'KPI ID "2023-e-1" is not in the 2023 register; did you mean 2023-E-1?' },
      { index: 2, reason: 'KPI ID "2023-E-02" is not in the 2023 register; did you mean 2023-E-2?' },
      { index: 3, reason: 'KPI ID "2023–F–1" is not in the 2023 register; did you mean 2023-F-1?' },
    ]);
  });

  test("a second and third row of a KPI point at the first", () => {
    const rows = ["2023-E-1", "2023-E-2", "2023-E-1", " 2023-E-1 "].map(entry);
    expect(unusedEntries(rows, IDS, 2023)).toEqual([
      { index: 2, reason: "a second row for 2023-E-1; only the first is used", firstIndex: 0 },
      { index: 3, reason: "a second row for 2023-E-1; only the first is used", firstIndex: 0 },
    ]);
  });

  test("a long pasted ID is cut to a readable length in the message", () => {
    const pasted = `2023-E-1 ${"see the attached note ".repeat(20)}`;
    const [unused] = unusedEntries([entry(pasted)], IDS, 2023);
    expect(unused.reason.length).toBeLessThan(130);
    expect(unused.reason).toContain('…"');
  });
});
