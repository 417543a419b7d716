import type { CellValue } from "./cell-value";
import { TRACKING_COLUMNS, type TrackingColumnKey } from "./columns";
import type { ExistingRow, MergedRow } from "./merge";
import { excelSerialFromIso } from "./sheet-layout";
import { STANDARD_LAYOUT, readTableLayout, type TableLayout } from "./table-layout";

/** One merged row as cells in the layout's order; the Deadline becomes an Excel date serial. */
export function toRowValues(row: MergedRow, layout: TableLayout = STANDARD_LAYOUT): CellValue[] {
  let user = 0;
  return layout.columns.map((column) =>
    column.kind === "ours" ? cellFor(row, column.key) : (row.extra[user++] ?? ""),
  );
}

export function toTableValues(
  rows: readonly MergedRow[],
  layout: TableLayout = STANDARD_LAYOUT,
): CellValue[][] {
  return rows.map((row) => toRowValues(row, layout));
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
    case "source":
      return row.previous.source ?? "";
    case "deadline":
      if (row.register)
        return row.register.deadline === null ? "" : excelSerialFromIso(row.register.deadline);
      return row.previous.deadline ?? "";
    default:
      return row.register ? row.register[key] : (row.previous[key] ?? "");
  }
}

/** Map a table's header row to the add-in's column keys: exact names only; null for officers' columns. */
export function headerKeys(header: readonly CellValue[]): (TrackingColumnKey | null)[] {
  return header.map((cell) => TRACKING_COLUMNS.find((column) => column.header === cell)?.key ?? null);
}

/**
 * Read the rows of an existing tracking table. Where `formulas` is given, a cell holding a formula is read
 * as its formula text, so a pasted formula is kept as the officer left it and never evaluated. Cells of
 * the officers' own columns are kept, row by row, in `extra`.
 */
export function readExistingRows(
  layout: TableLayout,
  values: readonly (readonly CellValue[])[],
  formulas?: readonly (readonly CellValue[])[],
): ExistingRow[] {
  return values.map((rowValues, rowIndex) => {
    const cells: ExistingRow["cells"] = {};
    const extra: CellValue[] = [];
    layout.columns.forEach((column, columnIndex) => {
      const formula = formulas?.[rowIndex]?.[columnIndex];
      const cell = typeof formula === "string" && formula.startsWith("=") ? formula : rowValues[columnIndex];
      if (column.kind === "ours") cells[column.key] = cell;
      else extra.push(cell ?? "");
    });
    return { id: String(cells.id ?? "").trim(), cells, extra };
  });
}

/** Why a tracking table's header cannot be read back without losing an officer's work, or null. */
export function trackingHeaderProblem(header: readonly CellValue[]): string | null {
  return readTableLayout(header).problem;
}
