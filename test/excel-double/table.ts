/** Tables: the collection (workbook-wide or one sheet's) and a table with its ranges. */
import { parseAddress } from "./address";
import { ClientObjectDouble } from "./client-object";
import type { Doubled } from "./conformance";
import { accessDenied, notFound, OfficeErrorDouble } from "./errors";
import { intersects, TableModel, type Rect, type SheetModel } from "./model";
import { RangeDouble } from "./range";
import { guardWrite, type RangeTarget } from "./range-target";
import type { DoubleContext } from "./request-context";
import { TableChangedHandlersDouble, TableRowCollectionDouble, TableSortDouble } from "./table-parts";
import { growthRefusal } from "./table-rules";
import { WorksheetDouble } from "./worksheet";

type TableResolver = () => TableModel | undefined;

export class TableCollectionDouble
  extends ClientObjectDouble
  implements
    Doubled<Excel.TableCollection, "items" | "count" | "add" | "getItem" | "getItemOrNullObject" | "load">
{
  private itemsLoaded: TableDouble[] | null = null;
  constructor(
    context: DoubleContext,
    private readonly sheet: () => SheetModel | undefined,
  ) {
    super(context);
  }
  private inScope(): TableModel[] {
    const sheet = this.sheet();
    return sheet ? this.model.tables.filter((t) => t.sheet === sheet) : this.model.tables;
  }
  protected snapshot(property: string): unknown {
    if (property === "isNullObject") return false;
    if (property === "count") return this.inScope().length;
    return undefined;
  }
  override loadNow(properties: string[]): void {
    const itemProperties = properties
      .filter((p) => p.startsWith("items/"))
      .map((p) => p.slice("items/".length));
    const rest = properties.filter((p) => !p.startsWith("items"));
    super.loadNow(rest);
    if (properties.some((p) => p.startsWith("items")) || properties.length === 0) {
      this.itemsLoaded = this.inScope().map((table) => {
        const item = new TableDouble(this.context, () => this.model.tables.find((t) => t === table));
        item.loadNow(itemProperties.length > 0 ? itemProperties : ["name"]);
        return item;
      });
    }
  }
  get items(): TableDouble[] {
    if (!this.itemsLoaded) throw new OfficeErrorDouble("PropertyNotLoaded", "items is not loaded");
    return this.itemsLoaded;
  }
  get count(): number {
    return this.read("count");
  }
  add(address: string | RangeDouble, hasHeaders: boolean): TableDouble {
    let created: TableModel | undefined;
    this.context.queue(() => {
      let target: RangeTarget;
      if (typeof address === "string") {
        const parsed = parseAddress(address);
        const sheet = parsed.sheet ? this.model.sheet(parsed.sheet) : this.sheet();
        if (!sheet) throw notFound(`sheet of ${address}`);
        target = { sheet, rect: parsed.rect };
      } else {
        target = address.resolve();
      }
      guardWrite(target, false);
      if (!hasHeaders) throw new Error("Excel double: tables without headers are not simulated");
      if (this.model.tables.some((t) => t.sheet === target.sheet && intersects(t.rect, target.rect))) {
        // MergedRangeConflict: "A table can't overlap with another table" (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
        throw new OfficeErrorDouble("MergedRangeConflict", "A table can't overlap with another table.");
      }
      created = new TableModel(
        `Table${this.model.tables.length + 1}`,
        target.sheet,
        target.rect,
        this.model.newId("table"),
      );
      this.model.tables.push(created);
    });
    return new TableDouble(this.context, () => {
      if (!created) throw notFound("table");
      return this.model.tables.includes(created) ? created : undefined;
    });
  }
  // Table names compare without case, as Excel's names do (learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-name-member, "Rename an Excel table").
  getItem(name: string): TableDouble {
    return new TableDouble(this.context, () => {
      const table = this.model.table(name);
      if (!table) throw notFound(`table ${name}`);
      return table;
    });
  }
  getItemOrNullObject(name: string): TableDouble {
    return new TableDouble(this.context, () =>
      this.inScope().find((t) => t.name.toLowerCase() === name.toLowerCase()),
    );
  }
}

type TableMember =
  | "onChanged"
  | "sort"
  | "rows"
  | "resize"
  | "clearFilters"
  | "name"
  | "id"
  | "style"
  | "worksheet"
  | "getRange"
  | "getHeaderRowRange"
  | "getDataBodyRange"
  | "convertToRange"
  | "isNullObject"
  | "load"
  | "context";

export class TableDouble extends ClientObjectDouble implements Doubled<Excel.Table, TableMember> {
  readonly onChanged: TableChangedHandlersDouble;
  readonly sort: TableSortDouble;
  readonly rows: TableRowCollectionDouble;
  constructor(
    context: DoubleContext,
    private readonly resolveOrNull: TableResolver,
  ) {
    super(context);
    const resolve = () => this.resolve();
    this.onChanged = new TableChangedHandlersDouble(context, resolve);
    this.sort = new TableSortDouble(context, resolve);
    this.rows = new TableRowCollectionDouble(context, resolve);
  }
  resolve(): TableModel {
    const table = this.resolveOrNull();
    if (!table) throw notFound("table");
    return table;
  }
  protected snapshot(property: string): unknown {
    const table = this.resolveOrNull();
    if (property === "isNullObject") return !table;
    if (!table) return undefined;
    if (property === "name") return table.name;
    if (property === "id") return table.id;
    if (property === "style") return table.style;
    return undefined;
  }
  resize(range: RangeDouble | string): void {
    this.context.queue(() => {
      const table = this.resolve();
      const refusal = growthRefusal(table);
      if (refusal) throw new OfficeErrorDouble("AccessDenied", refusal);
      const rect = typeof range === "string" ? parseAddress(range).rect : range.resolve().rect;
      // "The new range must overlap with the original table range and the headers (or the top of the table) must
      // be in the same row" (learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)).
      if (rect.row !== table.rect.row || !intersects(rect, table.rect)) {
        throw new OfficeErrorDouble(
          "InvalidArgument",
          "The new range must overlap the table, headers in the same row.",
        );
      }
      table.rect = rect;
    });
  }
  /** Filters are not simulated: nothing to clear, but a protected sheet still refuses. */
  // The double refuses even with allowAutoFilter, never kinder (learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions#excel-excel-worksheetprotectionoptions-allowautofilter-member).
  clearFilters(): void {
    this.context.queue(() => {
      if (this.resolve().sheet.protected) throw accessDenied();
    });
  }
  get name(): string {
    return this.read("name");
  }
  // "The set name of the table must follow the guidelines specified in the Rename an Excel table article": unique
  // in the workbook (learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-name-member).
  set name(name: string) {
    this.context.queue(() => {
      const table = this.resolve();
      const clash = this.model.table(name);
      if (clash && clash !== table)
        throw new OfficeErrorDouble("InvalidArgument", `Table name ${name} is taken.`);
      table.name = name;
    });
  }
  get id(): string {
    return this.read("id");
  }
  set style(style: string) {
    this.context.queue(() => {
      this.resolve().style = style;
    });
  }
  /** Like Office, the sheet and ranges a table hands out stay bound to what they were when first used. */
  get worksheet(): WorksheetDouble {
    let bound: SheetModel | undefined;
    return new WorksheetDouble(this.context, () => (bound ??= this.resolveOrNull()?.sheet));
  }
  private range(rect: (table: TableModel) => Rect): RangeDouble {
    let bound: RangeTarget | undefined;
    return new RangeDouble(this.context, () => {
      if (bound) return bound;
      const table = this.resolve();
      bound = { sheet: table.sheet, rect: rect(table) };
      return bound;
    });
  }
  getRange(): RangeDouble {
    return this.range((t) => t.rect);
  }
  getHeaderRowRange(): RangeDouble {
    return this.range((t) => ({ ...t.rect, rows: 1 }));
  }
  getDataBodyRange(): RangeDouble {
    return this.range((t) => t.bodyRect);
  }
  // "Converts the table into a normal range of cells. All data is preserved" (learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-converttorange-member(1)).
  convertToRange(): RangeDouble {
    let rect: Rect | null = null;
    let sheet: SheetModel | null = null;
    this.context.queue(() => {
      const table = this.resolve();
      if (table.sheet.protected) throw accessDenied();
      rect = table.rect;
      sheet = table.sheet;
      this.model.removeTable(table);
    });
    return new RangeDouble(this.context, () => {
      if (!rect || !sheet) throw notFound("converted range");
      return { sheet, rect };
    });
  }
}
