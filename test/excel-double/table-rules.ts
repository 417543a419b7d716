/**
 * What Excel refuses to do to a table on a protected sheet, and how a table sort moves rows. Shared by
 * the client objects (`table.sort`, `table.rows`, `table.resize`) and by the officer actions in install.ts.
 */
import type { CellModel, SheetModel, TableModel } from "./model";

export function hasLockedCell(sheet: SheetModel, table: TableModel): boolean {
  const { row, col, rows, cols } = table.rect;
  for (let r = row; r < row + rows; r++) {
    for (let c = col; c < col + cols; c++) if (sheet.peek(r, c)?.locked ?? true) return true;
  }
  return false;
}

// "Users can't sort ranges that contain locked cells on a protected worksheet, regardless of this setting"
// (support.microsoft.com/office/protect-a-worksheet-3179efdb-1285-4d49-a9c3-f4ca36276de6, Sort); by design for allowSort (OfficeDev/office-js #2135).
export function sortRefusal(table: TableModel): string | null {
  return table.sheet.protected && hasLockedCell(table.sheet, table)
    ? "The cell or chart you're trying to change is on a protected sheet. (A sort range with locked cells cannot be sorted while the sheet is protected, whatever allowSort says.)"
    : null;
}

// Inserting rows is a permission of its own on a protected sheet (support.microsoft.com/office/protect-a-worksheet-3179efdb-1285-4d49-a9c3-f4ca36276de6);
// the double refuses a table's growth whatever allowInsertRows says, never kinder than Excel.
export function growthRefusal(table: TableModel): string | null {
  return table.sheet.protected
    ? "The cell or chart you're trying to change is on a protected sheet. (A table on a protected sheet cannot grow.)"
    : null;
}

/** Moves whole body rows, formats included, as a sort does: row `order[i]` ends up at position i. */
export function permuteBodyRows(table: TableModel, order: readonly number[]): void {
  const { sheet, bodyRect } = table;
  const rows: Array<Array<CellModel | undefined>> = [];
  for (let r = 0; r < bodyRect.rows; r++) {
    const cells: Array<CellModel | undefined> = [];
    for (let c = 0; c < bodyRect.cols; c++) cells.push(sheet.peek(bodyRect.row + r, bodyRect.col + c));
    rows.push(cells);
  }
  order.forEach((from, to) => {
    rows[from].forEach((cell, c) => {
      const key = `${bodyRect.row + to},${bodyRect.col + c}`;
      if (cell) sheet.cells.set(key, { ...cell });
      else sheet.cells.delete(key);
    });
  });
}

/** The row order a table sort on these fields gives (stable, blanks last as Excel puts them). */
// Numbers before text, text without case, blanks last in both directions (Excel help "Default sort orders",
// office.microsoft.com/excel-help/default-sort-orders-HP005199669.aspx).
export function sortOrder(
  table: TableModel,
  fields: ReadonlyArray<{ key: number; ascending?: boolean }>,
): number[] {
  const values = table.sheet.valuesOf(table.bodyRect);
  const compare = (a: unknown, b: unknown): number => {
    if (a === b) return 0;
    if (a === "" || a === null) return 1;
    if (b === "" || b === null) return -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "number") return -1;
    if (typeof b === "number") return 1;
    return String(a).localeCompare(String(b), undefined, { sensitivity: "base" });
  };
  return values
    .map((_, i) => i)
    .sort((i, j) => {
      for (const { key, ascending = true } of fields) {
        const a = values[i][key];
        const b = values[j][key];
        const blankLast = a === "" || b === "";
        const d = compare(a, b);
        if (d !== 0) return ascending || blankLast ? d : -d;
      }
      return i - j;
    });
}
