import { validateTable } from "../core/engine/validate";
import type { KpiResult } from "../core/engine/types";
import { entriesOf, type ExistingRow } from "../core/tracking/merge";
import { FLAGGED_STATUSES, STATUSES, type Status } from "../core/engine/status";
import type { FlaggedRow, ValidateRequest, ValidationSummary } from "../taskpane/workbook-actions";
import type { TrackingSnapshot } from "./validate-sheet";

/** A row an officer added but left empty is not a KPI yet: it gets no status. */
export function isBlankRow(row: ExistingRow): boolean {
  return row.id === "" && Object.values(entriesOf(row)).every((v) => v === "" || v === null);
}

export interface CheckedTable {
  results: KpiResult[];
  blank: boolean[];
  summary: ValidationSummary;
}

/** Runs the engine over a table read into memory; touches nothing in the workbook. */
export function checkSnapshot(snapshot: TrackingSnapshot, request: ValidateRequest): CheckedTable {
  const results = validateTable(snapshot.register, snapshot.entries, {
    asAt: request.asAt,
    tolerance: request.tolerance,
  });
  const blank = snapshot.rows.map(isBlankRow);
  const summary = summarise(
    request.asAt,
    snapshot.sheet.name,
    snapshot.tableName,
    snapshot.rows.map((row, i) => ({
      department: String(row.cells.department ?? ""),
      result: results[i],
      blank: blank[i],
    })),
  );
  return { results, blank, summary };
}

interface ValidatedRow {
  department: string;
  result: KpiResult;
  blank: boolean;
}

function zeroCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
}

export function summarise(
  asAt: string,
  sheetName: string,
  tableName: string,
  rows: readonly ValidatedRow[],
): ValidationSummary {
  const byStatus = zeroCounts();
  const byDepartment = new Map<string, Record<Status, number>>();
  const flagged: FlaggedRow[] = [];
  let total = 0;
  for (const { department, result, blank } of rows) {
    if (blank) continue;
    total++;
    byStatus[result.status]++;
    const departments = department
      .split(",")
      .map((d) => d.trim())
      .filter((d) => d !== "");
    for (const name of departments.length > 0 ? departments : ["(none)"]) {
      const counts = byDepartment.get(name) ?? zeroCounts();
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
