import fc from "fast-check";
import type { CellValue } from "../../../src/core/engine/types";
import { TRACKING_COLUMNS, columnIndex } from "../../../src/core/tracking/columns";
import { mergeTrackingRows, type ExistingRow } from "../../../src/core/tracking/merge";
import type { RegisterRow } from "../../../src/core/tracking/rows";
import {
  readExistingRows,
  toTableValues,
  trackingHeaderProblem,
} from "../../../src/core/tracking/table-values";

function registerRow(id: string): RegisterRow {
  return {
    id,
    area: "(I) Area",
    measure: "(A) Measure",
    department: "FSD",
    kpi: `KPI ${id}`,
    target: "10 things",
    deadline: "2024-12-31",
  };
}

const header = TRACKING_COLUMNS.map((column) => column.header);
const ID = columnIndex("id");
const ACTUAL = columnIndex("actual");
const PROGRESS = columnIndex("latestProgress");

/** Simulates load: register rows merged into an empty sheet, as the sheet would hold them. */
function loadFresh(ids: string[]): CellValue[][] {
  return toTableValues(mergeTrackingRows(ids.map(registerRow), []));
}

describe("mergeTrackingRows", () => {
  it("keeps every typed entry through sort and reload, matched by KPI id", () => {
    const sheet = loadFresh(["2023-A-1", "2023-A-2", "2023-B-1"]);
    sheet[0][ACTUAL] = "about 580";
    sheet[2][ACTUAL] = 12;
    sheet[2][PROGRESS] = "Twelve sessions held.";
    const sorted = [sheet[2], sheet[0], sheet[1]];

    const merged = mergeTrackingRows(
      ["2023-A-1", "2023-A-2", "2023-B-1"].map(registerRow),
      readExistingRows(header, sorted),
    );

    expect(merged.map((row) => [row.id, row.origin, row.entries.actual])).toEqual([
      ["2023-A-1", "kept", "about 580"],
      ["2023-A-2", "kept", ""],
      ["2023-B-1", "kept", 12],
    ]);
    expect(merged[2].entries.latestProgress).toBe("Twelve sessions held.");
  });

  it("adds new KPIs and keeps, marks and never deletes KPIs that left the register", () => {
    const sheet = loadFresh(["2023-A-1", "2023-A-2"]);
    sheet[1][ACTUAL] = 40;
    const merged = mergeTrackingRows(
      ["2023-A-1", "2023-C-1"].map(registerRow),
      readExistingRows(header, sheet),
    );

    expect(merged.map((row) => [row.id, row.origin])).toEqual([
      ["2023-A-1", "kept"],
      ["2023-C-1", "new"],
      ["2023-A-2", "orphaned"],
    ]);
    const orphanValues = toTableValues(merged)[2];
    expect(orphanValues[ACTUAL]).toBe(40);
    expect(orphanValues[columnIndex("kpi")]).toBe("KPI 2023-A-2");
    expect(orphanValues[columnIndex("reason")]).toMatch(/no longer in the register/);
  });

  it("keeps a repeated ID and a row with entries but no ID, and drops only empty rows", () => {
    const sheet = loadFresh(["2023-A-1"]);
    const copy = [...sheet[0]];
    copy[ACTUAL] = 7;
    const noId = TRACKING_COLUMNS.map(() => "" as CellValue);
    noId[PROGRESS] = "typed on a blank row";
    const empty = TRACKING_COLUMNS.map(() => "" as CellValue);

    const merged = mergeTrackingRows(
      [registerRow("2023-A-1")],
      readExistingRows(header, [sheet[0], copy, noId, empty]),
    );

    expect(merged).toHaveLength(3);
    expect(merged[1]).toMatchObject({ origin: "orphaned", entries: { actual: 7 } });
    expect(merged[1].note).toMatch(/more than once/);
    expect(merged[2]).toMatchObject({
      origin: "orphaned",
      entries: { latestProgress: "typed on a blank row" },
    });
  });

  it("reads a pasted formula as its formula text instead of its computed value", () => {
    const sheet = loadFresh(["2023-A-1"]);
    sheet[0][ACTUAL] = 42;
    const formulas = sheet.map((row) => [...row]);
    formulas[0][ACTUAL] = "=6*7";
    const [row] = readExistingRows(header, sheet, formulas);
    expect(row.cells.actual).toBe("=6*7");
  });

  it("property: any permutation of any entries survives a reload unchanged", () => {
    const ids = Array.from({ length: 12 }, (_, i) => `2023-A-${i + 1}`);
    const entry = fc.oneof(fc.constant(""), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 1e6 }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(entry, entry), { minLength: ids.length, maxLength: ids.length }),
        fc.array(fc.nat(), { minLength: ids.length, maxLength: ids.length }),
        (typed, sortKeys) => {
          const sheet = loadFresh(ids);
          sheet.forEach((row, i) => {
            row[ACTUAL] = typed[i][0];
            row[PROGRESS] = typed[i][1];
          });
          const order = sheet.map((_, i) => i).sort((a, b) => sortKeys[a] - sortKeys[b] || a - b);
          const shuffled: CellValue[][] = order.map((i) => sheet[i]);
          const merged = mergeTrackingRows(ids.map(registerRow), readExistingRows(header, shuffled));
          const reloaded = toTableValues(merged);
          ids.forEach((id, i) => {
            const row = reloaded.find((values) => values[ID] === id);
            expect(row?.[ACTUAL]).toEqual(typed[i][0]);
            expect(row?.[PROGRESS]).toEqual(typed[i][1]);
          });
        },
      ),
    );
  });
});

describe("readExistingRows", () => {
  it("maps headers in any order and the CSV alias 'KPI ID'", () => {
    const rows: ExistingRow[] = readExistingRows(["Actual", "KPI ID", "Ignored"], [[5, "2023-E-1", "x"]]);
    expect(rows).toEqual([{ id: "2023-E-1", cells: { actual: 5, id: "2023-E-1" } }]);
  });
});

describe("trackingHeaderProblem", () => {
  it("accepts the tracking header in any order", () => {
    expect(trackingHeaderProblem([...header].reverse())).toBeNull();
  });

  it("names a renamed entry column and a column added inside the table", () => {
    const changed: string[] = header.map((name) => (name === "Actual" ? "Actual (2024)" : name));
    changed.splice(5, 0, "Notes");
    expect(trackingHeaderProblem(changed)).toBe(
      'The KPI table\'s columns have changed (missing or renamed: "Actual"; not the add-in\'s: "Notes", "Actual (2024)").',
    );
  });
});
