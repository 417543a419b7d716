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
  it("writes Expected, Status and Reason for every row, and nothing else, in three round trips", async () => {
    const { model } = await loadedAndTyped();
    const sheet = model.sheet(SHEET)!;
    const before = untouchedCells(sheet.cells);

    const summary = await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    expect(model.syncCount).toBe(3);
    expect(untouchedCells(sheet.cells)).toBe(before);

    // Literal values, checked by hand against docs/status-rules.md (the whole table, row by row, is in
    // validated-register.test.ts with the working): the typed rows and the counts over all 49 rows.
    const records = tableRecords(model, TABLE);
    const byId = Object.fromEntries(records.map((r) => [r.ID, r]));
    const computed = (id: string) => [byId[id].Expected, byId[id].Status, byId[id].Reason];
    expect(computed("2023-A-1")).toEqual(["by 31 Dec 2024", "completed", ""]);
    expect(computed("2023-B-1")).toEqual([
      "about 11 521 participants",
      "off-track",
      "580 of 20 000 participants as at 30 Jun 2024; about 11 521 expected by now (deadline 31 Dec 2024)",
    ]);
    expect(computed("2023-C-2")).toEqual([
      "about 1 large-scale joint exercises",
      "invalid",
      'Actual: "=SUM(A1:A3)" is a formula — type the figure itself, e.g. 1 572',
    ]);
    expect(byId["2023-C-2"].Actual).toBe("=SUM(A1:A3)");
    expect(computed("2023-D-1")).toEqual([
      "about 33 394 citizens",
      "invalid",
      'Actual: "not a number" is not a number — write digits, e.g. 1 572',
    ]);
    expect(computed("2023-D-2")).toEqual([
      "about 149 training sessions",
      "needs-review",
      'Reported status "Task completed." but Actual 0 is below the target of 300 training sessions; ' +
        "0 of 300 training sessions as at 30 Jun 2024; about 149 expected by now (deadline 31 Dec 2024)",
    ]);
    const counts = {
      invalid: 2,
      "needs-review": 1,
      completed: 1,
      overdue: 18,
      "off-track": 1,
      "not-reported": 26,
    };
    const sheetCounts: Record<string, number> = {};
    for (const r of records) sheetCounts[String(r.Status)] = (sheetCounts[String(r.Status)] ?? 0) + 1;
    expect(sheetCounts).toEqual(counts);

    expect(summary.total).toBe(49);
    expect(summary.byStatus).toEqual({ ...counts, "on-track": 0 });
    expect(summary.flagged.map((f) => f.kpiId)).toEqual([
      "2023-B-1",
      "2023-C-2",
      "2023-D-1",
      "2023-D-2",
      "2023-F-1",
      "2023-H-3",
      "2023-I-1",
      "2023-J-1",
      "2023-K-1",
      "2023-M-1",
      "2023-M-2",
      "2023-M-3",
      "2023-M-4",
      "2023-M-5",
      "2023-N-1",
      "2023-N-2",
      "2023-N-3",
      "2023-P-1",
      "2023-Q-2",
      "2023-Q-4",
      "2023-Q-5",
      "2023-R-1",
    ]);
    expect(summary.flagged.find((f) => f.kpiId === "2023-D-1")).toMatchObject({
      status: "invalid",
      tableName: TABLE,
      sheetName: SHEET,
    });
    const fsd = summary.byDepartment.find((d) => d.department === "FSD")!;
    // FSD's 14 KPIs: C-2 and D-1 invalid, D-2 needs review, F-1 and M-5 (milestones of end-2023) overdue.
    expect(fsd.counts).toEqual({
      invalid: 2,
      "needs-review": 1,
      completed: 0,
      overdue: 2,
      "off-track": 0,
      "on-track": 0,
      "not-reported": 9,
    });
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
    expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET]);
    expect(JSON.stringify([...sheet.cells])).toBe(before);
    expect(sheet.protected).toBe(true);
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
