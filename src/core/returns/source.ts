import type { CellValue } from "../tracking/cell-value";
import type { ProgressEntry } from "../engine/types";
import { DEPARTMENTS, type Department } from "../vocabulary";
import { entriesOf, type ExistingRow } from "../tracking/merge";
import type { ConflictingValue, DepartmentReturn } from "./department-return";

/** A Source cell starting with this marks a KPI on which returns disagree: Validate flags it needs-review. */
export const CONFLICT_MARKER = "Returns disagree:";

/** "2026-11-27T09:05:12.000Z" -> "2026-11-27 09:05 UTC". */
export function receivedAtText(receivedAt: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(receivedAt);
  return match ? `${match[1]} ${match[2]} UTC` : receivedAt;
}

/** The Source value of a row a return filled: "<file name>, <received at>". */
export function sourceOf(from: Pick<DepartmentReturn, "source" | "receivedAt">): string {
  return `${from.source}, ${receivedAtText(from.receivedAt)}`;
}

function shown(value: CellValue): string {
  return value === null || String(value).trim() === "" ? "blank" : `"${String(value).trim()}"`;
}

/** The Source text of a conflicting row: every return's figures and where they came from, and what to do. */
export function conflictSource(values: readonly ConflictingValue[]): string {
  const said = values.map(
    (value) =>
      `${value.source} gives Actual ${shown(value.actual)}, Completed on ${shown(value.completedOn)}, ` +
      `Reported status ${shown(value.reportedStatus)}`,
  );
  return (
    `${CONFLICT_MARKER} ${said.join("; ")}. Nothing was written from them: enter the figures you choose ` +
    "and clear this Source cell."
  );
}

/** The disagreement recorded in a Source cell, or null when the row's Source is an ordinary one. */
export function conflictIn(source: CellValue | undefined): string | null {
  if (typeof source !== "string") return null;
  const text = source.trim();
  return text.startsWith(CONFLICT_MARKER) ? text : null;
}

/**
 * A tracking-table row as the engine reads it: its entries, and the returns' disagreement where its
 * Source records one, so Validate makes the row needs-review wherever the table is read (pane, ribbon, CLI).
 */
export function progressEntryOf(row: Pick<ExistingRow, "id" | "cells">): ProgressEntry {
  const conflict = conflictIn(row.cells.source);
  const entry: ProgressEntry = { kpiId: row.id, ...entriesOf(row) };
  if (conflict !== null) entry.conflict = conflict;
  return entry;
}

/** The document subject a department's tracking workbook carries, so its return says who sent it. */
export function returnSubject(department: Department): string {
  return `KPI return from ${department}`;
}

/**
 * The department a return is from: its workbook's subject, else the one department code its file name
 * holds as a word ("FSD.xlsx", "returns-C&ED.csv"); null when neither says, or the name holds several.
 */
export function returnDepartment(fileName: string, subject = ""): Department | null {
  const stamped = /^KPI return from (.+)$/.exec(subject.trim())?.[1];
  if (stamped !== undefined && isDepartment(stamped)) return stamped;
  const words = fileName.replace(/\.[^.]*$/, "").split(/[^A-Za-z0-9&]+/);
  const named = new Set(
    words.flatMap((word) => DEPARTMENTS.filter((code) => code.toLowerCase() === word.toLowerCase())),
  );
  return named.size === 1 ? [...named][0] : null;
}

function isDepartment(text: string): text is Department {
  return (DEPARTMENTS as readonly string[]).includes(text);
}
