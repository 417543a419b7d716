import type { CellValue } from "../engine/types";
import { HEADER_ALIASES, TRACKING_COLUMNS, type TrackingColumnKey } from "./columns";
import type { ExistingRow, MergedRow } from "./merge";
import { excelSerialFromIso } from "./sheet-layout";

/** One merged row as cells in TRACKING_COLUMNS order; the Deadline becomes an Excel date serial. */
export function toRowValues(row: MergedRow): CellValue[] {
  return TRACKING_COLUMNS.map((column) => cellFor(row, column.key));
}

export function toTableValues(rows: readonly MergedRow[]): CellValue[][] {
  return rows.map(toRowValues);
}

function cellFor(row: MergedRow, key: TrackingColumnKey): CellValue {
  switch (key) {
    case "actual":
    case "completedOn":
    case "reportedStatus":
    case "latestProgress":
      return row.entries[key];
    case "expected":
    case "status":
      return row.previous[key] ?? "";
    case "reason":
      return row.note ?? row.previous.reason ?? "";
    case "deadline":
      if (row.register)
        return row.register.deadline === null ? "" : excelSerialFromIso(row.register.deadline);
      return row.previous.deadline ?? "";
    default:
      return row.register ? row.register[key] : (row.previous[key] ?? "");
  }
}

/** Map a header row to column keys, accepting the aliases a hand-made CSV may use ("KPI ID"). */
export function headerKeys(header: readonly CellValue[]): (TrackingColumnKey | null)[] {
  return header.map((cell) => {
    const name = String(cell ?? "").trim();
    const exact = TRACKING_COLUMNS.find((column) => column.header === name);
    return exact ? exact.key : (HEADER_ALIASES[name.toLowerCase()] ?? null);
  });
}

/**
 * Read the rows of an existing tracking table. Where `formulas` is given, an entry cell holding a formula
 * is read as its formula text, so a pasted formula is kept as the officer left it and never evaluated.
 */
export function readExistingRows(
  header: readonly CellValue[],
  values: readonly (readonly CellValue[])[],
  formulas?: readonly (readonly CellValue[])[],
): ExistingRow[] {
  const keys = headerKeys(header);
  return values.map((rowValues, rowIndex) => {
    const cells: ExistingRow["cells"] = {};
    keys.forEach((key, columnIndex) => {
      if (key === null) return;
      const formula = formulas?.[rowIndex]?.[columnIndex];
      cells[key] = typeof formula === "string" && formula.startsWith("=") ? formula : rowValues[columnIndex];
    });
    return { id: String(cells.id ?? "").trim(), cells };
  });
}

function quotedList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}

/**
 * Why a tracking table's header cannot be read back without losing an officer's work (a renamed entry
 * column would read as empty; a column added inside the table would be written over), or null.
 */
export function trackingHeaderProblem(header: readonly CellValue[]): string | null {
  const keys = headerKeys(header);
  const missing = TRACKING_COLUMNS.filter((column) => !keys.includes(column.key)).map(
    (column) => column.header,
  );
  const unknown = header
    .filter((cell, index) => keys[index] === null && String(cell ?? "").trim() !== "")
    .map((cell) => String(cell).trim());
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`missing or renamed: ${quotedList(missing)}`);
  if (unknown.length > 0) problems.push(`not the add-in's: ${quotedList(unknown)}`);
  return problems.length === 0 ? null : `The KPI table's columns have changed (${problems.join("; ")}).`;
}
