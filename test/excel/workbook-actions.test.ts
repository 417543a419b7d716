import { TRACKING_COLUMNS } from "../../src/core/tracking/columns";
import {
  computedColumns,
  startLiveValidation,
  touchesOnlyComputedColumns,
} from "../../src/excel/live-validation";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { describeFailure, officeErrorCode, TrackingError } from "../../src/excel/office-errors";
import { selectKpiRow } from "../../src/excel/select-row";
import { readTrackingSettings, saveTrackingSettings } from "../../src/excel/settings";
import {
  PROTECTION_OPTIONS,
  readSheetProtection,
  setSheetProtection,
} from "../../src/excel/sheet-protection";
import type { ValidationSummary } from "../../src/taskpane/workbook-actions";
import {
  insertTableColumn,
  reorderTableRows,
  shuffled,
  tableRecords,
  typeInto,
} from "../excel-double/install";
import { AS_AT, installDouble, seedRegister } from "./helpers";

const TABLE = "KpiTracker2023";
const SHEET = "KPIs 2023";

async function loaded() {
  const double = installDouble();
  await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
  double.model.syncCount = 0;
  return double;
}

describe("sheet protection", () => {
  it("protects without a password and unprotects, reading the state first so a second click is harmless", async () => {
    const { model } = await loaded();
    await expect(readSheetProtection()).resolves.toEqual({
      trackingSheet: true,
      protected: false,
      sheetName: SHEET,
    });
    await expect(setSheetProtection(true)).resolves.toMatchObject({ protected: true });
    const sheet = model.sheet(SHEET)!;
    expect(sheet.protected).toBe(true);
    expect(sheet.password).toBeNull();
    expect(sheet.protectionOptions).toEqual(PROTECTION_OPTIONS);
    await expect(setSheetProtection(true)).resolves.toMatchObject({ protected: true });
    // Officers can still type into entry cells, but not into register or computed columns.
    expect(() => typeInto(model, TABLE, "2023-A-1", "Actual", "5")).not.toThrow();
    expect(() => typeInto(model, TABLE, "2023-A-1", "Status", "completed")).toThrow();
    await expect(setSheetProtection(false)).resolves.toMatchObject({ protected: false });
    await expect(setSheetProtection(false)).resolves.toMatchObject({ protected: false });
    expect(sheet.protected).toBe(false);
  });

  it("reports a sheet without a KPI table", async () => {
    const { model } = await loaded();
    model.activeSheet = model.sheet("Sheet1")!;
    await expect(readSheetProtection()).resolves.toEqual({
      trackingSheet: false,
      protected: false,
      sheetName: "Sheet1",
    });
  });

  it("cannot lift someone else's password and says so", async () => {
    const { model } = await loaded();
    const sheet = model.sheet(SHEET)!;
    Object.assign(sheet, { protected: true, password: "theirs" });
    await expect(setSheetProtection(false)).rejects.toThrow(/protected, perhaps by someone else/);
    expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET]);
    expect(sheet).toMatchObject({ protected: true, password: "theirs" });
  });
});

describe("selecting a flagged row", () => {
  it("finds the KPI by id after sorting and selects its whole table row", async () => {
    const { model } = await loaded();
    reorderTableRows(model, TABLE, shuffled(11));
    await selectKpiRow({ kpiId: "2023-D-1", tableName: TABLE });
    const row = tableRecords(model, TABLE).findIndex((r) => r.ID === "2023-D-1");
    expect(model.selection).toEqual({
      sheet: model.sheet(SHEET),
      rect: { row: 4 + row, col: 0, rows: 1, cols: TRACKING_COLUMNS.length },
    });
    expect(model.activeSheet).toBe(model.sheet(SHEET));
  });

  it("says so when the KPI is gone or the table was renamed", async () => {
    const { model } = await loaded();
    const row = {
      kpiId: "2023-Z-9",
      department: "",
      status: "overdue" as const,
      reason: "",
      sheetName: SHEET,
      tableName: TABLE,
    };
    await expect(selectKpiRow(row)).rejects.toThrow(/no longer in the table/);
    model.table(TABLE)!.name = "Renamed";
    await expect(selectKpiRow({ ...row, kpiId: "2023-A-1" })).rejects.toThrow(/renamed or deleted/);
  });
});

describe("settings", () => {
  it("remembers the as-at date and tolerance, ignoring values that are not usable", async () => {
    const { model } = installDouble();
    await expect(readTrackingSettings()).resolves.toEqual({});
    await saveTrackingSettings({ asAt: "2024-03-31", tolerance: 0.25 });
    await expect(readTrackingSettings()).resolves.toEqual({ asAt: "2024-03-31", tolerance: 0.25 });
    model.settings.set("kpiTracker.asAt", "31/3/2024");
    model.settings.set("kpiTracker.tolerance", 7);
    await expect(readTrackingSettings()).resolves.toEqual({});
  });
});

describe("live re-validation", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("tells computed-column changes from entry changes, by where the header puts the columns", () => {
    const standard = computedColumns(
      TRACKING_COLUMNS.map((c) => c.header),
      0,
    );
    expect(touchesOnlyComputedColumns("'KPIs 2023'!L5:N9", standard)).toBe(true);
    expect(touchesOnlyComputedColumns("M7", standard)).toBe(true);
    expect(touchesOnlyComputedColumns("'KPIs 2023'!H5", standard)).toBe(false);
    expect(touchesOnlyComputedColumns("A5:N5", standard)).toBe(false);

    // The table starts in C and Status was moved to the front: Status is now C, Reason P, Actual K.
    const moved = ["Status", ...TRACKING_COLUMNS.map((c) => c.header).filter((h) => h !== "Status")];
    const elsewhere = computedColumns(moved, 2);
    expect(touchesOnlyComputedColumns("C9", elsewhere)).toBe(true);
    expect(touchesOnlyComputedColumns("O5:P9", elsewhere)).toBe(true);
    expect(touchesOnlyComputedColumns("M7", elsewhere)).toBe(false);
    expect(touchesOnlyComputedColumns("C5:P5", elsewhere)).toBe(false);
  });

  it("tells an entry edit from Validate's own writes in a table whose columns were moved", async () => {
    const double = await loaded();
    const { model } = double;
    // An officer's column inside the table, before Expected: Status is now column N, Reason O.
    insertTableColumn(model, TABLE, 11, "Remarks", () => "");
    const summaries: ValidationSummary[] = [];
    const stop = await startLiveValidation((summary) => summaries.push(summary));
    await double.emitTableChanged(TABLE, `'${SHEET}'!M5:O9`);
    await jest.runAllTimersAsync();
    expect(summaries).toHaveLength(1);
    expect(summaries[0].sheetOutdated).toBeUndefined();
    await double.emitTableChanged(TABLE, `'${SHEET}'!L5`);
    await jest.runAllTimersAsync();
    expect(summaries).toHaveLength(2);
    expect(summaries[1].sheetOutdated).toBe(true);
    await stop();
  });
});

describe("office errors in plain words", () => {
  it.each([
    ["AccessDenied", /protected/],
    ["InvalidOperationInCellEditMode", /Press Enter or Esc/],
    ["BadPassword", /protected/],
    ["MergedRangeConflict", /in the way/],
    ["ItemNotFound", /renamed or deleted/],
    ["RequestPayloadSizeLimitExceeded", /too large/],
    ["SomethingNew", /Excel reported "SomethingNew"/],
  ])("%s", (code, words) => {
    const error = Object.assign(new Error("raw"), { code });
    expect(officeErrorCode(error)).toBe(code);
    expect(describeFailure(error)).toMatch(words);
  });

  it("passes our own refusals through and never shows a bare stack", () => {
    expect(describeFailure(new TrackingError("No KPI table here."))).toBe("No KPI table here.");
    expect(describeFailure(new Error("boom"))).toBe("Something went wrong: boom");
    expect(describeFailure("??")).toBe("Something went wrong.");
  });
});
