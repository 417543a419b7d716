import { FLAGGED_STATUSES } from "../engine/status";
import type { KpiResult } from "../engine/types";
import { STATUSES, type Status } from "../vocabulary";

export type StatusCounts = Record<Status, number>;

/** A row whose status needs someone's attention, with where to find it. */
export interface FlaggedRow {
  kpiId: string;
  department: string;
  status: Status;
  reason: string;
  sheetName: string;
  tableName: string;
}

export interface DepartmentCounts {
  department: string;
  counts: StatusCounts;
}

/** One validated table in figures: how many rows of each status, per department, and which are flagged. */
export interface StatusSummary {
  asAt: string;
  sheetName: string;
  tableName: string;
  /** Rows that got a status (blank rows do not). */
  total: number;
  byStatus: StatusCounts;
  /** A row of several departments counts for each; a row of none, for "(none)". Sorted by name. */
  byDepartment: DepartmentCounts[];
  /** In table order. */
  flagged: FlaggedRow[];
}

/** One table row after validation: its Department cell as typed, its result, and whether it is blank. */
export interface ValidatedRow {
  department: string;
  result: KpiResult;
  blank: boolean;
}

export interface SummaryOf {
  asAt: string;
  sheetName: string;
  tableName: string;
  rows: readonly ValidatedRow[];
}

export function zeroStatusCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as StatusCounts;
}

export function summariseValidation({ asAt, sheetName, tableName, rows }: SummaryOf): StatusSummary {
  const byStatus = zeroStatusCounts();
  const byDepartment = new Map<string, StatusCounts>();
  const flagged: FlaggedRow[] = [];
  let total = 0;
  for (const { department, result, blank } of rows) {
    if (blank) continue;
    total++;
    byStatus[result.status]++;
    for (const name of departmentsIn(department)) {
      const counts = byDepartment.get(name) ?? zeroStatusCounts();
      counts[result.status]++;
      byDepartment.set(name, counts);
    }
    if (FLAGGED_STATUSES.includes(result.status)) {
      flagged.push({
        kpiId: result.kpiId,
        department,
        status: result.status,
        reason: result.reasons.join("; "),
        sheetName,
        tableName,
      });
    }
  }
  return {
    asAt,
    sheetName,
    tableName,
    total,
    byStatus,
    byDepartment: [...byDepartment]
      .map(([department, counts]) => ({ department, counts }))
      .sort((a, b) => a.department.localeCompare(b.department)),
    flagged,
  };
}

/** "HKPF, C&ED" -> both; an empty cell -> "(none)". */
function departmentsIn(cell: string): string[] {
  const departments = cell
    .split(",")
    .map((d) => d.trim())
    .filter((d) => d !== "");
  return departments.length > 0 ? departments : ["(none)"];
}
