import { validateTable } from "../core/engine/validate-progress";
import type { KpiResult } from "../core/engine/types";
import { isBlankRow } from "../core/tracking/merge";
import { summariseValidation } from "../core/tracking/validation-summary";
import type { ValidateRequest, ValidationSummary } from "../taskpane/workbook-actions";
import type { TrackingSnapshot } from "./validate-sheet";

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
  const summary = summariseValidation({
    asAt: request.asAt,
    sheetName: snapshot.sheet.name,
    tableName: snapshot.tableName,
    rows: snapshot.rows.map((row, i) => ({
      department: String(row.cells.department ?? ""),
      result: results[i],
      blank: blank[i],
    })),
  });
  return { results, blank, summary };
}
