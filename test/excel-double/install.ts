/**
 * Installs the Excel double as the globals an add-in sees (`Excel`, `Office`, `OfficeExtension`), in jest
 * and in the browser. Returns the model so tests can look at, and act on, the workbook.
 */
import type { EnumMembers } from "./conformance";
import { OfficeErrorDouble } from "./errors";
import { DoubleContext } from "./request-context";
import { WorkbookModel, versionAtLeast } from "./model";
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
  // Every member of Excel.ErrorCodes (learn.microsoft.com/javascript/api/excel/excel.errorcodes).
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
} as const satisfies {
  ConditionalFormatType: EnumMembers<typeof Excel.ConditionalFormatType>;
  DataValidationAlertStyle: EnumMembers<typeof Excel.DataValidationAlertStyle>;
  DataValidationOperator: EnumMembers<typeof Excel.DataValidationOperator>;
  ClearApplyTo: Partial<EnumMembers<typeof Excel.ClearApplyTo>>;
  VerticalAlignment: Partial<EnumMembers<typeof Excel.VerticalAlignment>>;
  EventSource: EnumMembers<typeof Excel.EventSource>;
  DataChangeType: Partial<EnumMembers<typeof Excel.DataChangeType>>;
  ErrorCodes: EnumMembers<typeof Excel.ErrorCodes>;
};

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
    // The double implements only the members its `Doubled` checks name (conformance.ts).
    const result = await batch(context as unknown as Excel.RequestContext);
    // "run functions call sync() implicitly before they resolve" (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#sync).
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
        // Only ExcelApi is simulated: asked about any other set (DialogApi...), the double says no. Versions
        // compare as isSetSupported does (learn.microsoft.com/javascript/api/office/office.requirementsetsupport).
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

export {
  insertTableColumn,
  moveTable,
  reorderTableRows,
  shuffled,
  tableHeader,
  tableOrThrow,
  tableRecords,
  typeBesideTable,
  typeInto,
  typeRowUnderTable,
} from "./officer-actions";
