import type { CatalogueMessage } from "../language/catalogue-message";
import { isBlank, type CellValue } from "../tracking/cell-value";
import { parseEntryDate } from "../progress/entry-date";
import type { Register } from "../register/schema";
import type { EntryValues } from "../tracking/merge";
import type {
  ConflictingValue,
  DepartmentReturn,
  RefusedRow,
  ReturnEntry,
  ReturnsConflict,
  ReturnsSummary,
} from "./department-return";
import { conflictIn, conflictSource, sourceOf } from "./source";

/** A tracking-table row as collecting returns needs it: its entries and its Source cell. */
export interface TableEntries {
  id: string;
  entries: EntryValues;
  source: CellValue;
}

/** What to write on one row of the table. */
export type ReturnUpdate =
  /** The returns' entries replace the row's; `replaced` is what stood there, for the history. */
  | { id: string; kind: "merged"; entries: EntryValues; source: string; replaced: EntryValues }
  /** Returns disagree: the entries stay as they were and Source records the disagreement. */
  | { id: string; kind: "conflict"; source: string };

export interface ReturnsMerge {
  /** In the table's row order. */
  updates: ReturnUpdate[];
  summary: ReturnsSummary;
}

/** The departments each KPI of a register belongs to, by ID. */
export function kpiDepartments(register: Register): Map<string, readonly string[]> {
  const departments = new Map<string, readonly string[]>();
  for (const area of register.areas) {
    for (const measure of area.measures) {
      for (const kpi of measure.kpis) departments.set(kpi.id, kpi.departments);
    }
  }
  return departments;
}

const FIGURE_KEYS = ["actual", "completedOn", "reportedStatus"] as const;

/** What a cell says, so that 580 and "580 ", or 2024-03-20 and its Excel serial, read as the same. */
function said(key: keyof EntryValues, value: CellValue | undefined): string {
  if (isBlank(value)) return "";
  if (key === "completedOn") {
    const date = parseEntryDate(value);
    if (date.ok) return date.value;
  }
  return String(value).replace(/\s+/g, " ").trim();
}

function entriesOfReturn(entry: ReturnEntry): EntryValues {
  return {
    actual: entry.actual ?? "",
    completedOn: entry.completedOn ?? "",
    reportedStatus: entry.reportedStatus ?? "",
    latestProgress: entry.latestProgress ?? "",
  };
}

function sameEntries(a: EntryValues, b: EntryValues): boolean {
  return (["actual", "completedOn", "reportedStatus", "latestProgress"] as const).every(
    (key) => said(key, a[key]) === said(key, b[key]),
  );
}

interface Returned {
  source: string;
  entries: EntryValues;
}

/**
 * What several returns give for one KPI: one set of entries, or a disagreement. Returns agree when no
 * figure (Actual, Completed on, Reported status) is given differently by two of them; a figure one leaves
 * blank is taken from the other. Different Latest progress texts are kept, one after the other.
 */
function combine(returned: readonly Returned[]): EntryValues | null {
  const combined: EntryValues = { ...returned[0].entries };
  for (const { entries } of returned.slice(1)) {
    for (const key of FIGURE_KEYS) {
      const mine = said(key, combined[key]);
      const theirs = said(key, entries[key]);
      if (theirs === "") continue;
      if (mine === "") combined[key] = entries[key];
      else if (mine !== theirs) return null;
    }
    const narrative = said("latestProgress", entries.latestProgress);
    const sofar = said("latestProgress", combined.latestProgress);
    if (narrative !== "" && !sofar.includes(narrative)) {
      combined.latestProgress =
        sofar === ""
          ? entries.latestProgress
          : `${String(combined.latestProgress)}\n\n${String(entries.latestProgress)}`;
    }
  }
  return combined;
}

/** A row with nothing entered is a KPI the department did not report on: it replaces nothing. */
function hasAnyEntry(entry: ReturnEntry): boolean {
  return [entry.actual, entry.completedOn, entry.reportedStatus, entry.latestProgress].some(
    (value) => !isBlank(value),
  );
}

/**
 * Merges department returns into a tracking table by KPI ID, without writing anything: a return's entries
 * replace the table's for the KPIs it returns; returns that disagree on a KPI write nothing to it and mark
 * it for review; a KPI outside the return's department, or not in the register or the table, is refused
 * for that row and the rest is merged.
 */
export function mergeReturns(
  table: readonly TableEntries[],
  returns: readonly DepartmentReturn[],
  departmentsByKpi: ReadonlyMap<string, readonly string[]>,
): ReturnsMerge {
  const inTable = new Map<string, TableEntries>();
  for (const row of table) {
    const id = row.id.trim();
    if (id !== "" && !inTable.has(id)) inTable.set(id, row);
  }
  const refused: RefusedRow[] = [];
  const byKpi = new Map<string, Returned[]>();

  for (const from of returns) {
    const source = sourceOf(from);
    const rowsOf = new Map<string, ReturnEntry[]>();
    for (const entry of from.entries) {
      const id = entry.id.trim();
      if (id === "" || !hasAnyEntry(entry)) continue;
      rowsOf.set(id, [...(rowsOf.get(id) ?? []), entry]);
    }
    for (const [id, rows] of rowsOf) {
      const reason = refusal(id, rows, from, departmentsByKpi, inTable);
      if (reason !== null) {
        refused.push({ source: from.source, id, reason });
        continue;
      }
      byKpi.set(id, [...(byKpi.get(id) ?? []), { source, entries: entriesOfReturn(rows[0]) }]);
    }
  }

  const updates: ReturnUpdate[] = [];
  const conflicts: ReturnsConflict[] = [];
  let merged = 0;
  let unchanged = 0;
  for (const [id, row] of inTable) {
    const returned = byKpi.get(id);
    if (returned === undefined) continue;
    const combined = combine(returned);
    if (combined === null) {
      const values: ConflictingValue[] = returned.map(({ source, entries }) => ({
        source,
        actual: entries.actual,
        completedOn: entries.completedOn,
        reportedStatus: entries.reportedStatus,
      }));
      conflicts.push({ id, values });
      updates.push({ id, kind: "conflict", source: conflictSource(values) });
    } else if (sameEntries(combined, row.entries) && conflictIn(row.source) === null) {
      unchanged++;
    } else {
      merged++;
      updates.push({
        id,
        kind: "merged",
        entries: combined,
        source: returned.map((r) => r.source).join("; "),
        replaced: row.entries,
      });
    }
  }
  return { updates, summary: { merged, unchanged, conflicts, refused } };
}

function refusal(
  id: string,
  rows: readonly ReturnEntry[],
  from: DepartmentReturn,
  departmentsByKpi: ReadonlyMap<string, readonly string[]>,
  inTable: ReadonlyMap<string, TableEntries>,
): CatalogueMessage | null {
  const departments = departmentsByKpi.get(id);
  if (departments === undefined) return { key: "returns.refused.notInRegister", params: { id } };
  if (from.department !== null && !departments.includes(from.department)) {
    return {
      key: "returns.refused.otherDepartment",
      params: { id, departments: departments.join(", "), department: from.department },
    };
  }
  if (!inTable.has(id)) return { key: "returns.refused.notInTable", params: { id } };
  const first = entriesOfReturn(rows[0]);
  if (rows.some((row) => !sameEntries(entriesOfReturn(row), first))) {
    const where = rows.map((row) => row.row).filter((row) => row !== undefined);
    return where.length > 0
      ? { key: "returns.refused.severalRowsAt", params: { id, count: rows.length, rows: where.join(", ") } }
      : { key: "returns.refused.severalRows", params: { id, count: rows.length } };
  }
  return null;
}
