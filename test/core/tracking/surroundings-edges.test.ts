import {
  blockOf,
  blocksOfAddress,
  cellAt,
  cellList,
  coveredCells,
  notesBesideRows,
  planNotesBeside,
  type SheetGrid,
} from "../../../src/core/tracking/surroundings";
import { sheet } from "./sheet-grid";

// A table B4:D7: header on row 4, three body rows (5, 6, 7); 0-based rows 3-6, columns 1-3.
const table = { row: 3, col: 1, rows: 4, cols: 3 };

describe("a used range that does not start at A1", () => {
  // The used range C3:D4 (0-based row 2, column 2); D3 holds a formula whose result is 24.
  const grid: SheetGrid = {
    rect: { row: 2, col: 2, rows: 2, cols: 2 },
    values: [
      ["measure", 24],
      ["target", "deadline"],
    ],
    formulas: [
      ["measure", "=C2*2"],
      ["target", "deadline"],
    ],
  };

  it("reads a cell by its place on the sheet, a formula as its text rather than its result", () => {
    expect(cellAt(grid, 2, 2)).toBe("measure");
    expect(cellAt(grid, 3, 3)).toBe("deadline");
    expect(cellAt(grid, 2, 3)).toBe("=C2*2");
  });

  it("reads the cells just outside it as empty", () => {
    expect(cellAt(grid, 1, 2)).toBe("");
    expect(cellAt(grid, 4, 2)).toBe("");
    expect(cellAt(grid, 2, 1)).toBe("");
    expect(cellAt(grid, 2, 4)).toBe("");
  });

  it("reads a block by its place on the sheet, empty where it leaves the used range", () => {
    expect(blockOf(grid, { row: 2, col: 2, rows: 2, cols: 2 })).toEqual([
      ["measure", "=C2*2"],
      ["target", "deadline"],
    ]);
    expect(blockOf(grid, { row: 3, col: 1, rows: 1, cols: 3 })).toEqual([["", "target", "deadline"]]);
  });
});

describe("lists of cells in a message", () => {
  it("names up to six cells in full, and counts the rest", () => {
    expect(cellList(["P7", "P8", "P9", "P10", "P11", "P12"])).toBe("P7, P8, P9, P10, P11, P12");
    expect(cellList(["P7", "P8", "P9", "P10", "P11", "P12", "P13", "P14"])).toBe(
      "P7, P8, P9, P10, P11, P12 and 2 more",
    );
  });
});

describe("merged blocks named by two-letter columns and two-digit rows", () => {
  it("reads the far corner of a block such as A1:AB12", () => {
    // AB is column 28; rows 1 to 12.
    expect(blocksOfAddress("Sheet1!A1:AB12")).toEqual([{ row: 0, col: 0, rows: 12, cols: 28 }]);
  });
});

describe("cells a new table would cover", () => {
  it("counts the cells just above, below, left and right of the old table, not its own header", () => {
    // The old table B4:D7 grows to A2:E8. C4 is its own header; A9 lies under the new table.
    const grid = sheet({ C2: "above", C4: "KPI", A5: "left", E5: "right", B8: "below", A9: "further down" });
    const next = { row: 1, col: 0, rows: 7, cols: 5 };
    expect(coveredCells(grid, next, table)).toEqual(["C2", "A5", "E5", "B8"]);
  });
});

describe("notes beside the table's rows", () => {
  it("does not take the table's first column for a note on its left", () => {
    expect(notesBesideRows(sheet({ B5: "2023-E-1" }), table)).toEqual([false, false, false]);
  });

  it("moves only the columns with notes beside the body rows, not beside the header or under the table", () => {
    // G4 sits beside the header and G8 under the last row: neither widens what moves (column E only).
    const grid = sheet({ E5: "note", G4: "beside the header", G8: "under the table" });
    expect(planNotesBeside(grid, table, [1, 0, 2], "sort")).toEqual({
      move: [{ rect: { row: 4, col: 4, rows: 3, cols: 1 }, cells: [[""], ["note"], [""]] }],
      problem: null,
    });
  });

  it("lets the table grow by a row when the cell it takes is empty, whatever lies below or beside it", () => {
    // A new KPI adds row 8: E8 must be empty; E9 (one row further) and F8 (beside the notes) are not in the way.
    const grid = sheet({ E5: "note", E9: "signed", F8: "checked" });
    expect(planNotesBeside(grid, table, [1, 0, 2, null], "load")).toEqual({
      move: [{ rect: { row: 4, col: 4, rows: 4, cols: 1 }, cells: [[""], ["note"], [""], [""]] }],
      problem: null,
    });
  });

  it("writes back in place a formula whose row does not move", () => {
    const grid = sheet({ E5: "=C5*2", E6: "note" });
    expect(planNotesBeside(grid, table, [0, 2, 1], "sort")).toEqual({
      move: [{ rect: { row: 4, col: 4, rows: 3, cols: 1 }, cells: [["=C5*2"], [""], ["note"]] }],
      problem: null,
    });
  });

  it("names a moving formula by its own cell in a span of several columns", () => {
    const grid = sheet({ E5: "note", F6: "=C6*2" });
    expect(planNotesBeside(grid, table, [1, 0, 2], "load").problem).toMatch(
      /^The formulas beside the table in F6 would no longer sit next to their KPI/,
    );
  });
});

describe("merged cells next to the notes that move", () => {
  // The note in E5 moves down a row, so E5:E7 is written again.
  const moving = sheet({ E5: "note" });

  it("ignores merged blocks that only touch the cells written again", () => {
    const touching = [
      { row: 2, col: 4, rows: 2, cols: 1 }, // E3:E4, ending just above
      { row: 7, col: 4, rows: 2, cols: 1 }, // E8:E9, starting just below
      { row: 4, col: 5, rows: 2, cols: 1 }, // F5:F6, just right
    ];
    for (const block of touching) {
      expect(planNotesBeside({ ...moving, merged: [block] }, table, [1, 0, 2], "sort").problem).toBeNull();
    }
    // With the note in G5 (G5:G7 written again), F5:F6 lies just left.
    const further = { ...sheet({ G5: "note" }), merged: [{ row: 4, col: 5, rows: 2, cols: 1 }] };
    expect(planNotesBeside(further, table, [1, 0, 2], "sort").problem).toBeNull();
  });

  it("names each merged block in the way, on either side of the table", () => {
    const both = sheet({ A5: "left note", E5: "right note" });
    const rightOnly = { ...both, merged: [{ row: 5, col: 4, rows: 2, cols: 1 }] };
    expect(planNotesBeside(rightOnly, table, [1, 0, 2], "sort").problem).toMatch(
      /but E6:E7 is a merged block\. Unmerge/,
    );
    const twoBlocks = {
      ...both,
      merged: [
        { row: 5, col: 0, rows: 2, cols: 1 },
        { row: 5, col: 4, rows: 2, cols: 1 },
      ],
    };
    expect(planNotesBeside(twoBlocks, table, [1, 0, 2], "sort").problem).toMatch(
      /but A6:A7, E6:E7 are merged blocks\. Unmerge/,
    );
  });
});
