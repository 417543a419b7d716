/**
 * What officers do in the workbook, for tests: type into cells, sort, insert a column, drag the table.
 * Each acts on the model directly, as Excel's own UI would, and records an officer's undo step where
 * Excel keeps one. Also the readers tests use to look at a table.
 */
import { quoteSheet, toA1 } from "./address";
import type { CellModel, CellValue, TableModel, WorkbookModel } from "./model";
import { permuteBodyRows, sortRefusal } from "./table-rules";
import { enterString } from "./value-parsing";

export function tableOrThrow(model: WorkbookModel, tableName: string): TableModel {
  const table = model.table(tableName);
  if (!table) throw new Error(`no table ${tableName}`);
  return table;
}

export function tableHeader(model: WorkbookModel, tableName: string): string[] {
  const table = tableOrThrow(model, tableName);
  return table.sheet.valuesOf({ ...table.rect, rows: 1 })[0].map(String);
}

/** The table's body as records keyed by header. */
export function tableRecords(model: WorkbookModel, tableName: string): Array<Record<string, CellValue>> {
  const table = tableOrThrow(model, tableName);
  const header = tableHeader(model, tableName);
  return table.sheet
    .formulasOf(table.bodyRect)
    .map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

function cellOf(model: WorkbookModel, tableName: string, kpiId: string, column: string) {
  const table = tableOrThrow(model, tableName);
  const header = tableHeader(model, tableName);
  const col = header.indexOf(column);
  const idCol = header.indexOf("ID");
  const body = table.sheet.valuesOf(table.bodyRect);
  const r = body.findIndex((row) => row[idCol] === kpiId);
  if (col < 0 || r < 0) throw new Error(`no cell ${kpiId}/${column}`);
  return { sheet: table.sheet, row: table.bodyRect.row + r, col: table.rect.col + col };
}

/**
 * An officer types into the table: a string starting with "=" is a formula with the given result; other
 * strings are read as Excel reads typing, so they stay text only in text-formatted cells.
 */
export function typeInto(
  model: WorkbookModel,
  tableName: string,
  kpiId: string,
  column: string,
  value: CellValue,
  formulaResult: CellValue = 0,
): string {
  const { sheet, row, col } = cellOf(model, tableName, kpiId, column);
  const cell = sheet.cell(row, col);
  if (sheet.protected && cell.locked) throw new Error("typing into a locked cell of a protected sheet");
  if (typeof value === "string" && value.startsWith("=")) {
    cell.formula = value;
    cell.value = formulaResult;
  } else if (typeof value === "string") {
    // Typing is read as writing `values` is (en-US); a text-formatted cell keeps the string as typed.
    const entered = enterString(value, cell.numberFormat);
    cell.formula = entered.formula;
    cell.value = entered.value;
  } else {
    cell.formula = null;
    cell.value = value;
  }
  const address = `${quoteSheet(sheet.name)}!${toA1({ row, col, rows: 1, cols: 1 })}`;
  model.effects.recordOfficerEdit(`typed into ${address}`);
  return address;
}

/** Sorts the table's body rows the way Excel does: whole rows move, formats included. */
export function reorderTableRows(
  model: WorkbookModel,
  tableName: string,
  order: (rowCount: number) => number[],
): void {
  const table = tableOrThrow(model, tableName);
  const refusal = sortRefusal(table);
  if (refusal) throw new Error(`Excel refuses the sort: ${refusal}`);
  permuteBodyRows(table, order(table.bodyRect.rows));
  model.effects.recordOfficerEdit(`sorted ${tableName}`);
}

/** A deterministic shuffle (seeded), so a failing test can be replayed. */
export function shuffled(seed: number): (n: number) => number[] {
  return (n) => {
    const order = Array.from({ length: n }, (_, i) => i);
    let state = seed;
    for (let i = n - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const j = state % (i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    return order;
  };
}

/**
 * Inserts a column inside the table, as Insert > Table Columns to the Left does: cells of the table's rows
 * from `at` rightwards (beyond the table too) move one column right (ListColumns.Add,
 * learn.microsoft.com/office/vba/api/excel.listcolumns.add). `valueFor` gives each body row's cell.
 */
export function insertTableColumn(
  model: WorkbookModel,
  tableName: string,
  at: number,
  header: string,
  valueFor: (bodyRow: number) => CellValue,
): void {
  const table = tableOrThrow(model, tableName);
  const { sheet, rect } = table;
  const col = rect.col + at;
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    const right = Math.max(
      col,
      ...[...sheet.cells.keys()]
        .map((key) => key.split(",").map(Number))
        .filter(([row]) => row === r)
        .map(([, c]) => c),
    );
    for (let c = right; c >= col; c--) {
      const cell = sheet.peek(r, c);
      if (cell) sheet.cells.set(`${r},${c + 1}`, { ...cell });
      else sheet.cells.delete(`${r},${c + 1}`);
    }
    sheet.cells.delete(`${r},${col}`);
    sheet.cell(r, col).value = r === rect.row ? header : valueFor(r - rect.row - 1);
  }
  table.rect = { ...rect, cols: rect.cols + 1 };
}

/**
 * Typing on the row just under a table grows the table by that row: "When you type in a cell of an empty
 * row or column next to a list, the list will expand to include that row or column" (AutoExpandListRange,
 * learn.microsoft.com/office/vba/api/excel.autocorrect.autoexpandlistrange).
 */
export function typeRowUnderTable(
  model: WorkbookModel,
  tableName: string,
  cells: Record<string, CellValue>,
): void {
  const table = tableOrThrow(model, tableName);
  const header = tableHeader(model, tableName);
  const row = table.rect.row + table.rect.rows;
  for (const [column, value] of Object.entries(cells)) {
    const col = header.indexOf(column);
    if (col < 0) throw new Error(`no column ${column}`);
    table.sheet.cell(row, table.rect.col + col).value = value;
  }
  table.rect = { ...table.rect, rows: table.rect.rows + 1 };
}

/** Drags the whole table (cells and formats) to another place on its sheet, as cut and paste does. */
export function moveTable(
  model: WorkbookModel,
  tableName: string,
  rowOffset: number,
  colOffset: number,
): void {
  const table = tableOrThrow(model, tableName);
  const { sheet, rect } = table;
  const moved: Array<[string, CellModel]> = [];
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const cell = sheet.peek(r, c);
      sheet.cells.delete(`${r},${c}`);
      if (cell) moved.push([`${r + rowOffset},${c + colOffset}`, cell]);
    }
  }
  for (const [key, cell] of moved) sheet.cells.set(key, cell);
  table.rect = { ...rect, row: rect.row + rowOffset, col: rect.col + colOffset };
}

/**
 * Typing in the empty column just right of a table: the table grows to include it, its header named
 * "Column1" (AutoExpandListRange, learn.microsoft.com/office/vba/api/excel.autocorrect.autoexpandlistrange).
 */
export function typeBesideTable(
  model: WorkbookModel,
  tableName: string,
  kpiId: string,
  value: CellValue,
): void {
  const table = tableOrThrow(model, tableName);
  const header = tableHeader(model, tableName);
  const idCol = header.indexOf("ID");
  const body = table.sheet.valuesOf(table.bodyRect);
  const r = body.findIndex((row) => row[idCol] === kpiId);
  if (r < 0) throw new Error(`no row ${kpiId}`);
  const col = table.rect.col + table.rect.cols;
  table.sheet.cell(table.rect.row, col).value = "Column1";
  table.sheet.cell(table.bodyRect.row + r, col).value = value;
  table.rect = { ...table.rect, cols: table.rect.cols + 1 };
}
