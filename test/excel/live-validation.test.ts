import { LIVE_DELAY_MS, startLiveValidation } from "../../src/excel/live-validation";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { saveTrackingSettings } from "../../src/excel/settings";
import { setSheetProtection } from "../../src/excel/sheet-protection";
import type { ValidationSummary } from "../../src/taskpane/workbook-actions";
import { validateActiveSheet, validateTrackingTable } from "../../src/excel/validate-sheet";
import { RIBBON_RUNTIME } from "../excel-double/host-effects";
import { tableRecords, typeInto } from "../excel-double/install";
import { AS_AT, installDouble, seedRegister } from "./helpers";

const TABLE = "KpiTracker2023";
const REQUEST = { asAt: "2024-06-30", tolerance: 0.1 };

/** A validated, protected table, as an officer finds it: nothing to undo yet. */
async function protectedAndValidated() {
  const double = installDouble();
  await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
  await saveTrackingSettings(REQUEST);
  await validateActiveSheet(REQUEST);
  await setSheetProtection(true);
  return double;
}

const statusOf = (double: ReturnType<typeof installDouble>, id: string) =>
  tableRecords(double.model, TABLE).find((r) => r.ID === id)?.Status;

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("live re-validation keeps the officer's undo", () => {
  it("re-checks once after a burst of edits, in memory: the pane learns, the sheet and the undo stack stay", async () => {
    const double = await protectedAndValidated();
    const statusBefore = statusOf(double, "2023-D-1");
    const summaries: ValidationSummary[] = [];
    const stop = await startLiveValidation((summary) => summaries.push(summary));

    const address = typeInto(double.model, TABLE, "2023-D-1", "Actual", "not a number");
    const officerEdit = [...double.model.undoStack];
    await double.emitTableChanged(TABLE, address);
    await double.emitTableChanged(TABLE, address);
    await jest.advanceTimersByTimeAsync(LIVE_DELAY_MS - 50);
    expect(summaries).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(100);
    await jest.runAllTimersAsync();

    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ asAt: REQUEST.asAt, sheetOutdated: true });
    expect(summaries[0].flagged.find((f) => f.kpiId === "2023-D-1")?.status).toBe("invalid");
    expect(officerEdit).toEqual([{ by: "officer", what: expect.stringContaining(address) }]);
    expect(double.model.undoStack).toEqual(officerEdit);
    expect(double.model.sheet("KPIs 2023")!.protected).toBe(true);
    expect(statusOf(double, "2023-D-1")).toBe(statusBefore);
    await stop();
    expect(double.model.table(TABLE)!.handlers).toHaveLength(0);
  });

  it("the old path, validating with writes on each edit, would have cost the officer their undo", async () => {
    const double = await protectedAndValidated();
    typeInto(double.model, TABLE, "2023-D-1", "Actual", "not a number");
    await validateTrackingTable({ kind: "named", tableName: TABLE }, REQUEST);
    // Lifting and restoring the protection to write cleared the stack, the officer's edit with it.
    expect(double.model.undoStack.some((step) => step.by === "officer")).toBe(false);

    await setSheetProtection(false);
    typeInto(double.model, TABLE, "2023-D-2", "Actual", "5");
    await validateTrackingTable({ kind: "named", tableName: TABLE }, REQUEST);
    // Unprotected, the writes still put steps in front of the edit: Undo would undo them first.
    expect(double.model.undoStack.at(-1)?.by).toBe("add-in");
  });

  it("ignores remote co-authors' edits", async () => {
    const double = await protectedAndValidated();
    const summaries: ValidationSummary[] = [];
    await startLiveValidation((summary) => summaries.push(summary));
    await double.emitTableChanged(TABLE, "'KPIs 2023'!H10", "Remote");
    await jest.runAllTimersAsync();
    expect(summaries).toHaveLength(0);
  });
});

describe("events from the ribbon's runtime", () => {
  it("the ribbon's Validate reaches the pane's handler, which then shows the sheet as up to date", async () => {
    const double = await protectedAndValidated();
    const summaries: ValidationSummary[] = [];
    await startLiveValidation((summary) => summaries.push(summary));
    const address = typeInto(double.model, TABLE, "2023-D-1", "Actual", "not a number");
    await double.emitTableChanged(TABLE, address);
    await jest.runAllTimersAsync();
    expect(summaries.at(-1)?.sheetOutdated).toBe(true);

    // The ribbon switches events off in its own runtime only (Excel.Runtime.enableEvents).
    await double.inRuntime(RIBBON_RUNTIME, () => validateActiveSheet(REQUEST));
    await double.settleEvents();
    await jest.runAllTimersAsync();
    expect(statusOf(double, "2023-D-1")).toBe("invalid");
    expect(summaries).toHaveLength(2);
    expect(summaries[1].sheetOutdated).toBeUndefined();
    expect(summaries[1].flagged.find((f) => f.kpiId === "2023-D-1")?.status).toBe("invalid");
  });
});
