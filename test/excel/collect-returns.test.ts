import { HISTORY_SHEET_NAME } from "../../src/core/history/layout";
import type { DepartmentReturn } from "../../src/core/returns/department-return";
import { collectReturns } from "../../src/excel/collect-returns";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { setSheetProtection } from "../../src/excel/sheet-protection";
import { validateActiveSheet } from "../../src/excel/validate-sheet";
import { tableRecords, typeInto } from "../excel-double/install";
import type { WorkbookModel } from "../excel-double/model";
import { AS_AT, installDouble, seedRegister } from "./helpers";

const TABLE = "KpiTracker2023";
const RECEIVED = "2024-07-01T09:30:00.000Z";

function entry(id: string, actual: string, latestProgress = "") {
  return { id, actual, completedOn: "", reportedStatus: "", latestProgress };
}

/** Three returns: FSD's and SB's workbooks, and a CSV naming no department that disagrees with FSD on 2023-D-2. */
const RETURNS: DepartmentReturn[] = [
  {
    source: "kpi-return-2023-FSD.xlsx",
    department: "FSD",
    receivedAt: RECEIVED,
    entries: [entry("2023-D-1", "40000"), entry("2023-D-2", "120"), entry("2023-B-1", "999")],
  },
  {
    source: "kpi-return-2023-SB.xlsx",
    department: "SB",
    receivedAt: RECEIVED,
    entries: [entry("2023-B-1", "about 580", "Recruitment drive in June"), entry("2099-Z-9", "1")],
  },
  {
    source: "late-figures.csv",
    department: null,
    receivedAt: RECEIVED,
    entries: [entry("2023-D-2", "150")],
  },
];

async function loaded(): Promise<WorkbookModel> {
  const { model } = installDouble();
  await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
  return model;
}

function byId(model: WorkbookModel): Record<string, Record<string, unknown>> {
  return Object.fromEntries(tableRecords(model, TABLE).map((r) => [r.ID, r]));
}

describe("Collect returns", () => {
  it("merges three returns by KPI ID in three round trips, marks the conflict and refuses what is not theirs", async () => {
    const model = await loaded();
    typeInto(model, TABLE, "2023-D-1", "Actual", "35000");
    typeInto(model, TABLE, "2023-D-2", "Actual", "100");
    model.syncCount = 0;

    const outcome = await collectReturns({ returns: RETURNS }, () => new Date("2024-07-02T08:00:00Z"));
    expect(model.syncCount).toBe(3);
    expect(outcome.summary.merged).toBe(2);
    expect(outcome.summary.unchanged).toBe(0);
    expect(outcome.summary.conflicts.map((c) => [c.id, c.values.map((v) => v.actual)])).toEqual([
      ["2023-D-2", ["120", "150"]],
    ]);
    expect(outcome.summary.refused.map((r) => [r.source, r.id])).toEqual([
      ["kpi-return-2023-FSD.xlsx", "2023-B-1"],
      ["kpi-return-2023-SB.xlsx", "2099-Z-9"],
    ]);

    const rows = byId(model);
    expect(rows["2023-D-1"].Actual).toBe("40000");
    expect(rows["2023-D-1"].Source).toBe("kpi-return-2023-FSD.xlsx, 2024-07-01 09:30 UTC");
    expect(rows["2023-B-1"].Actual).toBe("about 580");
    expect(rows["2023-B-1"]["Latest progress"]).toBe("Recruitment drive in June");
    // The conflict writes no figure: the officer's 100 stays, and Source says who said what.
    expect(rows["2023-D-2"].Actual).toBe("100");
    expect(String(rows["2023-D-2"].Source)).toMatch(/^Returns disagree: .*"120".*"150"/);
    // A row no return touched keeps its blank Source.
    expect(rows["2023-A-1"].Source).toBe("");
  });

  it("keeps the entries it replaces in the KPI history, so an officer's figure is never lost", async () => {
    const model = await loaded();
    typeInto(model, TABLE, "2023-D-1", "Actual", "35000");
    await collectReturns({ returns: RETURNS }, () => new Date("2024-07-02T08:00:00Z"));
    const history = model.sheet(HISTORY_SHEET_NAME)!;
    const rows = history.valuesOf({ row: 0, col: 0, rows: 4, cols: 8 });
    expect(rows[0].slice(0, 3)).toEqual(["As at", "Validated at", "ID"]);
    expect(rows.slice(1).filter((r) => r[2] !== "")).toEqual([
      [
        AS_AT,
        "2024-07-02 08:00:00 UTC",
        "2023-B-1",
        "",
        "",
        "",
        "",
        "Replaced by kpi-return-2023-SB.xlsx, 2024-07-01 09:30 UTC",
      ],
      [
        AS_AT,
        "2024-07-02 08:00:00 UTC",
        "2023-D-1",
        "35000",
        "",
        "",
        "",
        "Replaced by kpi-return-2023-FSD.xlsx, 2024-07-01 09:30 UTC",
      ],
    ]);
  });

  it("makes the conflicting KPI needs-review when validated", async () => {
    await loaded();
    await collectReturns({ returns: RETURNS });
    const summary = await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    const flagged = summary.flagged.find((row) => row.kpiId === "2023-D-2");
    expect(flagged?.status).toBe("needs-review");
    expect(flagged?.reason).toMatch(/Returns disagree/);
  });

  it("writes nothing when no return changes anything, in two round trips", async () => {
    const model = await loaded();
    typeInto(model, TABLE, "2023-D-1", "Actual", "40000");
    const before = JSON.stringify([...model.sheet("KPIs 2023")!.cells]);
    model.syncCount = 0;
    const outcome = await collectReturns({
      returns: [{ ...RETURNS[0], entries: [entry("2023-D-1", "40000")] }],
    });
    expect(outcome.summary).toEqual({ merged: 0, unchanged: 1, conflicts: [], refused: [] });
    expect(model.syncCount).toBe(2);
    expect(JSON.stringify([...model.sheet("KPIs 2023")!.cells])).toBe(before);
    expect(model.sheet(HISTORY_SHEET_NAME)).toBeUndefined();
  });

  it("lifts the add-in's protection for the write and puts it back", async () => {
    const model = await loaded();
    await setSheetProtection(true);
    model.syncCount = 0;
    await collectReturns({ returns: RETURNS });
    expect(model.syncCount).toBe(4);
    expect(model.sheet("KPIs 2023")!.protected).toBe(true);
    expect(byId(model)["2023-D-1"].Actual).toBe("40000");
  });
});
