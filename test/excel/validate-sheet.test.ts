import { validateProgress } from "../../src/core/engine/validate";
import type { ProgressEntry } from "../../src/core/engine/types";
import { TRACKING_COLUMNS } from "../../src/core/tracking/columns";
import { excelSerialFromIso } from "../../src/core/tracking/sheet-layout";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { TrackingError } from "../../src/excel/office-errors";
import { validateActiveSheet } from "../../src/excel/validate-sheet";
import { reorderTableRows, shuffled, tableHeader, tableRecords, typeInto } from "../excel-double/install";
import type { CellModel } from "../excel-double/model";
import { AS_AT, installDouble, seedRegister } from "./helpers";

const TABLE = "KpiTracker2023";
const SHEET = "KPIs 2023";
const COMPUTED = new Set(["Expected", "Status", "Reason"]);

async function loadedAndTyped() {
  const double = installDouble();
  const register = seedRegister(2023);
  await loadTrackingTable({ register, asAt: AS_AT });
  const { model } = double;
  typeInto(model, TABLE, "2023-A-1", "Completed on", excelSerialFromIso("2024-03-20"));
  typeInto(model, TABLE, "2023-B-1", "Actual", "about 580");
  typeInto(model, TABLE, "2023-C-2", "Actual", "=SUM(A1:A3)", 42);
  typeInto(model, TABLE, "2023-D-1", "Actual", "not a number");
  typeInto(model, TABLE, "2023-D-2", "Actual", "0");
  typeInto(model, TABLE, "2023-D-2", "Reported status", "Task completed.");
  model.syncCount = 0;
  return { ...double, register };
}

function entriesFromSheet(records: ReturnType<typeof tableRecords>): ProgressEntry[] {
  return records.map((r) => ({
    kpiId: String(r.ID),
    actual: r.Actual,
    completedOn: r["Completed on"],
    reportedStatus: r["Reported status"],
    latestProgress: r["Latest progress"],
  }));
}

/** Every cell of the sheet outside the computed columns and the as-at cell, for "nothing else changed". */
function untouchedCells(cells: Map<string, CellModel>): string {
  const computedCols = new Set(TRACKING_COLUMNS.flatMap((c, i) => (COMPUTED.has(c.header) ? [i] : [])));
  return JSON.stringify(
    [...cells].filter(([key]) => {
      const [row, col] = key.split(",").map(Number);
      return !(row >= 4 && computedCols.has(col)) && key !== "1,1";
    }),
  );
}

describe("Validate", () => {
  it("writes the engine's Expected, Status and Reason for every row, and nothing else, in three round trips", async () => {
    const { model, register } = await loadedAndTyped();
    const sheet = model.sheet(SHEET)!;
    const before = untouchedCells(sheet.cells);

    const summary = await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    expect(model.syncCount).toBe(3);
    expect(untouchedCells(sheet.cells)).toBe(before);

    const records = tableRecords(model, TABLE);
    const results = validateProgress(register, entriesFromSheet(records), { asAt: AS_AT, tolerance: 0.1 });
    expect(records.map((r) => r.Status)).toEqual(results.map((r) => r.status));
    expect(records.map((r) => r.Expected)).toEqual(results.map((r) => r.expectedText));
    expect(records.map((r) => r.Reason)).toEqual(results.map((r) => r.reasons.join("; ")));

    const byId = Object.fromEntries(records.map((r) => [r.ID, r]));
    expect(byId["2023-C-2"].Status).toBe("invalid");
    expect(byId["2023-C-2"].Actual).toBe("=SUM(A1:A3)");
    expect(byId["2023-D-1"].Status).toBe("invalid");
    expect(summary.total).toBe(49);
    expect(Object.values(summary.byStatus).reduce((a, b) => a + b, 0)).toBe(49);
    expect(summary.byStatus.invalid).toBe(results.filter((r) => r.status === "invalid").length);
    expect(summary.flagged.map((f) => f.kpiId)).toEqual(
      results
        .filter((r) => ["invalid", "needs-review", "overdue", "off-track"].includes(r.status))
        .map((r) => r.kpiId),
    );
    expect(summary.flagged.find((f) => f.kpiId === "2023-D-1")).toMatchObject({
      status: "invalid",
      tableName: TABLE,
      sheetName: SHEET,
    });
    const fsd = summary.byDepartment.find((d) => d.department === "FSD")!;
    expect(Object.values(fsd.counts).reduce((a, b) => a + b, 0)).toBe(14);
  });

  it("keeps each result on its own row after the officers sorted the table", async () => {
    const { model } = await loadedAndTyped();
    reorderTableRows(model, TABLE, shuffled(3));
    await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    const records = tableRecords(model, TABLE);
    expect(records.find((r) => r.ID === "2023-D-1")?.Status).toBe("invalid");
    expect(records.find((r) => r.ID === "2023-C-2")?.Status).toBe("invalid");
    expect(records.find((r) => r.ID === "2023-A-2")?.Status).not.toBe("invalid");
  });

  it("re-applies the status formats instead of adding a second set", async () => {
    const { model } = await loadedAndTyped();
    await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    const rules = model.sheet(SHEET)!.conditionalFormats;
    expect(rules).toHaveLength(5);
    expect(rules.map((r) => r.formula)).toEqual([
      '=$M5="invalid"',
      '=$M5="needs-review"',
      '=$M5="completed"',
      '=$M5="overdue"',
      '=$M5="off-track"',
    ]);
  });

  it("remembers the as-at date and tolerance in the workbook and shows the date above the table", async () => {
    const { model } = await loadedAndTyped();
    await validateActiveSheet({ asAt: "2024-12-31", tolerance: 0.2 });
    expect(model.settings.get("kpiTracker.asAt")).toBe("2024-12-31");
    expect(model.settings.get("kpiTracker.tolerance")).toBe(0.2);
    expect(model.sheet(SHEET)!.peek(1, 1)?.value).toBe(excelSerialFromIso("2024-12-31"));
  });

  it("validates a protected sheet and leaves it protected", async () => {
    const { model } = await loadedAndTyped();
    model.sheet(SHEET)!.protected = true;
    await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    expect(model.sheet(SHEET)!.protected).toBe(true);
    expect(tableRecords(model, TABLE).find((r) => r.ID === "2023-D-1")?.Status).toBe("invalid");
  });

  it("says plainly when the active sheet holds no KPI table", async () => {
    const { model } = await loadedAndTyped();
    model.activeSheet = model.sheet("Sheet1")!;
    await expect(validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 })).rejects.toThrow(
      /no KPI table on the sheet "Sheet1"/,
    );
  });

  it("refuses, writing nothing, when an entry column was renamed (its entries would read as empty)", async () => {
    const { model } = await loadedAndTyped();
    const table = model.table(TABLE)!;
    const col = tableHeader(model, TABLE).indexOf("Completed on");
    table.sheet.cell(table.rect.row, table.rect.col + col).value = "Done on";
    const before = JSON.stringify([...table.sheet.cells]);
    await expect(validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 })).rejects.toThrow(
      /missing or renamed: "Completed on"/,
    );
    expect(JSON.stringify([...table.sheet.cells])).toBe(before);
  });

  it("says plainly when the register is no longer stored in the workbook", async () => {
    const { model } = await loadedAndTyped();
    model.settings.delete("kpiTracker.register.2023");
    await expect(validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 })).rejects.toThrow(
      /Load the register again/,
    );
  });

  it("maps a sheet protected by someone else to plain words and writes nothing", async () => {
    const { model } = await loadedAndTyped();
    const sheet = model.sheet(SHEET)!;
    sheet.protected = true;
    sheet.password = "theirs";
    const before = JSON.stringify([...sheet.cells]);
    const error = await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrackingError);
    expect((error as Error).message).toMatch(/protected/);
    expect(JSON.stringify([...sheet.cells])).toBe(before);
    expect(model.enableEvents).toBe(true);
  });

  it("suspends screen updating for its write (ExcelApi 1.9, below the minimum set)", async () => {
    const { model } = await loadedAndTyped();
    model.apiUsed.clear();
    await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    expect(model.apiUsed.has("suspendScreenUpdatingUntilNextSync")).toBe(true);
  });

  it("rejects an as-at date that is not a date before touching Excel", async () => {
    const { model } = await loadedAndTyped();
    await expect(validateActiveSheet({ asAt: "2024-02-30", tolerance: 0.1 })).rejects.toThrow(/not a date/);
    expect(model.syncCount).toBe(0);
  });
});
