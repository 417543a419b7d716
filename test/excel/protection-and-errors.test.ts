import { buildAnnex } from "../../src/core/annex";
import { writeAnnexSheet } from "../../src/excel/annex-sheet";
import { protectedBySomeoneElse } from "../../src/excel/lift-protection";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { TrackingError, describeFailure } from "../../src/excel/office-errors";
import { validateActiveSheet } from "../../src/excel/validate-sheet";
import { installAnnexSupport } from "../excel-double/annex-support";
import { typeInto } from "../excel-double/install";
import { entry, result, smallRegister } from "../core/annex/fixture";
import { AS_AT, installDouble, seedRegister } from "./helpers";

const TABLE = "KpiTracker2023";
const SHEET = "KPIs 2023";

installAnnexSupport();

async function loadedAndProtected(password: string | null) {
  const double = installDouble();
  const register = seedRegister(2023);
  await loadTrackingTable({ register, asAt: AS_AT });
  typeInto(double.model, TABLE, "2023-B-1", "Actual", "about 580");
  const sheet = double.model.sheet(SHEET)!;
  sheet.protected = true;
  sheet.password = password;
  double.model.syncCount = 0;
  return { ...double, register, sheet };
}

describe("a sheet protected with someone else's password", () => {
  it('stops Load in the read phase: nothing written, no "kept" sheet, the plain message', async () => {
    const { model, register, sheet } = await loadedAndProtected("theirs");
    const before = JSON.stringify([...sheet.cells]);
    const error = await loadTrackingTable({ register, asAt: AS_AT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrackingError);
    expect((error as Error).message).toBe(protectedBySomeoneElse(SHEET));
    // Look up, read, unprotect: the write batch never started.
    expect(model.syncCount).toBe(3);
    expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET]);
    expect(JSON.stringify([...sheet.cells])).toBe(before);
    expect(sheet.protected).toBe(true);
    expect(model.enableEvents).toBe(true);
  });

  it("stops Validate in the read phase with the same message", async () => {
    const { model, sheet } = await loadedAndProtected("theirs");
    const before = JSON.stringify([...sheet.cells]);
    const error = await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(protectedBySomeoneElse(SHEET));
    expect(model.syncCount).toBe(3);
    expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET]);
    expect(JSON.stringify([...sheet.cells])).toBe(before);
    expect(sheet.protected).toBe(true);
    expect(model.enableEvents).toBe(true);
  });

  it("lifts the add-in's own protection in a round trip of its own, then protects again", async () => {
    const { model, register, sheet } = await loadedAndProtected(null);
    await loadTrackingTable({ register, asAt: AS_AT });
    expect(model.syncCount).toBe(4);
    expect(sheet.protected).toBe(true);
    model.syncCount = 0;
    await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    expect(model.syncCount).toBe(4);
    expect(sheet.protected).toBe(true);
  });
});

it("switches events back on after a failed write even while a cell is being edited", async () => {
  const { model, register } = await loadedAndProtected(null);
  model.sheet(SHEET)!.protected = false;
  model.cellEditMode = true;
  // Fail inside the write batch, after events were switched off.
  model.failAfterOperations = 5;
  const error = await loadTrackingTable({ register, asAt: AS_AT }).catch((e: unknown) => e);
  expect((error as Error).message).toMatch(/stopped part-way/);
  expect(model.enableEvents).toBe(true);
});

describe("the double raises the error codes Excel raises", () => {
  it("InvalidOperationInCellEditMode while a cell is edited and the run did not ask to wait", async () => {
    const { model } = installDouble();
    model.cellEditMode = true;
    const error = await Excel.run(async (context) => {
      context.workbook.worksheets.add("New");
      await context.sync();
    }).catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe("InvalidOperationInCellEditMode");
    expect(describeFailure(error)).toMatch(/Press Enter or Esc/);
    expect(model.sheet("New")).toBeUndefined();
  });

  it("BadPassword for unprotect without the password, AccessDenied for unprotect of an unprotected sheet", async () => {
    const { model } = installDouble();
    const unprotect = () =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").protection.unprotect();
        await context.sync();
      }).catch((e: { code: string }) => e.code);
    await expect(unprotect()).resolves.toBe("AccessDenied");
    Object.assign(model.sheet("Sheet1")!, { protected: true, password: "theirs" });
    await expect(unprotect()).resolves.toBe("BadPassword");
    expect(model.sheet("Sheet1")!.protected).toBe(true);
  });

  it("MergedRangeConflict for a table over another table", async () => {
    installDouble();
    const error = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.tables.add("A1:B3", true);
      sheet.tables.add("B2:C4", true);
      await context.sync();
    }).catch((e: unknown) => e);
    expect((error as { code: string }).code).toBe("MergedRangeConflict");
  });
});

it("writes the annex sheet through runExcel: an Office failure comes back in plain words", async () => {
  const { model } = installDouble();
  const annex = buildAnnex({
    register: smallRegister,
    asAt: "2024-09-30",
    layout: "progress-report",
    entries: [entry("2023-A-1", { latestProgress: "+5% more =SUM(A1)" })],
    results: [result("2023-A-1", "Task on track.")],
  });
  model.failAfterOperations = 0;
  const error = await writeAnnexSheet(annex).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TrackingError);
  expect((error as Error).message).toMatch(/Excel reported an unexpected error/);
});
