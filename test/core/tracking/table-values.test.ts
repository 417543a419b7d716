import type { MergedRow } from "../../../src/core/tracking/merge";
import type { RegisterRow } from "../../../src/core/tracking/rows";
import type { TableLayout } from "../../../src/core/tracking/table-layout";
import { headerKeys, readExistingRows, toRowValues } from "../../../src/core/tracking/table-values";

const registerRow: RegisterRow = {
  id: "2023-A-1",
  area: "(I) Area",
  measure: "(A) Measure",
  department: "SB",
  kpi: "Hold 10 talks",
  target: "10 talks",
  deadline: "2024-12-31",
};

const merged: MergedRow = {
  id: "2023-A-1",
  origin: "kept",
  register: registerRow,
  entries: { actual: 4, completedOn: "", reportedStatus: "on track", latestProgress: "Four talks held" },
  // What the sheet held before the reload, Validate's columns included.
  previous: {
    expected: "5 by now",
    status: "off-track",
    reason: "behind",
    latestProgress: "old",
    deadline: 1,
  },
  extra: ["call Mr Chan", "weekly"],
  source: 0,
  note: null,
};

const layout: TableLayout = {
  columns: [
    { kind: "ours", key: "id" },
    { kind: "user", header: "Notes" },
    { kind: "ours", key: "deadline" },
    { kind: "ours", key: "latestProgress" },
    { kind: "user", header: "Owner" },
    { kind: "ours", key: "status" },
    { kind: "ours", key: "reason" },
    { kind: "ours", key: "expected" },
  ],
};

describe("a merged row written back into the tracking table", () => {
  it("puts the latest progress typed, the status and reason Validate gave, and the register's deadline as a date serial in their columns", () => {
    // 2024-12-31 is day 45657 of Excel's 1900 date system (2024-03-20 is 45371, 286 days earlier).
    expect(toRowValues(merged, layout)).toEqual([
      "2023-A-1",
      "call Mr Chan",
      45657,
      "Four talks held",
      "weekly",
      "off-track",
      "behind",
      "5 by now",
    ]);
  });

  it("keeps the deadline the sheet held for a KPI no longer in the register", () => {
    const orphan: MergedRow = { ...merged, origin: "orphaned", register: null, note: "no longer listed" };
    expect(toRowValues(orphan, layout).slice(2, 7)).toEqual([
      1,
      "Four talks held",
      "weekly",
      "off-track",
      "no longer listed",
    ]);
  });
});

describe("headerKeys", () => {
  it("knows the add-in's columns by their exact names only", () => {
    expect(headerKeys(["ID", "KPI ID", null, 2024, "Status", "status", "Latest progress "])).toEqual([
      "id",
      null,
      null,
      null,
      "status",
      null,
      null,
    ]);
  });
});

describe("reading the rows of a tracking table", () => {
  const small: TableLayout = {
    columns: [
      { kind: "ours", key: "id" },
      { kind: "ours", key: "actual" },
      { kind: "user", header: "Notes" },
    ],
  };

  it("reads the KPI ID without stray spaces, a formula as its text, and an empty officer's cell as empty text", () => {
    const [row] = readExistingRows(small, [[" 2023-A-1 ", 3, null]], [[" 2023-A-1 ", "=1+2", ""]]);
    expect(row).toEqual({ id: "2023-A-1", cells: { id: " 2023-A-1 ", actual: "=1+2" }, extra: [""] });
  });

  it("reads a row's values where the formulas given stop short of it", () => {
    const rows = readExistingRows(
      small,
      [
        ["2023-A-1", 3, "a"],
        ["2023-A-2", 6, "b"],
      ],
      [["2023-A-1", "=1+2", "a"]],
    );
    expect(rows.map((row) => [row.id, row.cells.actual, row.extra])).toEqual([
      ["2023-A-1", "=1+2", ["a"]],
      ["2023-A-2", 6, ["b"]],
    ]);
  });
});
