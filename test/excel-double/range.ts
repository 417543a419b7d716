/** A range of cells, and the merged areas it overlaps. */
import { quoteSheet, toA1 } from "./address";
import { ClientObjectDouble } from "./client-object";
import type { Doubled } from "./conformance";
import { ConditionalFormatCollectionDouble } from "./conditional-formats";
import { DataValidationDouble } from "./data-validation";
import { OfficeErrorDouble } from "./errors";
import {
  contains,
  grid,
  intersects,
  versionAtLeast,
  type CellValue,
  type Rect,
  type SheetModel,
} from "./model";
import { RangeFormatDouble } from "./range-format";
import { checkShape, enterValue, forEachCell, guardWrite, type RangeResolver } from "./range-target";
import type { DoubleContext } from "./request-context";

type RangeMember =
  | "format"
  | "dataValidation"
  | "conditionalFormats"
  | "values"
  | "formulas"
  | "numberFormat"
  | "address"
  | "rowCount"
  | "columnCount"
  | "rowIndex"
  | "columnIndex"
  | "getMergedAreasOrNullObject"
  | "getCell"
  | "getRow"
  | "getColumn"
  | "getResizedRange"
  | "getOffsetRange"
  | "select"
  | "clear"
  | "isNullObject"
  | "load"
  | "context";

export class RangeDouble extends ClientObjectDouble implements Doubled<Excel.Range, RangeMember> {
  readonly format: RangeFormatDouble;
  readonly dataValidation: DataValidationDouble;
  readonly conditionalFormats: ConditionalFormatCollectionDouble;
  constructor(
    context: DoubleContext,
    readonly resolve: RangeResolver,
    private readonly exists: () => boolean = () => true,
  ) {
    super(context);
    this.format = new RangeFormatDouble(context, resolve);
    this.dataValidation = new DataValidationDouble(context, resolve);
    this.conditionalFormats = new ConditionalFormatCollectionDouble(context, resolve);
  }
  protected override child(name: string): ClientObjectDouble | undefined {
    return name === "format" ? this.format : undefined;
  }
  protected snapshot(property: string): unknown {
    if (property === "isNullObject") return !this.exists();
    const { sheet, rect } = this.resolve();
    switch (property) {
      case "values":
        return sheet.valuesOf(rect);
      case "formulas":
        return sheet.formulasOf(rect);
      case "numberFormat":
        return grid(rect, (r, c) => sheet.peek(r, c)?.numberFormat ?? "General");
      case "address":
        // "Address value contains the sheet reference" (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-address-member).
        return `${quoteSheet(sheet.name)}!${toA1(rect)}`;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      default:
        throw new Error(`Excel double: Range.${property} is not simulated`);
    }
  }
  get values(): CellValue[][] {
    return this.read("values");
  }
  set values(values: CellValue[][]) {
    this.queueEntry(values, "values");
  }
  get formulas(): CellValue[][] {
    return this.read("formulas");
  }
  set formulas(formulas: CellValue[][]) {
    this.queueEntry(formulas, "formulas");
  }
  /** Writing `values` or `formulas` enters each cell as typing would (a string starting "=" is a formula). */
  private queueEntry(matrix: CellValue[][], property: "values" | "formulas"): void {
    this.context.queue(() => {
      const target = this.resolve();
      checkShape(target.rect, matrix, property);
      guardWrite(target, true);
      forEachCell(target, (cell, r, c) => enterValue(cell, matrix[r][c]));
    }, matrix);
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.context.queue(() => {
      const target = this.resolve();
      checkShape(target.rect, formats, "numberFormat");
      guardWrite(target, false);
      forEachCell(target, (cell, r, c) => {
        // "Use null in 2-D arrays to leave specific cells unchanged" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
        if (formats[r][c] !== null) cell.numberFormat = formats[r][c];
      });
    }, formats);
  }
  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  // ExcelApi 1.13; "If the RangeAreas object doesn't exist, then this method returns an object with its isNullObject property set to true" (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
  getMergedAreasOrNullObject(): RangeAreasDouble {
    if (!versionAtLeast(this.model.supportedExcelApi, "1.13")) {
      throw new OfficeErrorDouble("ApiNotFound", "getMergedAreasOrNullObject needs ExcelApi 1.13");
    }
    return new RangeAreasDouble(this.context, () => {
      const { sheet, rect } = this.resolve();
      return { sheet, blocks: sheet.merges.filter((block) => intersects(block, rect)) };
    });
  }
  private derived(map: (rect: Rect) => Rect): RangeDouble {
    return new RangeDouble(this.context, () => {
      const target = this.resolve();
      return { sheet: target.sheet, rect: map(target.rect) };
    });
  }
  // Row and column are zero-indexed, relative to the range's top-left cell (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcell-member(1)).
  getCell(row: number, column: number): RangeDouble {
    return this.derived((r) => ({ row: r.row + row, col: r.col + column, rows: 1, cols: 1 }));
  }
  // learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getrow-member(1): one row of the range, zero-indexed.
  getRow(row: number): RangeDouble {
    return this.derived((r) => ({ row: r.row + row, col: r.col, rows: 1, cols: r.cols }));
  }
  // learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcolumn-member(1): one column of the range, zero-indexed.
  getColumn(column: number): RangeDouble {
    return this.derived((r) => ({ row: r.row, col: r.col + column, rows: r.rows, cols: 1 }));
  }
  // Same top-left cell, grown or shrunk by the deltas (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getresizedrange-member(1)).
  getResizedRange(deltaRows: number, deltaColumns: number): RangeDouble {
    return this.derived((r) => ({ ...r, rows: r.rows + deltaRows, cols: r.cols + deltaColumns }));
  }
  // Same size, shifted by the offsets (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getoffsetrange-member(1)).
  getOffsetRange(rowOffset: number, columnOffset: number): RangeDouble {
    return this.derived((r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }));
  }
  // "Selects the specified range in the Excel UI" (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-select-member(1)).
  select(): void {
    this.context.queue(() => {
      const target = this.resolve();
      this.model.activeSheet = target.sheet;
      this.model.selection = { sheet: target.sheet, rect: target.rect };
    });
  }
  // "Clear range values and formatting"; applyTo All, Formats or Contents (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-clear-member(1)).
  clear(
    applyTo?:
      | Excel.ClearApplyTo
      | "All"
      | "Formats"
      | "Contents"
      | "Hyperlinks"
      | "RemoveHyperlinks"
      | "ResetContents",
  ): void {
    const what = applyTo ?? "All";
    if (what !== "All" && what !== "Formats" && what !== "Contents") {
      throw new Error(`Excel double: Range.clear("${what}") is not simulated`);
    }
    this.context.queue(() => {
      const target = this.resolve();
      guardWrite(target, false, what !== "Formats");
      const { sheet, rect } = target;
      for (const [key, cell] of [...sheet.cells]) {
        const [r, c] = key.split(",").map(Number);
        if (!contains(rect, { row: r, col: c, rows: 1, cols: 1 })) continue;
        if (what === "All") sheet.cells.delete(key);
        else if (what === "Contents") enterValue(cell, "");
        else if (what === "Formats") {
          const { value, formula } = cell;
          sheet.cells.delete(key);
          Object.assign(sheet.cell(r, c), { value, formula });
        }
      }
    });
  }
}

/** The merged blocks a range overlaps, as `Range.getMergedAreasOrNullObject` returns them. */
export class RangeAreasDouble
  extends ClientObjectDouble
  implements Doubled<Excel.RangeAreas, "address" | "isNullObject" | "load">
{
  constructor(
    context: DoubleContext,
    private readonly resolve: () => { sheet: SheetModel; blocks: Rect[] },
  ) {
    super(context);
  }
  protected snapshot(property: string): unknown {
    const { sheet, blocks } = this.resolve();
    if (property === "isNullObject") return blocks.length === 0;
    // "Address value will contain the worksheet name for each rectangular block of cells (e.g., "Sheet1!A1:B4, Sheet1!D1:D4")" (learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-address-member).
    if (property === "address")
      return blocks.map((block) => `${quoteSheet(sheet.name)}!${toA1(block)}`).join(", ");
    throw new Error(`Excel double: RangeAreas.${property} is not simulated`);
  }
  get address(): string {
    return this.read("address");
  }
}
