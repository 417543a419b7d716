import { isBlank } from "../engine/entry";
import type { CellValue } from "../engine/types";
import { ENTRY_COLUMN_KEYS, type EntryColumnKey, type TrackingColumnKey } from "./columns";
import type { RegisterRow } from "./rows";

export type EntryValues = Record<EntryColumnKey, CellValue>;

/** A row as it stands in the worksheet before a reload: every cell, keyed by column. */
export interface ExistingRow {
  id: string;
  cells: Partial<Record<TrackingColumnKey, CellValue>>;
}

export type RowOrigin =
  /** In the register and already in the sheet: the officer's entries are carried over. */
  | "kept"
  /** In the register, not yet in the sheet. */
  | "new"
  /** In the sheet but no longer in the register (or a repeated ID): kept, with its entries, and marked. */
  | "orphaned";

export interface MergedRow {
  id: string;
  origin: RowOrigin;
  /** Null for orphaned rows: their read-only cells are kept as they were. */
  register: RegisterRow | null;
  entries: EntryValues;
  /** Cells of the existing row (read-only and computed), for orphans and to carry Status/Expected/Reason. */
  previous: ExistingRow["cells"];
  /** Why an orphan is kept, for the Reason column. */
  note: string | null;
}

const EMPTY_ENTRIES: EntryValues = { actual: "", completedOn: "", reportedStatus: "", latestProgress: "" };

export function entriesOf(row: ExistingRow): EntryValues {
  const entries = { ...EMPTY_ENTRIES };
  for (const key of ENTRY_COLUMN_KEYS) {
    const value = row.cells[key];
    if (value !== undefined && value !== null) entries[key] = value;
  }
  return entries;
}

export function hasEntries(row: ExistingRow): boolean {
  return ENTRY_COLUMN_KEYS.some((key) => !isBlank(row.cells[key]));
}

/**
 * Reconcile the register with what is already in the sheet. Officers' entries are matched by KPI id,
 * whatever order the rows were sorted into; nothing an officer typed is dropped: rows whose id left the
 * register, repeated ids and rows with entries but no id are all kept as orphans. Register rows come
 * first in print order, then orphans in the order they stood.
 */
export function mergeTrackingRows(
  registerRows: readonly RegisterRow[],
  existing: readonly ExistingRow[],
): MergedRow[] {
  const byId = new Map<string, ExistingRow>();
  const orphans: MergedRow[] = [];
  const registerIds = new Set(registerRows.map((row) => row.id));

  for (const row of existing) {
    const id = row.id.trim();
    if (id === "") {
      if (hasEntries(row)) orphans.push(orphan(row, "No KPI ID on this row; its entries are kept."));
    } else if (byId.has(id)) {
      orphans.push(orphan(row, `KPI ID ${id} appears more than once; this copy is kept with its entries.`));
    } else {
      byId.set(id, row);
      if (!registerIds.has(id)) {
        orphans.push(orphan(row, `${id} is no longer in the register; kept with its entries.`));
      }
    }
  }

  const merged: MergedRow[] = registerRows.map((register) => {
    const previous = byId.get(register.id);
    return {
      id: register.id,
      origin: previous ? "kept" : "new",
      register,
      entries: previous ? entriesOf(previous) : { ...EMPTY_ENTRIES },
      previous: previous?.cells ?? {},
      note: null,
    };
  });
  return merged.concat(orphans);
}

function orphan(row: ExistingRow, note: string): MergedRow {
  return {
    id: row.id.trim(),
    origin: "orphaned",
    register: null,
    entries: entriesOf(row),
    previous: row.cells,
    note,
  };
}
