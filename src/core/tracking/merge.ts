import { isBlank, type CellValue } from "./cell-value";
import { ENTRY_COLUMN_KEYS, type EntryColumnKey, type TrackingColumnKey } from "./columns";
import type { RegisterRow } from "./rows";

export type EntryValues = Record<EntryColumnKey, CellValue>;

/** A row as it stands in the worksheet before a reload: every cell, keyed by column. */
export interface ExistingRow {
  id: string;
  cells: Partial<Record<TrackingColumnKey, CellValue>>;
  /** Cells of the columns officers added inside the table, left to right. */
  extra: CellValue[];
  /** Something is typed beside this row, outside the table; the row must not go. */
  notesBeside?: boolean;
}

export type RowOrigin =
  /** In the register and already in the sheet: the officer's entries are carried over. */
  | "kept"
  /** In the register, not yet in the sheet. */
  | "new"
  /** In the sheet but no longer in the register (or a repeated ID): kept, with its entries, and marked. */
  | "orphaned"
  /** Its ID now names another KPI in the register: kept with its entries, never attached to the new KPI. */
  | "renumbered";

export interface MergedRow {
  id: string;
  origin: RowOrigin;
  /** Null for orphaned and renumbered rows: their read-only cells are kept as they were. */
  register: RegisterRow | null;
  entries: EntryValues;
  /** Cells of the existing row (read-only and computed), for orphans and to carry Status/Expected/Reason. */
  previous: ExistingRow["cells"];
  /** The officer's own columns inside the table, carried with the row. */
  extra: CellValue[];
  /** Index of the existing row this one continues, or null for a new KPI. */
  source: number | null;
  /** Why an orphan is kept, for the Reason column. */
  note: string | null;
}

const EMPTY_ENTRIES: EntryValues = { actual: "", completedOn: "", reportedStatus: "", latestProgress: "" };

export function entriesOf(row: Pick<ExistingRow, "cells">): EntryValues {
  const entries = { ...EMPTY_ENTRIES };
  for (const key of ENTRY_COLUMN_KEYS) {
    const value = row.cells[key];
    if (value !== undefined && value !== null) entries[key] = value;
  }
  return entries;
}

export function hasEntries(row: Pick<ExistingRow, "cells">): boolean {
  return ENTRY_COLUMN_KEYS.some((key) => !isBlank(row.cells[key]));
}

/** A row an officer added but left empty (no ID, no entry) is not a KPI yet: it gets no status. */
export function isBlankRow(row: Pick<ExistingRow, "id" | "cells">): boolean {
  return row.id === "" && Object.values(entriesOf(row)).every((value) => value === "");
}

/** What an officer put on the row that the register cannot give back: entries, own columns, notes beside. */
function hasOfficerWork(row: ExistingRow): boolean {
  return hasEntries(row) || row.extra.some((cell) => !isBlank(cell)) || row.notesBeside === true;
}

/** Anything at all on the row, in any column, or beside it. */
function hasAnything(row: ExistingRow): boolean {
  return hasOfficerWork(row) || Object.values(row.cells).some((cell) => !isBlank(cell));
}

function kpiWords(text: CellValue | undefined): string {
  return isBlank(text) ? "" : String(text).replace(/\s+/g, " ").trim();
}

/** The row still shows the register's KPI for its ID (a row typed in by hand may have no KPI text). */
function sameKpi(row: ExistingRow, register: RegisterRow): boolean {
  const shown = kpiWords(row.cells.kpi);
  return shown === "" || shown === kpiWords(register.kpi);
}

function shortened(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Reconcile the register with what is already in the sheet. Officers' entries are matched by KPI id,
 * whatever order the rows were sorted into; nothing an officer typed is dropped: rows whose id left the
 * register, repeated ids, rows with no id but anything typed on them, and rows whose id the register now
 * gives to a different KPI are all kept and marked. Register rows come first in print order, then the
 * kept rows in the order they stood.
 */
export function mergeTrackingRows(
  registerRows: readonly RegisterRow[],
  existing: readonly ExistingRow[],
): MergedRow[] {
  const registerById = new Map(registerRows.map((row) => [row.id, row]));
  const matched = new Map<string, number>();
  const kept: MergedRow[] = [];

  existing.forEach((row, index) => {
    const id = row.id.trim();
    const register = registerById.get(id);
    if (id === "") {
      if (hasAnything(row)) {
        kept.push(orphan(row, index, "orphaned", "No KPI ID on this row; kept with what was typed on it."));
      }
    } else if (register && !sameKpi(row, register)) {
      if (hasOfficerWork(row)) {
        kept.push(
          orphan(
            row,
            index,
            "renumbered",
            `The register now gives ${id} to another KPI ("${shortened(register.kpi)}"); this row keeps the ` +
              "earlier KPI with its entries, which were not moved to the new one.",
          ),
        );
      }
    } else if (matched.has(id)) {
      kept.push(
        orphan(
          row,
          index,
          "orphaned",
          `KPI ID ${id} appears more than once; this copy is kept with its entries.`,
        ),
      );
    } else {
      matched.set(id, index);
      if (!register) {
        kept.push(
          orphan(row, index, "orphaned", `${id} is no longer in the register; kept with its entries.`),
        );
      }
    }
  });

  const merged: MergedRow[] = registerRows.map((register) => {
    const index = matched.get(register.id);
    const previous = index === undefined ? undefined : existing[index];
    return {
      id: register.id,
      origin: previous ? "kept" : "new",
      register,
      entries: previous ? entriesOf(previous) : { ...EMPTY_ENTRIES },
      previous: previous?.cells ?? {},
      extra: previous?.extra ?? [],
      source: index ?? null,
      note: null,
    };
  });
  return merged.concat(kept);
}

function orphan(row: ExistingRow, index: number, origin: "orphaned" | "renumbered", note: string): MergedRow {
  return {
    id: row.id.trim(),
    origin,
    register: null,
    entries: entriesOf(row),
    previous: row.cells,
    extra: row.extra,
    source: index,
    note,
  };
}
