import type { CellValue } from "../../src/core/tracking/cell-value";
import { LIST_SHEET_HEADERS } from "../../src/core/register/list-sheet";
import { LIST_READING_SETTING, readKpiListSheet } from "../../src/excel/kpi-list-sheet";
import { registerSettingKey } from "../../src/excel/settings";
import type { ExcelDouble } from "../excel-double/install";
import type { SheetModel } from "../excel-double/model";
import { enterString } from "../excel-double/value-parsing";
import { installDouble } from "./helpers";

const REQUEST = { year: 2024, announced: "2024-01-01", save: false };
const LIST = [
  ["Area", "Measure", "Department", "KPI"],
  ["Safer Streets", "Fire safety", "FSD", "The FSD will conduct 750 proactive inspections by end-2024."],
  ["", "", "", "Hold 40 drills with the Police."],
  ["", "", "", "Open a new depot by end-2025."],
];

/** The officer pastes or types: strings are read as Excel reads typing into General cells. */
function paste(sheet: SheetModel, rows: CellValue[][], top = 0, left = 0): void {
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "" || value === null) return;
      const cell = sheet.cell(top + r, left + c);
      if (typeof value === "string") {
        const entered = enterString(value, cell.numberFormat);
        cell.value = entered.value;
        cell.formula = entered.formula;
      } else cell.value = value;
    }),
  );
}

let double: ExcelDouble;
let sheet: SheetModel;
beforeEach(() => {
  double = installDouble();
  sheet = double.model.activeSheet;
});

describe("readKpiListSheet", () => {
  it("writes the readings beside the list as text in two syncs, and only those cells", async () => {
    paste(sheet, LIST, 1, 1);
    const before = sheet.valuesOf({ row: 1, col: 1, rows: 4, cols: 4 });
    const outcome = await readKpiListSheet(REQUEST);
    expect(outcome).toMatchObject({ sheetName: "Sheet1", kpis: 3, needsReading: 1, saved: false });
    expect(double.model.syncCount).toBe(2);
    expect(sheet.valuesOf({ row: 1, col: 1, rows: 4, cols: 4 })).toEqual(before);
    expect(sheet.valuesOf({ row: 1, col: 5, rows: 1, cols: 8 })).toEqual([LIST_SHEET_HEADERS]);
    expect(sheet.valuesOf({ row: 2, col: 5, rows: 3, cols: 3 })).toEqual([
      ["2024-A-1: count: 750 proactive inspections by 31 Dec 2024", "by 31 Dec 2024", ""],
      [
        "2024-A-2: not read (no target)",
        "none",
        '2024-A-2 needs reading: "40 drills" has no deadline in the text',
      ],
      ["2024-A-3: milestone by 31 Dec 2025", "by 31 Dec 2025", ""],
    ]);
    expect(sheet.peek(2, 6)?.numberFormat).toBe("@");
    // Nothing written in the officer's correction cells.
    expect(sheet.peek(2, 8)).toBeUndefined();
    expect(double.model.settings.has(registerSettingKey(2024))).toBe(false);
  });

  it("takes a correction typed as a date (a serial number in Excel) on Read again, and saves the register", async () => {
    paste(sheet, LIST);
    await readKpiListSheet(REQUEST);
    // Kind, quantity, unit, baseline, deadline beside "Hold 40 drills…"; the date becomes a number.
    paste(sheet, [["count", "40", "drills", "", "2024-12-31"]], 2, 7);
    expect(typeof sheet.peek(2, 11)?.value).toBe("number");
    const outcome = await readKpiListSheet({ ...REQUEST, save: true });
    expect(outcome).toMatchObject({ kpis: 3, needsReading: 0, overrideProblems: 0, saved: true });
    expect(sheet.valuesOf({ row: 2, col: 4, rows: 1, cols: 3 })).toEqual([
      ["2024-A-2: count: 40 drills by 31 Dec 2024", "by 31 Dec 2024", ""],
    ]);
    const stored = double.model.settings.get(registerSettingKey(2024)) as { year: number };
    expect(stored.year).toBe(2024);
    expect(JSON.stringify(stored)).toContain('"unit":"drills"');
  });

  it("refuses, writing nothing, when a reading cell holds the officer's text", async () => {
    paste(sheet, LIST);
    paste(sheet, [["my own note"]], 3, 4);
    await expect(readKpiListSheet(REQUEST)).rejects.toThrow(/The cells E4 hold something/);
    expect(sheet.peek(0, 4)).toBeUndefined();
    expect(double.model.settings.has(LIST_READING_SETTING)).toBe(false);
    expect(double.model.syncCount).toBe(1);
  });

  it("refuses an empty sheet and a list with no KPI rows, writing nothing", async () => {
    await expect(readKpiListSheet(REQUEST)).rejects.toThrow(/This sheet is empty/);
    paste(sheet, [LIST[0], ["Safer Streets", "Fire safety"]]);
    await expect(readKpiListSheet(REQUEST)).rejects.toThrow("The list has no KPI rows to read.");
    expect(sheet.peek(0, 4)).toBeUndefined();
  });
});
