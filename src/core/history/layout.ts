import type { CellValue } from "../tracking/cell-value";

/** The sheet every validation appends a snapshot to. Nothing in the product rewrites or deletes its rows. */
export const HISTORY_SHEET_NAME = "KPI history";

export const HISTORY_COLUMNS = [
  { key: "asAt", header: "As at", width: 12 },
  { key: "validatedAt", header: "Validated at", width: 20 },
  { key: "id", header: "ID", width: 10 },
  { key: "actual", header: "Actual", width: 14 },
  { key: "completedOn", header: "Completed on", width: 14 },
  { key: "reportedStatus", header: "Reported status", width: 22 },
  { key: "status", header: "Status", width: 14 },
  // Blank on a validation's rows; on entries a department return replaced, which return replaced them.
  { key: "note", header: "Note", width: 40 },
] as const;

export type HistoryColumnKey = (typeof HISTORY_COLUMNS)[number]["key"];

/** One row of the history sheet. Dates are ISO text: the As at date, and Validated at in UTC. */
export interface HistoryRow {
  asAt: string;
  validatedAt: string;
  id: string;
  actual: CellValue;
  completedOn: CellValue;
  reportedStatus: CellValue;
  /** A status on a validation's rows; what the row showed before, on replaced entries' rows. */
  status: string;
  note: string;
}

export const HISTORY_HEADER: readonly string[] = HISTORY_COLUMNS.map((column) => column.header);

/** A history row as the sheet's cells, left to right; every cell is meant to be written as text. */
export function historyRowValues(row: HistoryRow): CellValue[] {
  return HISTORY_COLUMNS.map((column) => row[column.key] ?? "");
}

/** "2026-11-27T09:05:12.345Z" -> "2026-11-27 09:05:12 UTC": sorts as text, reads as a time. */
export function validatedAtText(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

function text(cell: CellValue | undefined): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/**
 * Reads the history sheet's cells back (header row first). Columns are found by header, so a sheet
 * whose columns were moved still reads; rows with no ID are skipped. Null when the header is not there.
 */
export function readHistoryRows(values: readonly (readonly CellValue[])[]): HistoryRow[] | null {
  const [header, ...body] = values;
  if (header === undefined) return null;
  const names = header.map(text);
  const at = Object.fromEntries(
    HISTORY_COLUMNS.map((column) => [column.key, names.indexOf(column.header)]),
  ) as Record<HistoryColumnKey, number>;
  if (at.id < 0 || at.status < 0 || at.asAt < 0 || at.validatedAt < 0) return null;
  const cell = (row: readonly CellValue[], key: HistoryColumnKey): CellValue =>
    at[key] < 0 ? "" : (row[at[key]] ?? "");
  return body
    .filter((row) => text(cell(row, "id")) !== "")
    .map((row) => ({
      asAt: text(cell(row, "asAt")),
      validatedAt: text(cell(row, "validatedAt")),
      id: text(cell(row, "id")),
      actual: cell(row, "actual"),
      completedOn: cell(row, "completedOn"),
      reportedStatus: cell(row, "reportedStatus"),
      status: text(cell(row, "status")),
      note: text(cell(row, "note")),
    }));
}
