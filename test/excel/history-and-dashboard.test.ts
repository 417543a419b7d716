import { HISTORY_HEADER, HISTORY_SHEET_NAME } from "../../src/core/history/layout";
import { DASHBOARD_SHEET, DASHBOARD_TITLE } from "../../src/core/dashboard";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { setSheetProtection } from "../../src/excel/sheet-protection";
import { validateTrackingTable } from "../../src/excel/validate-sheet";
import { chartSource, sheetCharts } from "../excel-double/charts";
import { RIBBON_RUNTIME } from "../excel-double/host-effects";
import { typeInto } from "../excel-double/install";
import type { SheetModel, WorkbookModel } from "../excel-double/model";
import { AS_AT, installDouble, seedRegister } from "./helpers";

const TABLE = "KpiTracker2023";
const ACTIVE = { kind: "active" } as const;

function rowsOf(sheet: SheetModel): string[][] {
  const used = [...sheet.cells.keys()].map((key) => key.split(",").map(Number));
  const rows = Math.max(...used.map(([r]) => r)) + 1;
  const cols = Math.max(...used.map(([, c]) => c)) + 1;
  return sheet.valuesOf({ row: 0, col: 0, rows, cols }).map((row) => row.map(String));
}

async function loaded(): Promise<WorkbookModel> {
  const { model } = installDouble();
  await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
  return model;
}

const at = (iso: string) => () => new Date(iso);

describe("Validate keeps a history and a dashboard", () => {
  it("appends one snapshot per validation below the last, never rewriting a row, in three round trips", async () => {
    const model = await loaded();
    typeInto(model, TABLE, "2023-B-1", "Actual", "about 580");
    model.syncCount = 0;
    await validateTrackingTable(ACTIVE, { asAt: "2024-06-30", tolerance: 0.1 }, at("2024-07-02T08:00:00Z"));
    expect(model.syncCount).toBe(3);
    const history = model.sheet(HISTORY_SHEET_NAME)!;
    const first = rowsOf(history);
    expect(first[0]).toEqual([...HISTORY_HEADER]);
    expect(first).toHaveLength(1 + 49);
    // Entries are copied as typed, as text.
    expect(first.find((row) => row[2] === "2023-B-1")).toEqual([
      "2024-06-30",
      "2024-07-02 08:00:00 UTC",
      "2023-B-1",
      "about 580",
      "",
      "",
      "off-track",
      "",
    ]);

    typeInto(model, TABLE, "2023-B-1", "Actual", "20000");
    model.syncCount = 0;
    await validateTrackingTable(ACTIVE, { asAt: "2024-09-30", tolerance: 0.1 }, at("2024-10-02T08:00:00Z"));
    expect(model.syncCount).toBe(3);
    const second = rowsOf(history);
    expect(second).toHaveLength(1 + 49 + 49);
    expect(second.slice(0, first.length)).toEqual(first);
    expect(second[50].slice(0, 2)).toEqual(["2024-09-30", "2024-10-02 08:00:00 UTC"]);
  });

  it("appends a snapshot when the ribbon's Validate runs too", async () => {
    const double = installDouble();
    await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
    const { validateFromRibbon } = await import("../../src/commands/commands");
    const completed = jest.fn();
    await double.inRuntime(RIBBON_RUNTIME, () =>
      validateFromRibbon({ completed } as unknown as Office.AddinCommands.Event),
    );
    expect(completed).toHaveBeenCalled();
    expect(rowsOf(double.model.sheet(HISTORY_SHEET_NAME)!)).toHaveLength(1 + 49);
    expect(sheetCharts(double.model.sheet(DASHBOARD_SHEET)!)).toHaveLength(2);
  });

  it("reports the changes since the last validation, worst first", async () => {
    const model = await loaded();
    await validateTrackingTable(ACTIVE, { asAt: "2024-06-30", tolerance: 0.1 }, at("2024-07-02T08:00:00Z"));
    typeInto(model, TABLE, "2023-B-1", "Actual", "20000");
    typeInto(model, TABLE, "2023-D-1", "Actual", "not a number");
    const summary = await validateTrackingTable(
      ACTIVE,
      { asAt: "2024-06-30", tolerance: 0.1 },
      at("2024-07-03T08:00:00Z"),
    );
    const changes = summary.history!.changes;
    expect(changes.previous).toEqual({ asAt: "2024-06-30", validatedAt: "2024-07-02 08:00:00 UTC" });
    expect(changes.changes.map((c) => [c.id, c.from?.status, c.to.status])).toEqual([
      ["2023-D-1", "not-reported", "invalid"],
      ["2023-B-1", "not-reported", "completed"],
    ]);
    expect(summary.history!.snapshots.map((s) => s.counts.invalid)).toEqual([0, 1]);
  });

  it("lifts the history sheet's protection to append and puts it back", async () => {
    const model = await loaded();
    await validateTrackingTable(ACTIVE, { asAt: AS_AT, tolerance: 0.1 }, at("2024-07-02T08:00:00Z"));
    const history = model.sheet(HISTORY_SHEET_NAME)!;
    history.protected = true;
    model.syncCount = 0;
    await validateTrackingTable(ACTIVE, { asAt: AS_AT, tolerance: 0.1 }, at("2024-07-03T08:00:00Z"));
    expect(model.syncCount).toBe(4);
    expect(history.protected).toBe(true);
    expect(rowsOf(history)).toHaveLength(1 + 49 + 49);
  });

  it("refuses before writing anything when the history is protected with someone else's password", async () => {
    const model = await loaded();
    await validateTrackingTable(ACTIVE, { asAt: AS_AT, tolerance: 0.1 }, at("2024-07-02T08:00:00Z"));
    await setSheetProtection(true);
    const history = model.sheet(HISTORY_SHEET_NAME)!;
    Object.assign(history, { protected: true, password: "theirs" });
    const before = JSON.stringify([...model.sheet("KPIs 2023")!.cells]);
    await expect(
      validateTrackingTable(ACTIVE, { asAt: "2024-09-30", tolerance: 0.1 }, at("2024-10-02T08:00:00Z")),
    ).rejects.toThrow(/KPI history/);
    expect(rowsOf(history)).toHaveLength(50);
    expect(JSON.stringify([...model.sheet("KPIs 2023")!.cells])).toBe(before);
    expect(model.sheet("KPIs 2023")!.protected).toBe(true);
  });

  it("leaves an officer's own sheet called KPI history alone and says so", async () => {
    const model = await loaded();
    const own = model.addSheet(HISTORY_SHEET_NAME);
    own.cell(0, 0).value = "My notes";
    const summary = await validateTrackingTable(ACTIVE, { asAt: AS_AT, tolerance: 0.1 });
    expect(rowsOf(own)).toEqual([["My notes"]]);
    expect(summary.history!.notes.join(" ")).toMatch(/"KPI history" that this add-in did not write/);
  });

  it("draws the dashboard: statuses by department and counts across validations, charts pointed at them", async () => {
    const model = await loaded();
    await validateTrackingTable(ACTIVE, { asAt: "2024-06-30", tolerance: 0.1 }, at("2024-07-02T08:00:00Z"));
    await validateTrackingTable(ACTIVE, { asAt: "2024-09-30", tolerance: 0.1 }, at("2024-10-02T08:00:00Z"));
    const dashboard = model.sheet(DASHBOARD_SHEET)!;
    const cells = rowsOf(dashboard);
    expect(cells[0][0]).toBe(DASHBOARD_TITLE);
    const header = cells.findIndex((row) => row[0] === "Department");
    expect(cells[header]).toEqual([
      "Department",
      "invalid",
      "needs-review",
      "completed",
      "overdue",
      "off-track",
      "on-track",
      "not-reported",
    ]);
    // The 2023 register names 8 departments.
    const departments = cells.slice(header + 1).findIndex((row) => row[0] === "");
    expect(departments).toBe(8);
    const historyHeader = cells.findIndex((row) => row[0] === "As at");
    expect(cells.slice(historyHeader + 1, historyHeader + 3).map((row) => row[0])).toEqual([
      "2024-06-30",
      "2024-09-30",
    ]);
    // Counts are numbers, so the charts plot them.
    expect(typeof dashboard.peek(historyHeader + 1, 7)?.value).toBe("number");

    const charts = sheetCharts(dashboard);
    expect(charts.map((c) => [c.name, c.type, c.seriesBy])).toEqual([
      ["KpiStatusByDepartment", "ColumnStacked", "Columns"],
      ["KpiStatusAcrossValidations", "Line", "Columns"],
    ]);
    expect(chartSource(charts[0])).toBe(`A${header + 1}:H${header + 9}`);
    // Overdue (the 4th series) in the red of its row tint, on both charts.
    expect(charts.map((c) => c.seriesColors[3])).toEqual(["#9C0006", "#9C0006"]);
    expect(chartSource(charts[1])).toBe(`A${historyHeader + 1}:H${historyHeader + 3}`);
  });

  it("redraws its own dashboard whole: counts of departments no longer in the table do not linger", async () => {
    const model = await loaded();
    await validateTrackingTable(ACTIVE, { asAt: AS_AT, tolerance: 0.1 });
    const dashboard = model.sheet(DASHBOARD_SHEET)!;
    dashboard.cell(40, 0).value = "stale";
    await validateTrackingTable(ACTIVE, { asAt: AS_AT, tolerance: 0.1 });
    expect(dashboard.peek(40, 0)?.value ?? "").toBe("");
    expect(rowsOf(dashboard)[0][0]).toBe(DASHBOARD_TITLE);
  });

  it("takes back its Dashboard as the command line writes it (title and cells kept, charts left out) and draws both charts again", async () => {
    const model = await loaded();
    const written = model.addSheet(DASHBOARD_SHEET);
    written.cell(0, 0).value = DASHBOARD_TITLE;
    written.cell(2, 0).value = "Department";
    const summary = await validateTrackingTable(ACTIVE, { asAt: AS_AT, tolerance: 0.1 });
    expect(sheetCharts(written).map((chart) => chart.name)).toEqual([
      "KpiStatusByDepartment",
      "KpiStatusAcrossValidations",
    ]);
    expect(rowsOf(written)[0][0]).toBe(DASHBOARD_TITLE);
    expect(summary.history!.notes.join(" ")).not.toMatch(/"Dashboard"/);
  });

  it("keeps an officer's own Dashboard sheet as it was", async () => {
    const model = await loaded();
    const own = model.addSheet(DASHBOARD_SHEET);
    own.cell(0, 0).value = "Team board";
    const summary = await validateTrackingTable(ACTIVE, { asAt: AS_AT, tolerance: 0.1 });
    expect(rowsOf(own)).toEqual([["Team board"]]);
    expect(sheetCharts(own)).toEqual([]);
    expect(summary.history!.notes.join(" ")).toMatch(/"Dashboard" that this add-in did not write/);
  });
});
