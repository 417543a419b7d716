import {
  blocksOfAddress,
  coveredCells,
  notesBesideRows,
  planNotesBeside,
} from "../../../src/core/tracking/surroundings";
import { sheet } from "./sheet-grid";

// A table B4:D7: header on row 4, three body rows (5, 6, 7).
const table = { row: 3, col: 1, rows: 4, cols: 3 };

describe("cells around the table", () => {
  it("sees notes on either side of a body row, not in the header row or the table", () => {
    const grid = sheet({ A6: "left", F7: "right", E4: "beside the header", C5: "in the table" });
    expect(notesBesideRows(grid, table)).toEqual([false, true, true]);
  });

  it("names filled cells the new table would cover that the old one did not hold", () => {
    const grid = sheet({ C5: "in the table", B9: "remark", D10: "signed", E9: "beside" });
    const taller = { ...table, rows: 7 };
    expect(coveredCells(grid, taller, table)).toEqual(["B9", "D10"]);
    expect(coveredCells(grid, table, table)).toEqual([]);
    expect(coveredCells(grid, taller, null)).toEqual(["C5", "B9", "D10"]);
  });

  it("moves notes with the rows they sit beside, and clears where they were", () => {
    const grid = sheet({ E5: "note on first", F7: 12 });
    // New order: old row 2 first, then a new KPI, then old row 0; old row 1 kept last.
    const plan = planNotesBeside(grid, table, [2, null, 0, 1], "load");
    expect(plan.problem).toBeNull();
    expect(plan.move).toEqual([
      {
        rect: { row: 4, col: 4, rows: 4, cols: 2 },
        cells: [
          ["", 12],
          ["", ""],
          ["note on first", ""],
          ["", ""],
        ],
      },
    ]);
  });

  it("writes nothing when no row with a note moves", () => {
    const grid = sheet({ E5: "stays" });
    expect(planNotesBeside(grid, table, [0, 2, 1], "sort")).toEqual({ move: [], problem: null });
  });

  it("refuses to move a formula, and to write moved notes over cells under the table", () => {
    const withFormula = sheet({ E6: "=C6*2" });
    expect(planNotesBeside(withFormula, table, [1, 0, 2], "load").problem).toMatch(
      /formulas beside the table in E6 .*Load cannot move formulas.*then load again/,
    );
    const crowded = sheet({ E5: "note", E8: "below" });
    expect(planNotesBeside(crowded, table, [null, 0, 1, 2], "load").problem).toMatch(/would then cover E8/);
  });

  it("tells an officer who sorted to sort again, not to load", () => {
    const withFormula = sheet({ E5: "note", E6: "=C6*2" });
    expect(planNotesBeside(withFormula, table, [1, 0, 2], "sort").problem).toMatch(
      /formulas beside the table in E6 would no longer .* after this sort, and Sort cannot .*then sort again; nothing was changed/,
    );
  });

  it("refuses to write moving notes across merged cells, and ignores merges away from them", () => {
    const grid = { ...sheet({ E5: "note", F6: "other" }), merged: [{ row: 4, col: 5, rows: 2, cols: 1 }] };
    expect(planNotesBeside(grid, table, [1, 0, 2], "sort").problem).toMatch(
      /but F5:F6 is a merged block\. Unmerge .*then sort again; nothing was changed/,
    );
    const away = { ...sheet({ E5: "note" }), merged: [{ row: 0, col: 0, rows: 1, cols: 4 }] };
    expect(planNotesBeside(away, table, [1, 0, 2], "sort").problem).toBeNull();
  });
});

describe("merged blocks as Excel lists them", () => {
  it("reads each block of an address list, sheet names (quoted or not) skipped", () => {
    expect(blocksOfAddress("'KPIs 2023'!P7:Q8, 'KPIs 2023'!AB12")).toEqual([
      { row: 6, col: 15, rows: 2, cols: 2 },
      { row: 11, col: 27, rows: 1, cols: 1 },
    ]);
    expect(blocksOfAddress("Sheet1!$A$1:$D$1")).toEqual([{ row: 0, col: 0, rows: 1, cols: 4 }]);
  });
});
