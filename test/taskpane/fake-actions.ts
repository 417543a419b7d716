import { STATUSES, type Status } from "../../src/core/vocabulary";
import type { ValidationSummary, WorkbookActions } from "../../src/taskpane/workbook-actions";

export function counts(partial: Partial<Record<Status, number>>): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, partial[s] ?? 0])) as Record<Status, number>;
}

export const SUMMARY: ValidationSummary = {
  asAt: "2024-06-30",
  sheetName: "KPIs 2023",
  tableName: "KpiTracker2023",
  total: 5,
  byStatus: counts({ overdue: 1, "off-track": 1, invalid: 1, completed: 1, "not-reported": 1 }),
  byDepartment: [
    { department: "FSD", counts: counts({ overdue: 1, completed: 1 }) },
    { department: "SB", counts: counts({ "off-track": 1, invalid: 1, "not-reported": 1 }) },
  ],
  flagged: [
    {
      kpiId: "2023-D-1",
      department: "FSD",
      status: "overdue",
      reason: "Deadline passed",
      sheetName: "KPIs 2023",
      tableName: "KpiTracker2023",
    },
    {
      kpiId: "2023-B-1",
      department: "SB",
      status: "off-track",
      reason: "Behind by 40",
      sheetName: "KPIs 2023",
      tableName: "KpiTracker2023",
    },
    {
      kpiId: "2023-C-2",
      department: "SB",
      status: "invalid",
      reason: "Actual: a formula",
      sheetName: "KPIs 2023",
      tableName: "KpiTracker2023",
    },
  ],
};

export function fakeActions(overrides: Partial<WorkbookActions> = {}): jest.Mocked<WorkbookActions> {
  return {
    loadTrackingTable: jest.fn().mockResolvedValue({
      sheetName: "KPIs 2023",
      tableName: "KpiTracker2023",
      rows: 49,
      added: 1,
      kept: 47,
      retired: 1,
      renumbered: [],
    }),
    validateActiveSheet: jest.fn().mockResolvedValue(SUMMARY),
    selectKpiRow: jest.fn().mockResolvedValue(undefined),
    hasTrackingTable: jest.fn().mockResolvedValue(true),
    readSheetProtection: jest
      .fn()
      .mockResolvedValue({ trackingSheet: true, protected: false, sheetName: "KPIs 2023" }),
    setSheetProtection: jest
      .fn()
      .mockImplementation((on: boolean) =>
        Promise.resolve({ trackingSheet: true, protected: on, sheetName: "KPIs 2023" }),
      ),
    sortTrackingTable: jest
      .fn()
      .mockResolvedValue({ sheetName: "KPIs 2023", rows: 49, protectionLifted: true }),
    readTrackingSettings: jest.fn().mockResolvedValue({ asAt: "2024-06-30", tolerance: 0.1 }),
    readWorkbookRegisters: jest.fn().mockResolvedValue([]),
    saveTrackingSettings: jest.fn().mockResolvedValue(undefined),
    startLiveValidation: jest.fn().mockResolvedValue(jest.fn().mockResolvedValue(undefined)),
    annexFromActiveSheet: jest.fn().mockRejectedValue(new Error("There is no KPI table on this sheet.")),
    readKpiList: jest.fn().mockRejectedValue(new Error("This sheet is empty.")),
    readHistory: jest.fn().mockResolvedValue([]),
    collectReturns: jest.fn().mockRejectedValue(new Error("There is no KPI table on this sheet.")),
    writeAnnexSheet: jest
      .fn()
      .mockResolvedValue({ sheetName: "Annex 2023", replaced: false, nameTaken: false }),
    runSelfCheck: jest.fn().mockRejectedValue(new Error("Excel is busy. Wait a moment and try again.")),
    ...overrides,
  } as jest.Mocked<WorkbookActions>;
}
