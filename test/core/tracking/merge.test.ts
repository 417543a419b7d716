import fc from "fast-check";
import type { CellValue } from "../../../src/core/tracking/cell-value";
import { TRACKING_COLUMNS, columnIndex } from "../../../src/core/tracking/columns";
import { mergeTrackingRows, type ExistingRow } from "../../../src/core/tracking/merge";
import type { RegisterRow } from "../../../src/core/tracking/rows";
import { STANDARD_LAYOUT, readTableLayout } from "../../../src/core/tracking/table-layout";
import {
  readExistingRows,
  toTableValues,
  trackingHeaderProblem,
} from "../../../src/core/tracking/table-values";
import { mutationScaled } from "../../mutation/runs";

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
      readExistingRows(STANDARD_LAYOUT, sorted),
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
      readExistingRows(STANDARD_LAYOUT, sheet),
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
      readExistingRows(STANDARD_LAYOUT, [sheet[0], copy, noId, empty]),
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
    const [row] = readExistingRows(STANDARD_LAYOUT, sheet, formulas);
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
          const merged = mergeTrackingRows(ids.map(registerRow), readExistingRows(STANDARD_LAYOUT, shuffled));
          const reloaded = toTableValues(merged);
          ids.forEach((id, i) => {
            const row = reloaded.find((values) => values[ID] === id);
            expect(row?.[ACTUAL]).toEqual(typed[i][0]);
            expect(row?.[PROGRESS]).toEqual(typed[i][1]);
          });
        },
      ),
      { numRuns: mutationScaled(100) },
    );
  });
});

describe("rows the register cannot account for", () => {
  function existing(id: string, cells: Partial<Record<string, CellValue>>, extra: CellValue[] = []) {
    return { id, cells: { id, ...cells }, extra };
  }

  it("keeps a row with no ID but text in any column, its own columns or beside it; drops an empty one", () => {
    const merged = mergeTrackingRows(
      [registerRow("2023-A-1")],
      [
        existing("", { area: "typed in Area" }),
        existing("", {}, ["own column"]),
        { ...existing("", {}), notesBeside: true },
        existing("", { reason: "" }, [""]),
      ],
    );
    expect(merged.map((row) => [row.origin, row.source])).toEqual([
      ["new", null],
      ["orphaned", 0],
      ["orphaned", 1],
      ["orphaned", 2],
    ]);
    expect(merged[1].note).toMatch(/No KPI ID on this row/);
    expect(merged[2].extra).toEqual(["own column"]);
  });

  it("keeps apart a row whose ID the register now gives to another KPI, with its entries", () => {
    const merged = mergeTrackingRows(
      [registerRow("2023-A-1"), registerRow("2023-A-2")],
      [
        existing("2023-A-1", { kpi: "An earlier KPI", actual: 40 }),
        existing("2023-A-2", { kpi: "An earlier KPI too" }),
      ],
    );
    expect(merged.map((row) => [row.id, row.origin, row.entries.actual])).toEqual([
      ["2023-A-1", "new", ""],
      ["2023-A-2", "new", ""],
      ["2023-A-1", "renumbered", 40],
    ]);
    expect(merged[2].note).toMatch(/now gives 2023-A-1 to another KPI \("KPI 2023-A-1"\)/);
    expect(merged[2].previous.kpi).toBe("An earlier KPI");
  });

  it("matches the row that still shows the KPI when a renumbered copy stands before it", () => {
    const merged = mergeTrackingRows(
      [registerRow("2023-A-1")],
      [
        existing("2023-A-1", { kpi: "Old", actual: 1 }),
        existing("2023-A-1", { kpi: "KPI  2023-A-1 ", actual: 2 }),
      ],
    );
    expect(merged.map((row) => [row.origin, row.entries.actual, row.source])).toEqual([
      ["kept", 2, 1],
      ["renumbered", 1, 0],
    ]);
  });
});

describe("readExistingRows", () => {
  it("finds the add-in's columns wherever they were moved, and keeps every other column as the officer's", () => {
    const moved = ["Actual", "My notes", ...header.filter((name) => name !== "Actual")];
    const reading = readTableLayout(moved);
    expect(reading.problem).toBeNull();
    const row: CellValue[] = moved.map((name) => (name === "ID" ? "2023-E-1" : name === "Actual" ? 5 : ""));
    row[1] = "call Mr Chan";
    const [read] = readExistingRows(reading.layout!, [row]);
    expect(read.id).toBe("2023-E-1");
    expect(read.cells.actual).toBe(5);
    expect(read.extra).toEqual(["call Mr Chan"]);
  });

  it("does not take 'KPI ID' or 'Latest progress ' (trailing space) for the add-in's columns", () => {
    const withOwn = [...header, "KPI ID", "Latest progress "];
    const reading = readTableLayout(withOwn);
    const row: CellValue[] = withOwn.map((name) =>
      name === "ID" ? "2023-E-1" : name === "Latest progress" ? "ours" : name === "KPI ID" ? "E1" : "",
    );
    row[row.length - 1] = "theirs";
    const [read] = readExistingRows(reading.layout!, [row]);
    expect(read).toMatchObject({ id: "2023-E-1", extra: ["E1", "theirs"] });
    expect(read.cells.latestProgress).toBe("ours");
  });
});

describe("toTableValues in a table with officers' columns", () => {
  it("writes each officer's column back in its place with the row it belongs to, after the rows were sorted", () => {
    const layout = readTableLayout(["ID", "Progress note", ...header.slice(1)]).layout!;
    const sheet = [
      ["2023-A-2", "note for A-2", ...loadFresh(["2023-A-2"])[0].slice(1)],
      ["2023-A-1", "note for A-1", ...loadFresh(["2023-A-1"])[0].slice(1)],
    ];
    const merged = mergeTrackingRows(
      ["2023-A-1", "2023-A-2"].map(registerRow),
      readExistingRows(layout, sheet),
    );
    const written = toTableValues(merged, layout);
    expect(written.map((row) => [row[0], row[1]])).toEqual([
      ["2023-A-1", "note for A-1"],
      ["2023-A-2", "note for A-2"],
    ]);
    expect(written[0][2 + columnIndex("kpi") - 1]).toBe("KPI 2023-A-1");
  });
});

describe("trackingHeaderProblem", () => {
  it("accepts the tracking header in any order", () => {
    expect(trackingHeaderProblem([...header].reverse())).toBeNull();
  });

  it("accepts columns officers added inside the table", () => {
    expect(trackingHeaderProblem([...header, "KPI ID", "Column1"])).toBeNull();
  });

  it("names a renamed entry column, and the columns that are not the add-in's (spaces and case count)", () => {
    const changed: string[] = header.map((name) =>
      name === "Actual" ? "Actual (2024)" : name === "Latest progress" ? "latest progress " : name,
    );
    expect(trackingHeaderProblem(changed)).toBe(
      'The KPI table\'s columns have changed (missing or renamed: "Actual", "Latest progress"; ' +
        'not the add-in\'s: "Actual (2024)", "latest progress ").',
    );
  });

  it("names a column of the add-in's that appears twice", () => {
    expect(trackingHeaderProblem([...header, "Actual"])).toBe(
      'The KPI table\'s columns have changed (more than once: "Actual").',
    );
  });
});

describe("the Source column", () => {
  const SOURCE = columnIndex("source");

  it("is kept by a reload, like the entries, matched by KPI id after a sort", () => {
    const sheet = loadFresh(["2023-A-1", "2023-A-2"]);
    sheet[1][SOURCE] = "FSD.xlsx, 2026-11-27 09:05 UTC";
    const merged = mergeTrackingRows(
      ["2023-A-1", "2023-A-2"].map(registerRow),
      readExistingRows(STANDARD_LAYOUT, [sheet[1], sheet[0]]),
    );
    expect(toTableValues(merged).map((row) => [row[ID], row[SOURCE]])).toEqual([
      ["2023-A-1", ""],
      ["2023-A-2", "FSD.xlsx, 2026-11-27 09:05 UTC"],
    ]);
  });

  it("may be missing from a table made before it existed; the table is read and rewritten without it", () => {
    const older = header.filter((name) => name !== "Source");
    const reading = readTableLayout(older);
    expect(reading.problem).toBeNull();
    const row = older.map((name) => (name === "ID" ? "2023-A-1" : name === "Actual" ? 7 : ""));
    const merged = mergeTrackingRows([registerRow("2023-A-1")], readExistingRows(reading.layout!, [row]));
    const [written] = toTableValues(merged, reading.layout!);
    expect(written).toHaveLength(older.length);
    expect(written[older.indexOf("Actual")]).toBe(7);
  });

  it("is still required once, like the add-in's other columns: a second Source column stops the reading", () => {
    expect(trackingHeaderProblem([...header, "Source"])).toContain('more than once: "Source"');
  });
});

describe("mergeTrackingRows, the edges an officer's sheet brings", () => {
  function existing(id: string, cells: ExistingRow["cells"]): ExistingRow {
    return { id, cells, extra: [] };
  }

  it("matches an ID typed with spaces around it, and keeps it trimmed", () => {
    const merged = mergeTrackingRows([registerRow("2023-A-1")], [existing("  2023-A-1 ", { actual: 7 })]);
    expect(merged.map((row) => [row.id, row.origin, row.entries.actual])).toEqual([["2023-A-1", "kept", 7]]);
  });

  it("keeps an orphan's ID trimmed", () => {
    const merged = mergeTrackingRows([], [existing(" 2019-Z-9 ", { actual: 3 })]);
    expect(merged.map((row) => [row.id, row.origin])).toEqual([["2019-Z-9", "orphaned"]]);
  });

  it("reads an empty (null) cell as an empty entry, not as null", () => {
    const merged = mergeTrackingRows(
      [registerRow("2023-A-1")],
      [existing("2023-A-1", { actual: null, latestProgress: "Done." })],
    );
    expect(merged[0].entries).toEqual({
      actual: "",
      completedOn: "",
      reportedStatus: "",
      latestProgress: "Done.",
    });
  });

  it("gives a new KPI no columns of the officer's", () => {
    const merged = mergeTrackingRows([registerRow("2023-A-1")], []);
    expect(merged[0].extra).toEqual([]);
  });

  it("quotes the register's new KPI in full up to 60 characters, and cut to 57 and '...' beyond", () => {
    const renumbered = (kpi: string) =>
      mergeTrackingRows(
        [{ ...registerRow("2023-A-1"), kpi }],
        [existing("2023-A-1", { kpi: "The earlier KPI", actual: 5 })],
      )[1].note;
    const sixty = "x".repeat(60);
    expect(renumbered(sixty)).toContain(`("${sixty}")`);
    expect(renumbered(`${sixty}y`)).toContain(`("${"x".repeat(57)}...")`);
  });
});
