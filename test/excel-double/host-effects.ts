/**
 * What Excel does around an add-in's writes, beyond the cells: the officer's undo stack, and the
 * `Table.onChanged` events it raises, delivered runtime by runtime (task pane, ribbon function file).
 */
import { quoteSheet, toA1 } from "./address";
import type { Rect, SheetModel, TableModel, WorkbookModel } from "./model";

/** The runtime that calls Excel.run unless a test says otherwise. */
export const PANE_RUNTIME = "taskpane";
export const RIBBON_RUNTIME = "commands";

export interface UndoStep {
  by: "officer" | "add-in";
  what: string;
}

/** A handler remembers the runtime whose context added it: only that runtime's switch silences it. */
export interface HandlerRegistration {
  handler: (args: Excel.TableChangedEventArgs) => Promise<unknown> | void;
  runtime: string;
}

interface PendingChange {
  table: TableModel;
  address: string;
}

function overlap(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  const right = Math.min(a.col + a.cols, b.col + b.cols);
  return bottom > row && right > col ? { row, col, rows: bottom - row, cols: right - col } : null;
}

export class HostEffects {
  /** Newest last. */
  readonly undoStack: UndoStep[] = [];
  /** Runtimes that switched events off (`context.runtime.enableEvents = false`). */
  private readonly silenced = new Set<string>();
  private pending: PendingChange[] = [];
  private deliveries: Array<Promise<unknown>> = [];

  constructor(private readonly model: WorkbookModel) {}

  // "Toggle JavaScript events in the current task pane or content add-in": the switch is per runtime
  // (learn.microsoft.com/javascript/api/excel/excel.runtime#excel-excel-runtime-enableevents-member).
  eventsEnabled(runtime: string): boolean {
    return !this.silenced.has(runtime);
  }

  setEventsEnabled(runtime: string, enabled: boolean): void {
    if (enabled) this.silenced.delete(runtime);
    else this.silenced.add(runtime);
  }

  // "This preserves both actions performed by Excel JavaScript APIs and actions performed by the user" in one
  // undo stack (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
  recordApiWrite(sheet: SheetModel, rect: Rect, what: string, changesData: boolean): void {
    this.undoStack.push({ by: "add-in", what: `${what} ${quoteSheet(sheet.name)}!${toA1(rect)}` });
    // Table.onChanged "occurs when data in cells changes on a specific table", whoever changed it: the ribbon's
    // writes reach the task pane's handlers (learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-onchanged-member).
    if (!changesData) return;
    for (const table of this.model.tables) {
      if (table.sheet !== sheet) continue;
      const part = overlap(table.rect, rect);
      if (part) this.pending.push({ table, address: `${quoteSheet(sheet.name)}!${toA1(part)}` });
    }
  }

  recordOfficerEdit(what: string): void {
    this.undoStack.push({ by: "officer", what });
  }

  // "If you call an unsupported API in your add-in, the user's undo stack is cleared"; WorksheetProtection.protect,
  // unprotect and Worksheet.delete are unsupported (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities#unsupported-apis).
  clearUndo(): void {
    this.undoStack.length = 0;
  }

  /**
   * Hands the changes of a finished batch to the handlers, after the batch like Excel's asynchronous
   * events. The docs do not say when within a batch the switch is read; the double reads it at
   * delivery, the less forgiving choice (a pause and resume inside one batch silences nothing).
   */
  deliverPending(): void {
    const changes = this.pending;
    this.pending = [];
    for (const { table, address } of changes) this.deliver(table, address, "Local");
  }

  /** An edit the officer made (or a remote co-author's): same delivery rule. */
  deliver(table: TableModel, address: string, source: "Local" | "Remote"): Promise<void> {
    const args = {
      address,
      changeType: "RangeEdited",
      source,
      tableId: table.id,
      worksheetId: table.sheet.id,
      type: "TableChanged",
    } as Excel.TableChangedEventArgs;
    const runs = table.handlers
      .filter((registration) => this.eventsEnabled(registration.runtime))
      .map((registration) => Promise.resolve().then(() => registration.handler(args)));
    this.deliveries.push(...runs);
    return Promise.all(runs).then(() => undefined);
  }

  /** Waits until every handler delivered so far has finished (tests call this). */
  async settle(): Promise<void> {
    while (this.deliveries.length > 0) {
      const running = this.deliveries;
      this.deliveries = [];
      await Promise.allSettled(running);
    }
  }
}
