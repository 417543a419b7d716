import type { KpiResult } from "../../../src/core/engine/types";
import { isBlankRow, type ExistingRow } from "../../../src/core/tracking/merge";
import { summariseValidation, type ValidatedRow } from "../../../src/core/tracking/validation-summary";
import type { Status } from "../../../src/core/vocabulary";

function result(kpiId: string, status: Status, reasons: string[] = []): KpiResult {
  return {
    kpiId,
    status,
    reasons,
    expected: null,
    actual: null,
    expectedText: "",
    proposedPhrase: "",
    parts: [],
  };
}

function row(department: string, kpiId: string, status: Status, reasons: string[] = []): ValidatedRow {
  return { department, result: result(kpiId, status, reasons), blank: false };
}

const NONE = {
  invalid: 0,
  "needs-review": 0,
  completed: 0,
  overdue: 0,
  "off-track": 0,
  "on-track": 0,
  "not-reported": 0,
};

const WHERE = { asAt: "2024-06-30", sheetName: "KPIs 2023", tableName: "KpiTracker2023" };

describe("summariseValidation", () => {
  it("counts each status once per row and flags the rows that need attention, in table order", () => {
    const summary = summariseValidation({
      ...WHERE,
      rows: [
        row("FSD", "2023-A-1", "on-track"),
        row("FSD", "2023-A-2", "overdue", ["the deadline 31 Mar 2024 has passed", "nothing reported"]),
        row("HKPF", "2023-B-1", "invalid", ['Actual: "lots" is not a number']),
        row("CSD", "2023-C-1", "completed"),
        row("CSD", "2023-C-2", "needs-review", ["two returns disagree"]),
        row("SB", "2023-D-1", "off-track", ["behind"]),
        row("SB", "2023-D-2", "not-reported", ["nothing reported yet"]),
      ],
    });
    expect(summary).toMatchObject(WHERE);
    expect(summary.total).toBe(7);
    expect(summary.byStatus).toEqual({
      invalid: 1,
      "needs-review": 1,
      completed: 1,
      overdue: 1,
      "off-track": 1,
      "on-track": 1,
      "not-reported": 1,
    });
    expect(summary.flagged).toEqual([
      {
        kpiId: "2023-A-2",
        department: "FSD",
        status: "overdue",
        reason: "the deadline 31 Mar 2024 has passed; nothing reported",
        sheetName: "KPIs 2023",
        tableName: "KpiTracker2023",
      },
      {
        kpiId: "2023-B-1",
        department: "HKPF",
        status: "invalid",
        reason: 'Actual: "lots" is not a number',
        sheetName: "KPIs 2023",
        tableName: "KpiTracker2023",
      },
      {
        kpiId: "2023-C-2",
        department: "CSD",
        status: "needs-review",
        reason: "two returns disagree",
        sheetName: "KPIs 2023",
        tableName: "KpiTracker2023",
      },
      {
        kpiId: "2023-D-1",
        department: "SB",
        status: "off-track",
        reason: "behind",
        sheetName: "KPIs 2023",
        tableName: "KpiTracker2023",
      },
    ]);
  });

  it("counts a row for each department it names, a row naming none under (none), sorted by name", () => {
    const summary = summariseValidation({
      ...WHERE,
      rows: [
        row("HKPF, C&ED", "2023-A-1", "on-track"),
        row(" HKPF ,", "2023-A-2", "overdue"),
        row("", "2023-A-3", "completed"),
        row(" , ", "2023-A-4", "completed"),
      ],
    });
    expect(summary.total).toBe(4);
    expect(summary.byDepartment).toEqual([
      { department: "(none)", counts: { ...NONE, completed: 2 } },
      { department: "C&ED", counts: { ...NONE, "on-track": 1 } },
      { department: "HKPF", counts: { ...NONE, "on-track": 1, overdue: 1 } },
    ]);
    expect(summary.flagged.map((f) => [f.kpiId, f.department])).toEqual([["2023-A-2", " HKPF ,"]]);
  });

  it("leaves blank rows out of every count and of the flagged list", () => {
    const summary = summariseValidation({
      ...WHERE,
      rows: [
        { ...row("FSD", "", "invalid", ["no KPI ID"]), blank: true },
        row("FSD", "2023-A-1", "on-track"),
      ],
    });
    expect(summary.total).toBe(1);
    expect(summary.byStatus).toEqual({ ...NONE, "on-track": 1 });
    expect(summary.byDepartment).toEqual([{ department: "FSD", counts: { ...NONE, "on-track": 1 } }]);
    expect(summary.flagged).toEqual([]);
  });

  it("gives zero counts and no departments for a table with no rows", () => {
    const summary = summariseValidation({ ...WHERE, rows: [] });
    expect(summary.total).toBe(0);
    expect(summary.byStatus).toEqual(NONE);
    expect(summary.byDepartment).toEqual([]);
    expect(summary.flagged).toEqual([]);
  });
});

describe("isBlankRow", () => {
  const existing = (id: string, cells: ExistingRow["cells"]): ExistingRow => ({ id, cells, extra: [] });

  it("is a row with no ID and nothing in any entry column", () => {
    expect(isBlankRow(existing("", {}))).toBe(true);
    expect(
      isBlankRow(existing("", { actual: "", completedOn: null, reportedStatus: "", latestProgress: "" })),
    ).toBe(true);
  });

  it("is not a row with an ID, even with nothing entered", () => {
    expect(isBlankRow(existing("2023-A-1", {}))).toBe(false);
  });

  it("is not a row without an ID where anything was entered, a zero or FALSE included", () => {
    expect(isBlankRow(existing("", { actual: 0 }))).toBe(false);
    expect(isBlankRow(existing("", { completedOn: "2024-03-20" }))).toBe(false);
    expect(isBlankRow(existing("", { reportedStatus: false }))).toBe(false);
    expect(isBlankRow(existing("", { latestProgress: "typed on a blank row" }))).toBe(false);
  });

  it("looks only at the entry columns: read-only cells left behind do not make a KPI", () => {
    expect(isBlankRow(existing("", { department: "FSD", kpi: "Some text", status: "overdue" }))).toBe(true);
  });
});
