import { trackingSortOrder, type SortKeys } from "../../../src/core/tracking/sort-order";

const row = (id: string, status: string, department: string, deadline: number | string): SortKeys => ({
  id,
  status,
  department,
  deadline,
});

describe("the tracking table's sort order", () => {
  it("puts the worst status first, then department, deadline and ID in natural order", () => {
    const rows = [
      row("2023-A-10", "completed", "FSD", 45291), // 0
      row("2023-A-2", "overdue", "SB", 45291), // 1
      row("2023-A-3", "invalid", "SB", 45657), // 2
      row("2023-A-4", "overdue", "FSD", 45657), // 3
      row("2023-A-5", "overdue", "FSD", 45291), // 4
      row("2023-A-11", "on-track", "CSD", ""), // 5
      row("2023-A-1", "", "CSD", 45000), // 6: not validated yet
      row("2023-A-9", "needs-review", "HKPF", "ongoing"), // 7
      row("2023-A-7", "on-track", "CSD", 45000), // 8
      row("2023-A-6", "overdue", "FSD", 45291), // 9: same as 4 but for ID
    ];
    expect(trackingSortOrder(rows)).toEqual([2, 7, 4, 9, 3, 1, 8, 5, 0, 6]);
  });

  it("keeps rows equal on every key in their order, and sorts an empty table", () => {
    const same = row("2023-B-1", "off-track", "SB", 45291);
    expect(trackingSortOrder([same, { ...same }, { ...same }])).toEqual([0, 1, 2]);
    expect(trackingSortOrder([])).toEqual([]);
  });
});

describe("the tracking table's sort order within one status and department", () => {
  const due = (id: string, deadline: number | string | null): SortKeys => ({
    id,
    status: "on-track",
    department: "SB",
    deadline,
  });

  it("puts dates first, then text, and blank or empty deadlines last", () => {
    const rows = [
      due("2023-A-1", ""),
      due("2023-A-2", "ongoing"),
      due("2023-A-3", null),
      due("2023-A-4", 45000),
    ];
    expect(trackingSortOrder(rows)).toEqual([3, 1, 0, 2]);
  });

  it("puts a date before text that would sort before digits, whichever comes first", () => {
    expect(trackingSortOrder([due("2023-A-1", "(to be set)"), due("2023-A-2", 45000)])).toEqual([1, 0]);
    expect(trackingSortOrder([due("2023-A-1", 45000), due("2023-A-2", "(to be set)")])).toEqual([0, 1]);
  });

  it("orders KPI IDs by their numbers: 2023-A-2 before 2023-A-10", () => {
    expect(trackingSortOrder([due("2023-A-10", 45000), due("2023-A-2", 45000)])).toEqual([1, 0]);
  });

  it("reads a Status cell with stray spaces as its status", () => {
    const rows = [due("2023-A-1", 45000), { ...due("2023-A-2", 45000), status: " overdue " }];
    expect(trackingSortOrder(rows)).toEqual([1, 0]);
  });
});
