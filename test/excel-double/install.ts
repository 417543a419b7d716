/**
 * Installs the Excel double as the globals an add-in sees (`Excel`, `Office`, `OfficeExtension`), in jest
 * and in the browser. Returns the model so tests can look at, and act on, the workbook.
 */
import { DoubleContext, OfficeErrorDouble } from "./client";
import { parseAddress, quoteSheet, toA1 } from "./address";
import { WorkbookModel, versionAtLeast, type CellModel, type CellValue, type TableModel } from "./model";

export interface RunOptions {
  delayForCellEdit?: boolean;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelDouble {
  model: WorkbookModel;
  run<T>(optionsOrBatch: RunOptions | Batch<T>, maybeBatch?: Batch<T>): Promise<T>;
  /** Runs the table's onChanged handlers as Excel does after an edit (only while events are enabled). */
  emitTableChanged(tableName: string, address: string, source?: "Local" | "Remote"): Promise<void>;
}

export const ENUMS = {
  ConditionalFormatType: {
    custom: "Custom",
    dataBar: "DataBar",
    colorScale: "ColorScale",
    iconSet: "IconSet",
    topBottom: "TopBottom",
    presetCriteria: "PresetCriteria",
    containsText: "ContainsText",
    cellValue: "CellValue",
  },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  DataValidationOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  EventSource: { local: "Local", remote: "Remote" },
  DataChangeType: { unknown: "Unknown", rangeEdited: "RangeEdited" },
  ErrorCodes: {
    accessDenied: "AccessDenied",
    invalidOperation: "InvalidOperation",
    itemNotFound: "ItemNotFound",
    invalidArgument: "InvalidArgument",
  },
} as const;

export function createExcelDouble(model: WorkbookModel = new WorkbookModel()): ExcelDouble {
  const run = async <T>(optionsOrBatch: RunOptions | Batch<T>, maybeBatch?: Batch<T>): Promise<T> => {
    // Excel.run(options, batch), Excel.run(batch) or Excel.run(otherContext, batch).
    const options =
      typeof optionsOrBatch === "function" || optionsOrBatch instanceof DoubleContext ? {} : optionsOrBatch;
    const batch = typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch;
    if (!batch) throw new Error("Excel double: Excel.run needs a batch function");
    // Excel.run(existingContext, batch) carries on in that context (how event handlers are removed).
    const context = optionsOrBatch instanceof DoubleContext ? optionsOrBatch : new DoubleContext(model);
    if (model.cellEditMode && !options.delayForCellEdit) {
      context.failWith = new OfficeErrorDouble("InvalidOperation", "Excel is in cell-editing mode.");
    }
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.hasPending) await context.sync();
    return result;
  };
  const emitTableChanged = async (
    tableName: string,
    address: string,
    source: "Local" | "Remote" = "Local",
  ) => {
    const table = model.table(tableName);
    if (!table || !model.enableEvents) return;
    const args = {
      address,
      changeType: "RangeEdited",
      source,
      tableId: table.id,
      worksheetId: table.sheet.id,
      type: "TableChanged",
    } as Excel.TableChangedEventArgs;
    for (const handler of [...table.handlers]) await handler(args);
  };
  return { model, run, emitTableChanged };
}

interface OfficeGlobals {
  Excel: unknown;
  Office: unknown;
  OfficeExtension: unknown;
}

/**
 * Defines the globals. `onReadyHost` is what Office.onReady reports ("Excel", or null outside Office).
 * With `pin`, later assignments (office.js finishing its own start-up in a browser) cannot replace them.
 */
export function installExcelDouble(
  double: ExcelDouble,
  onReadyHost: string | null = "Excel",
  pin = false,
): void {
  const scope = globalThis as unknown as OfficeGlobals;
  const excel: Record<string, unknown> = { ...ENUMS, run: double.run };
  const info = { host: onReadyHost, platform: onReadyHost ? "OfficeOnline" : null };
  const office: Record<string, unknown> = {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    actions: { associate: () => undefined },
    context: {
      requirements: {
        // Only ExcelApi is simulated: asked about any other set (DialogApi...), the double says no.
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && versionAtLeast(double.model.supportedExcelApi, version ?? "1.1"),
      },
      // Office.context.diagnostics: host, platform and Office version (learn.microsoft.com/javascript/api/office/office.contextinformation)
      diagnostics: { host: "Excel", platform: info.platform, version: "16.0.0.0 (Excel double)" },
    },
  };
  const officeExtension: Record<string, unknown> = { Error: OfficeErrorDouble };
  if (!pin) {
    scope.Excel = excel;
    scope.Office = office;
    scope.OfficeExtension = officeExtension;
    return;
  }
  // office.js declares its globals with `var` (they cannot be redefined) and keeps assigning members
  // while it starts up, so the double pins its members on whatever objects are there.
  for (const [name, members] of [
    ["Excel", excel],
    ["Office", office],
    ["OfficeExtension", officeExtension],
  ] as const) {
    if (typeof scope[name] !== "object" || scope[name] === null) scope[name] = {};
    const target = scope[name] as object;
    for (const [key, value] of Object.entries(members)) {
      // office.js defines its own `Office.context` once started; see below.
      const configurable = key === "context";
      Object.defineProperty(target, key, {
        configurable,
        enumerable: true,
        get: () => value,
        set: () => undefined,
      });
    }
  }
  // office.js then defines Office.context with a getter of its own (o15apptofilemappingtable.js, loaded
  // during its start-up; an empty object outside Office), racing the bundle. The double's context stays.
  const officeObject = scope.Office;
  const define = Object.defineProperty;
  Object.defineProperty = function (target: object, key: PropertyKey, attributes: PropertyDescriptor) {
    if (target === officeObject && key === "context") return target;
    return define(target, key, attributes);
  } as typeof Object.defineProperty;
}

// ---------- What officers do, for tests ----------

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

/** An officer types into the table (a string starting with "=" is a formula with the given result). */
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
  } else {
    cell.formula = null;
    cell.value = value;
  }
  return `${quoteSheet(sheet.name)}!${toA1({ row, col, rows: 1, cols: 1 })}`;
}

/** Sorts the table's body rows the way Excel does: whole rows move, formats included. */
export function reorderTableRows(
  model: WorkbookModel,
  tableName: string,
  order: (rowCount: number) => number[],
): void {
  const table = tableOrThrow(model, tableName);
  const { sheet, bodyRect } = { sheet: table.sheet, bodyRect: table.bodyRect };
  const rows: Array<Array<CellModel | undefined>> = [];
  for (let r = 0; r < bodyRect.rows; r++) {
    const cells: Array<CellModel | undefined> = [];
    for (let c = 0; c < bodyRect.cols; c++) cells.push(sheet.peek(bodyRect.row + r, bodyRect.col + c));
    rows.push(cells);
  }
  const permutation = order(bodyRect.rows);
  permutation.forEach((from, to) => {
    rows[from].forEach((cell, c) => {
      const key = `${bodyRect.row + to},${bodyRect.col + c}`;
      if (cell) sheet.cells.set(key, { ...cell });
      else sheet.cells.delete(key);
    });
  });
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

export { parseAddress };
