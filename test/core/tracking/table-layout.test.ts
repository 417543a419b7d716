import { TRACKING_COLUMNS } from "../../../src/core/tracking/columns";
import {
  computedPositions,
  headerOf,
  positionOf,
  readTableLayout,
  userPositions,
  type TableLayout,
} from "../../../src/core/tracking/table-layout";

const header = TRACKING_COLUMNS.map((column) => column.header);

/** A table an officer rearranged: two columns of their own among the add-in's. */
const rearranged: TableLayout = {
  columns: [
    { kind: "ours", key: "id" },
    { kind: "user", header: "Notes" },
    { kind: "ours", key: "status" },
    { kind: "ours", key: "expected" },
    { kind: "user", header: "Owner" },
    { kind: "ours", key: "reason" },
  ],
};

describe("a tracking table's layout", () => {
  it("writes the header in the table's own order, officers' columns by their names", () => {
    expect(headerOf(rearranged)).toEqual(["ID", "Notes", "Status", "Expected", "Owner", "Reason"]);
  });

  it("finds a column of the add-in's where it was moved to, and -1 where it is not in the table", () => {
    expect(positionOf(rearranged, "status")).toBe(2);
    expect(positionOf(rearranged, "reason")).toBe(5);
    expect(positionOf(rearranged, "actual")).toBe(-1);
  });

  it("places the computed columns (Expected, Status, Reason) where they stand", () => {
    expect(computedPositions(rearranged)).toEqual([3, 2, 5]);
  });

  it("places the officers' own columns, left to right", () => {
    expect(userPositions(rearranged)).toEqual([1, 4]);
  });
});

describe("reading a tracking table's header", () => {
  it("reads an empty header cell as an officer's column with no name", () => {
    const reading = readTableLayout([...header, null]);
    expect(reading.problem).toBeNull();
    expect(reading.layout!.columns.at(-1)).toEqual({ kind: "user", header: "" });
  });

  it("does not name blank header cells among the columns that are not the add-in's", () => {
    const changed = header.map((name) => (name === "Actual" ? "Actual (2024)" : name));
    expect(readTableLayout([...changed, "", "   ", null]).problem).toBe(
      'The KPI table\'s columns have changed (missing or renamed: "Actual"; not the add-in\'s: "Actual (2024)").',
    );
  });

  it("names no officers' columns when none of the add-in's is missing, only one repeated", () => {
    expect(readTableLayout([...header, "Actual", "Notes"]).problem).toBe(
      'The KPI table\'s columns have changed (more than once: "Actual").',
    );
  });

  it("says only which column is missing when the table has no column of an officer's", () => {
    expect(readTableLayout(header.filter((name) => name !== "Actual")).problem).toBe(
      'The KPI table\'s columns have changed (missing or renamed: "Actual").',
    );
  });
});
