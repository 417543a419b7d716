/**
 * A range's format: font, fill, cell protection, column width, wrapping, alignment. Each write is a
 * format change, which a protected sheet refuses (range-target.ts, guardWrite).
 */
import type { Doubled } from "./conformance";
import { contains, type CellModel } from "./model";
import {
  forEachCell,
  guardWrite,
  RangePartDouble,
  type RangeResolver,
  type RangeTarget,
} from "./range-target";
import type { DoubleContext } from "./request-context";

/**
 * One format property read over a range: "Properties return null when a range contains multiple different
 * values" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 */
function uniform<T>(target: RangeTarget, read: (cell: CellModel) => T, blank: T): T | null {
  const { sheet, rect } = target;
  let seen: { value: T } | null = null;
  let present = 0;
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number);
    if (!contains(rect, { row: r, col: c, rows: 1, cols: 1 })) continue;
    present++;
    const value = read(cell);
    if (seen && seen.value !== value) return null;
    seen = { value };
  }
  if (present < rect.rows * rect.cols && seen && seen.value !== blank) return null;
  return seen ? seen.value : blank;
}

/** Queues a format change on every cell of the range. */
function formatCells(context: DoubleContext, resolve: RangeResolver, apply: (cell: CellModel) => void): void {
  context.queue(() => {
    const target = resolve();
    guardWrite(target, false);
    forEachCell(target, apply);
  });
}

export class RangeFormatDouble
  extends RangePartDouble
  implements
    Doubled<
      Excel.RangeFormat,
      | "font"
      | "fill"
      | "protection"
      | "columnWidth"
      | "wrapText"
      | "verticalAlignment"
      | "autofitRows"
      | "load"
    >
{
  readonly font: RangeFontDouble;
  readonly fill: RangeFillDouble;
  readonly protection: FormatProtectionDouble;
  constructor(context: DoubleContext, resolve: RangeResolver) {
    super(context, resolve);
    this.font = new RangeFontDouble(context, resolve);
    this.fill = new RangeFillDouble(context, resolve);
    this.protection = new FormatProtectionDouble(context, resolve);
  }
  protected override snapshot(property: string): unknown {
    if (property === "isNullObject") return false;
    const { sheet, rect } = this.resolve();
    // 48 points (64 pixels): the width of a new column in a Calibri 11 workbook; not in the API docs.
    if (property === "columnWidth") return sheet.columnWidths.get(rect.col) ?? 48;
    if (property === "wrapText") return uniform({ sheet, rect }, (cell) => cell.wrapText, false);
    throw new Error(`Excel double: RangeFormat.${property} is not simulated`);
  }
  set columnWidth(points: number) {
    this.context.queue(() => {
      const target = this.resolve();
      guardWrite(target, false);
      for (let c = target.rect.col; c < target.rect.col + target.rect.cols; c++)
        target.sheet.columnWidths.set(c, points);
    });
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set wrapText(wrap: boolean) {
    formatCells(this.context, this.resolve, (cell) => {
      cell.wrapText = wrap;
    });
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set verticalAlignment(
    alignment: Excel.VerticalAlignment | "Center" | "Bottom" | "Top" | "Justify" | "Distributed",
  ) {
    formatCells(this.context, this.resolve, (cell) => {
      cell.verticalAlignment = alignment;
    });
  }
  // A row-height change, refused on a protected sheet like any format (range-target.ts, guardWrite).
  autofitRows(): void {
    this.context.queue(() => guardWrite(this.resolve(), false));
  }
}

export class RangeFontDouble
  extends RangePartDouble
  implements Doubled<Excel.RangeFont, "bold" | "size" | "color" | "load">
{
  set bold(bold: boolean) {
    formatCells(this.context, this.resolve, (cell) => {
      cell.bold = bold;
    });
  }
  set size(size: number) {
    formatCells(this.context, this.resolve, (cell) => {
      cell.fontSize = size;
    });
  }
  set color(color: string) {
    formatCells(this.context, this.resolve, (cell) => {
      cell.fontColor = color;
    });
  }
}

export class RangeFillDouble extends RangePartDouble implements Doubled<Excel.RangeFill, "color" | "load"> {
  set color(color: string) {
    formatCells(this.context, this.resolve, (cell) => {
      cell.fillColor = color;
    });
  }
}

export class FormatProtectionDouble
  extends RangePartDouble
  implements Doubled<Excel.FormatProtection, "locked" | "load">
{
  protected override snapshot(property: string): unknown {
    if (property === "isNullObject") return false;
    // Cells are locked until unlocked before protecting (support.microsoft.com/office/protect-a-worksheet-3179efdb-1285-4d49-a9c3-f4ca36276de6).
    if (property === "locked") return uniform(this.resolve(), (cell) => cell.locked, true);
    return undefined;
  }
  get locked(): boolean {
    return this.read<boolean>("locked");
  }
  set locked(locked: boolean) {
    formatCells(this.context, this.resolve, (cell) => {
      cell.locked = locked;
    });
  }
}
