import { isStatus } from "../engine/status";
import { STATUS_SEVERITY } from "../engine/severity";
import type { CellValue } from "./cell-value";

/** What a tracking row is sorted on: Status (worst first), then Department, Deadline and ID. */
export interface SortKeys {
  status: CellValue;
  department: CellValue;
  deadline: CellValue;
  id: CellValue;
}

const isBlank = (value: CellValue): boolean => value === null || value === "";

/** Blanks last, numbers (date serials) before text, text in natural order ("A-2" before "A-10"). */
function compareCells(a: CellValue, b: CellValue): number {
  if (isBlank(a) || isBlank(b)) return Number(isBlank(a)) - Number(isBlank(b));
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number" || typeof b === "number") return typeof a === "number" ? -1 : 1;
  return String(a).localeCompare(String(b), "en", { numeric: true, sensitivity: "base" });
}

/** Higher is worse; a Status cell not yet validated (or typed over) sorts after every status. */
function severity(status: CellValue): number {
  const text = String(status ?? "").trim();
  return isStatus(text) ? STATUS_SEVERITY[text] : -1;
}

/**
 * The order a sort puts the rows in, as indexes into `rows`: `order[i]` is the row that ends up i-th.
 * Rows equal on every key keep their order: Array.prototype.sort is stable (ES2019).
 */
export function trackingSortOrder(rows: readonly SortKeys[]): number[] {
  return rows
    .map((_, i) => i)
    .sort(
      (i, j) =>
        severity(rows[j].status) - severity(rows[i].status) ||
        compareCells(rows[i].department, rows[j].department) ||
        compareCells(rows[i].deadline, rows[j].deadline) ||
        compareCells(rows[i].id, rows[j].id),
    );
}
