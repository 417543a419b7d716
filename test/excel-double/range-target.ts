/**
 * What every write to cells shares: the cells it aims at, the protection check, the shape check, and
 * how a written value is entered.
 */
import { ClientObjectDouble } from "./client-object";
import { accessDenied, OfficeErrorDouble } from "./errors";
import type { CellModel, CellValue, Rect, SheetModel } from "./model";
import type { DoubleContext } from "./request-context";
import { enterString } from "./value-parsing";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}
export type RangeResolver = () => RangeTarget;

/** A part of a range (format, font, fill, validation...) that acts on the range's cells. */
export abstract class RangePartDouble extends ClientObjectDouble {
  constructor(
    context: DoubleContext,
    protected readonly resolve: RangeResolver,
  ) {
    super(context);
  }
  protected snapshot(_property: string): unknown {
    return false;
  }
}

/** Refuses a write the sheet's protection forbids; otherwise notes it (an undo step, maybe a change event). */
export function guardWrite(
  target: RangeTarget,
  onlyUnlockedCellsAllowed: boolean,
  changesData = onlyUnlockedCellsAllowed,
): void {
  const { rect, sheet } = target;
  // On a protected sheet only unlocked cells can be edited, and formatting needs allowFormatCells, which the
  // double never grants (learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions).
  if (sheet.protected) {
    if (!onlyUnlockedCellsAllowed) throw accessDenied();
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (sheet.peek(r, c)?.locked ?? true) throw accessDenied();
      }
    }
  }
  sheet.workbook.effects.recordApiWrite(sheet, rect, changesData ? "edit" : "format", changesData);
}

// Range.values: "If the specified value is an array, the dimensions must match the range"; InvalidArgument otherwise
// (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
export function checkShape(rect: Rect, values: unknown[][], what: string): void {
  if (values.length !== rect.rows || values.some((row) => row.length !== rect.cols)) {
    throw new OfficeErrorDouble(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
  }
}

export function forEachCell(
  target: RangeTarget,
  apply: (cell: CellModel, r: number, c: number) => void,
): void {
  const { rect, sheet } = target;
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) apply(sheet.cell(rect.row + r, rect.col + c), r, c);
  }
}

/** What typing (or writing `values`) does to a cell: strings are parsed as if typed (value-parsing.ts). */
export function enterValue(cell: CellModel, value: unknown): void {
  // "Use null in 2-D arrays to leave specific cells unchanged" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
  if (value === null) return;
  cell.formula = null;
  if (typeof value !== "string") {
    cell.value = value === undefined ? "" : (value as CellValue);
    return;
  }
  const entered = enterString(value, cell.numberFormat);
  cell.value = entered.value;
  cell.formula = entered.formula;
  if (entered.numberFormat !== null && cell.numberFormat === "General")
    cell.numberFormat = entered.numberFormat;
}
