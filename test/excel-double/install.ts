/**
 * Installs the Excel double as the globals an add-in sees (`Excel`, `Office`, `OfficeExtension`), in jest
 * and in the browser. Returns the model so tests can look at, and act on, the workbook.
 */
import { DoubleContext, OfficeErrorDouble } from "./client";
import { parseAddress, quoteSheet, toA1 } from "./address";
import { enterString } from "./value-parsing";
import { WorkbookModel, versionAtLeast, type CellModel, type CellValue, type TableModel } from "./model";
import { permuteBodyRows, sortRefusal } from "./table-rules";
import { installChartSupport } from "./charts";

installChartSupport();

export interface RunOptions {
  delayForCellEdit?: boolean;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelDouble {
  model: WorkbookModel;
  run<T>(optionsOrBatch: RunOptions | Batch<T>, maybeBatch?: Batch<T>): Promise<T>;
  /** Runs the table's onChanged handlers as Excel does after an edit (each only while its runtime's events are on). */
  emitTableChanged(tableName: string, address: string, source?: "Local" | "Remote"): Promise<void>;
  /** Runs `work` as code of another add-in runtime (the ribbon's function file): its Excel.run contexts belong there. */
  inRuntime<T>(runtime: string, work: () => Promise<T>): Promise<T>;
  /** Waits for every change event raised so far to be handled. */
  settleEvents(): Promise<void>;
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
  // The members of Excel.ErrorCodes as @types/office-js declares them.
  ErrorCodes: {
    accessDenied: "AccessDenied",
    apiNotFound: "ApiNotFound",
    conflict: "Conflict",
    dirtySupportingFormula: "DirtySupportingFormula",
    emptyChartSeries: "EmptyChartSeries",
    filteredRangeConflict: "FilteredRangeConflict",
    formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
    generalException: "GeneralException",
    inactiveWorkbook: "InactiveWorkbook",
    insertDeleteConflict: "InsertDeleteConflict",
    invalidArgument: "InvalidArgument",
    invalidBinding: "InvalidBinding",
    invalidOperation: "InvalidOperation",
    invalidReference: "InvalidReference",
    invalidSelection: "InvalidSelection",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    mergedRangeConflict: "MergedRangeConflict",
    nonBlankCellOffSheet: "NonBlankCellOffSheet",
    notImplemented: "NotImplemented",
    openWorkbookLinksBlocked: "OpenWorkbookLinksBlocked",
    operationCellsExceedLimit: "OperationCellsExceedLimit",
    pivotTableRangeConflict: "PivotTableRangeConflict",
    powerQueryRefreshResourceChallenge: "PowerQueryRefreshResourceChallenge",
    rangeExceedsLimit: "RangeExceedsLimit",
    rangeImageExceedsLimit: "RangeImageExceedsLimit",
    refreshWorkbookLinksBlocked: "RefreshWorkbookLinksBlocked",
    requestAborted: "RequestAborted",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    unsupportedFeature: "UnsupportedFeature",
    unsupportedFillType: "UnsupportedFillType",
    unsupportedOperation: "UnsupportedOperation",
    unsupportedSheet: "UnsupportedSheet",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
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
      // learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling: InvalidOperationInCellEditMode.
      context.failWith = new OfficeErrorDouble(
        "InvalidOperationInCellEditMode",
        "The operation isn't available while Excel is in Edit cell mode.",
      );
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
    if (table) await model.effects.deliver(table, address, source);
  };
  const inRuntime = async <T>(runtime: string, work: () => Promise<T>): Promise<T> => {
    const before = model.currentRuntime;
    model.currentRuntime = runtime;
    try {
      return await work();
    } finally {
      model.currentRuntime = before;
    }
  };
  return { model, run, emitTableChanged, inRuntime, settleEvents: () => model.effects.settle() };
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

export { parseAddress };

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
