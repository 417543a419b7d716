/** What hangs off a table: its sort, its rows, and its onChanged event. */
import { ClientObjectDouble } from "./client-object";
import type { Doubled } from "./conformance";
import { OfficeErrorDouble } from "./errors";
import type { CellValue, TableModel } from "./model";
import { enterValue, forEachCell } from "./range-target";
import type { DoubleContext } from "./request-context";
import { growthRefusal, permuteBodyRows, sortOrder, sortRefusal } from "./table-rules";

type TableResolver = () => TableModel;

export class TableSortDouble implements Doubled<Excel.TableSort, "apply"> {
  constructor(
    private readonly context: DoubleContext,
    private readonly resolve: TableResolver,
  ) {}
  // "Perform a sort operation" on the table's body rows (learn.microsoft.com/javascript/api/excel/excel.tablesort#excel-excel-tablesort-apply-member(1)).
  apply(fields: Array<{ key: number; ascending?: boolean }>): void {
    this.context.queue(() => {
      const table = this.resolve();
      const refusal = sortRefusal(table);
      if (refusal) throw new OfficeErrorDouble("AccessDenied", refusal);
      permuteBodyRows(table, sortOrder(table, fields));
      table.sheet.workbook.effects.recordApiWrite(table.sheet, table.bodyRect, "sort", true);
    });
  }
}

export class TableRowCollectionDouble implements Doubled<Excel.TableRowCollection, "add"> {
  constructor(
    private readonly context: DoubleContext,
    private readonly resolve: TableResolver,
  ) {}
  // Rows are added at the end of the table unless an index is given (learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)).
  add(_index?: number, values?: CellValue[][] | boolean | string | number): TableRowDouble {
    if (values !== undefined && !Array.isArray(values)) {
      throw new Error("Excel double: table.rows.add with a single value is not simulated");
    }
    this.context.queue(() => {
      const table = this.resolve();
      const refusal = growthRefusal(table);
      if (refusal) throw new OfficeErrorDouble("AccessDenied", refusal);
      const added = values?.length ?? 1;
      const rect = { ...table.rect, row: table.rect.row + table.rect.rows, rows: added };
      table.rect = { ...table.rect, rows: table.rect.rows + added };
      forEachCell({ sheet: table.sheet, rect }, (cell, r, c) => enterValue(cell, values?.[r]?.[c] ?? ""));
      table.sheet.workbook.effects.recordApiWrite(table.sheet, rect, "add rows", true);
    });
    return new TableRowDouble(this.context);
  }
}

/** The row `rows.add` returns; the double gives it no members beyond `load`. */
export class TableRowDouble extends ClientObjectDouble implements Doubled<Excel.TableRow, "load"> {
  protected snapshot(): unknown {
    return false;
  }
}

type TableChangedHandler = (args: Excel.TableChangedEventArgs) => Promise<unknown>;

/** Table.onChanged: a handler is registered when the batch that adds it runs. */
export class TableChangedHandlersDouble implements Doubled<
  OfficeExtension.EventHandlers<Excel.TableChangedEventArgs>,
  "add"
> {
  constructor(
    private readonly context: DoubleContext,
    private readonly resolve: TableResolver,
  ) {}
  // A handler belongs to the runtime that added it (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
  add(handler: TableChangedHandler): EventRegistrationDouble {
    const context = this.context;
    const registration = new EventRegistrationDouble(context);
    const entry = { handler, runtime: context.runtimeName };
    context.queue(() => {
      const table = this.resolve();
      table.handlers.push(entry);
      registration.remove = () => {
        context.queue(() => {
          table.handlers.splice(table.handlers.indexOf(entry), 1);
        });
      };
    });
    return registration;
  }
}

export class EventRegistrationDouble implements Doubled<
  OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>,
  "remove" | "context"
> {
  constructor(readonly context: DoubleContext) {}
  remove: () => void = () => undefined;
}
