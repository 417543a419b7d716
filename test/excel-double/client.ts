/**
 * Client-side objects of the Excel double. Like Office.js, every property write and method call is queued
 * and runs only at `context.sync()`; a property can be read only after `load` and a sync. A failing
 * operation rejects the sync and drops the rest of the batch (operations before it stay applied).
 */
import { parseAddress, quoteSheet, toA1 } from "./address";
import {
  TableModel,
  contains,
  grid,
  intersects,
  type CellModel,
  type CellValue,
  type Rect,
  type SheetModel,
  type WorkbookModel,
  versionAtLeast,
} from "./model";
import { growthRefusal, permuteBodyRows, sortOrder, sortRefusal } from "./table-rules";
import { enterString } from "./value-parsing";

export class OfficeErrorDouble extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

type LoadOption = string | string[] | { select?: string | string[] };

function propertyList(option?: LoadOption): string[] {
  if (option === undefined) return [];
  const raw = typeof option === "string" || Array.isArray(option) ? option : (option.select ?? []);
  const list = Array.isArray(raw) ? raw : raw.split(",");
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

// Excel on the web: "payload size limit for requests and responses is 5MB"; past it a request fails with
// RequestPayloadSizeLimitExceeded (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
// 5 000 000 bytes, the smaller reading of "5MB", so the double is never kinder than Excel.
export const REQUEST_PAYLOAD_LIMIT_BYTES = 5_000_000;
/** Each queued action travels as a small JSON envelope (object path, member name, ids) besides its data. */
export const ACTION_ENVELOPE_BYTES = 100;

const utf8 = new TextEncoder();

/** Bytes an action adds to its request: its envelope and its arguments serialized as JSON. */
export function actionBytes(payload: unknown): number {
  if (payload === undefined) return ACTION_ENVELOPE_BYTES;
  return ACTION_ENVELOPE_BYTES + utf8.encode(JSON.stringify(payload)).length;
}

export class DoubleContext {
  private pending: Array<() => void> = [];
  private pendingBytes = 0;
  readonly workbook: WorkbookDouble;
  readonly runtime: RuntimeDouble;
  /** Set by Excel.run when the user is editing a cell and the run did not ask to wait. */
  failWith: OfficeErrorDouble | null = null;

  constructor(
    readonly model: WorkbookModel,
    /** The add-in runtime that made this context (task pane or ribbon function file). */
    readonly runtimeName: string = model.currentRuntime,
  ) {
    this.workbook = new WorkbookDouble(this);
    this.runtime = new RuntimeDouble(this);
  }

  /** `payload` is what the action sends (values, formats, a setting's value), counted against the cap. */
  queue(op: () => void, payload?: unknown): void {
    this.pending.push(op);
    this.pendingBytes += actionBytes(payload);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  async sync(): Promise<void> {
    this.model.syncCount++;
    const ops = this.pending;
    const bytes = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    await Promise.resolve();
    if (this.failWith && ops.length > 0) throw this.failWith;
    if (ops.length > 0) this.model.requestBytes.push(bytes);
    if (bytes > REQUEST_PAYLOAD_LIMIT_BYTES) {
      // The request is refused whole: none of its actions runs.
      throw new OfficeErrorDouble(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes} bytes) has exceeded the limit.`,
      );
    }
    const failAfter = this.model.failAfterOperations;
    try {
      for (let i = 0; i < ops.length; i++) {
        if (failAfter !== null && i === failAfter) {
          this.model.failAfterOperations = null;
          throw new OfficeErrorDouble(
            "GeneralException",
            `Simulated failure at operation ${i + 1} of ${ops.length}.`,
          );
        }
        ops[i]();
      }
    } finally {
      // What a failed batch did before failing stays done, and raises its events too.
      this.model.effects.deliverPending();
    }
  }

  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}

export abstract class ClientObjectDouble {
  protected readonly loaded = new Map<string, unknown>();
  constructor(readonly context: DoubleContext) {}

  /** Reads a property's current value from the model (at sync time). */
  protected abstract snapshot(property: string): unknown;

  protected child(_name: string): ClientObjectDouble | undefined {
    return undefined;
  }

  load(option?: LoadOption): this {
    const properties = propertyList(option);
    this.context.queue(() => this.loadNow(properties));
    return this;
  }

  loadNow(properties: string[]): void {
    this.loaded.set("isNullObject", this.snapshot("isNullObject"));
    if (this.loaded.get("isNullObject") === true) return;
    for (const property of properties.length > 0 ? properties : this.defaultProperties()) {
      const slash = property.indexOf("/");
      if (slash >= 0) {
        const child = this.child(property.slice(0, slash));
        if (!child) throw new Error(`Excel double: no navigation property in "${property}"`);
        child.loadNow([property.slice(slash + 1)]);
      } else {
        this.loaded.set(property, this.snapshot(property));
      }
    }
  }

  protected defaultProperties(): string[] {
    return [];
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw new OfficeErrorDouble(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Before reading the property's value, call the load method.`,
      );
    }
    if (property !== "isNullObject" && this.loaded.get("isNullObject") === true) {
      throw new OfficeErrorDouble("InvalidObjectPath", "The object is a null object.");
    }
    return this.loaded.get(property) as T;
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  get model(): WorkbookModel {
    return this.context.model;
  }
}

function notFound(what: string): OfficeErrorDouble {
  return new OfficeErrorDouble("ItemNotFound", `The requested resource doesn't exist. (${what})`);
}

function accessDenied(): OfficeErrorDouble {
  return new OfficeErrorDouble(
    "AccessDenied",
    "The cell or chart you're trying to change is on a protected sheet.",
  );
}

// ---------- Workbook, application, runtime, settings ----------

export class WorkbookDouble extends ClientObjectDouble {
  readonly worksheets: WorksheetCollectionDouble;
  readonly tables: TableCollectionDouble;
  readonly settings: SettingCollectionDouble;
  readonly application: ApplicationDouble;
  constructor(context: DoubleContext) {
    super(context);
    this.worksheets = new WorksheetCollectionDouble(context);
    this.tables = new TableCollectionDouble(context, () => undefined);
    this.settings = new SettingCollectionDouble(context);
    this.application = new ApplicationDouble(context);
  }
  protected snapshot(): unknown {
    return false;
  }
}

export class ApplicationDouble extends ClientObjectDouble {
  protected snapshot(): unknown {
    return false;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.model.apiUsed.add("suspendApiCalculationUntilNextSync");
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.model.apiUsed.add("suspendScreenUpdatingUntilNextSync");
    if (!versionAtLeast(this.model.supportedExcelApi, "1.9")) {
      throw new OfficeErrorDouble("ApiNotFound", "suspendScreenUpdatingUntilNextSync needs ExcelApi 1.9");
    }
  }
}

export class RuntimeDouble extends ClientObjectDouble {
  protected snapshot(property: string): unknown {
    return property === "enableEvents" ? this.model.effects.eventsEnabled(this.context.runtimeName) : false;
  }
  get enableEvents(): boolean {
    return this.read("enableEvents");
  }
  // "Toggle JavaScript events in the current task pane or content add-in" (Excel.Runtime docs).
  set enableEvents(value: boolean) {
    this.context.queue(() => {
      this.model.effects.setEventsEnabled(this.context.runtimeName, value);
    });
  }
}

export class SettingDouble extends ClientObjectDouble {
  constructor(
    context: DoubleContext,
    private readonly settingKey: string,
  ) {
    super(context);
  }
  protected snapshot(property: string): unknown {
    const has = this.model.settings.has(this.settingKey);
    if (property === "isNullObject") return !has;
    if (property === "key") return this.settingKey;
    if (property === "value") return this.model.settings.get(this.settingKey);
    return undefined;
  }
  get value(): unknown {
    return this.read("value");
  }
  get key(): string {
    return this.read("key");
  }
  delete(): void {
    this.context.queue(() => {
      this.model.settings.delete(this.settingKey);
    });
  }
}

export class SettingCollectionDouble extends ClientObjectDouble {
  private itemsLoaded: SettingDouble[] | null = null;
  protected snapshot(): unknown {
    return false;
  }
  override loadNow(properties: string[]): void {
    const itemProperties = properties.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    super.loadNow(properties.filter((p) => !p.startsWith("items")));
    // A collection's items are a snapshot taken when the batch runs (Office.js collections, items).
    this.itemsLoaded = [...this.model.settings.keys()].map((key) => {
      const item = new SettingDouble(this.context, key);
      item.loadNow(itemProperties.length > 0 ? itemProperties : ["key", "value"]);
      return item;
    });
  }
  get items(): SettingDouble[] {
    if (!this.itemsLoaded) throw new OfficeErrorDouble("PropertyNotLoaded", "items is not loaded");
    return this.itemsLoaded;
  }
  add(key: string, value: string | number | boolean | Date | unknown[] | object): SettingDouble {
    // Office stores settings as JSON: what comes back is a copy.
    const stored = JSON.parse(JSON.stringify(value)) as unknown;
    this.context.queue(
      () => {
        this.model.settings.set(key, stored);
      },
      { key, value: stored },
    );
    return new SettingDouble(this.context, key);
  }
  getItemOrNullObject(key: string): SettingDouble {
    return new SettingDouble(this.context, key);
  }
}

// ---------- Worksheets ----------

type SheetResolver = () => SheetModel | undefined;

export class WorksheetCollectionDouble extends ClientObjectDouble {
  protected snapshot(): unknown {
    return false;
  }
  getItem(name: string): WorksheetDouble {
    return new WorksheetDouble(this.context, () => {
      const sheet = this.model.sheet(name);
      if (!sheet) throw notFound(`worksheet ${name}`);
      return sheet;
    });
  }
  getItemOrNullObject(name: string): WorksheetDouble {
    return new WorksheetDouble(this.context, () => this.model.sheet(name));
  }
  getActiveWorksheet(): WorksheetDouble {
    return new WorksheetDouble(this.context, () => this.model.activeSheet);
  }
  add(name?: string): WorksheetDouble {
    const sheetName = name ?? `Sheet${this.model.sheets.length + 1}`;
    this.context.queue(() => {
      if (this.model.sheet(sheetName)) {
        throw new OfficeErrorDouble("ItemAlreadyExists", `A sheet named ${sheetName} already exists.`);
      }
      this.model.addSheet(sheetName);
    });
    return this.getItem(sheetName);
  }
}

export class WorksheetDouble extends ClientObjectDouble {
  readonly protection: WorksheetProtectionDouble;
  readonly freezePanes: WorksheetFreezePanesDouble;
  readonly tables: TableCollectionDouble;
  constructor(
    context: DoubleContext,
    readonly resolveOrNull: SheetResolver,
  ) {
    super(context);
    this.protection = new WorksheetProtectionDouble(context, () => this.resolve());
    this.freezePanes = new WorksheetFreezePanesDouble(context, () => this.resolve());
    this.tables = new TableCollectionDouble(context, () => this.resolve());
  }
  resolve(): SheetModel {
    const sheet = this.resolveOrNull();
    if (!sheet) throw notFound("worksheet");
    return sheet;
  }
  protected override child(name: string): ClientObjectDouble | undefined {
    return name === "protection" ? this.protection : undefined;
  }
  protected snapshot(property: string): unknown {
    const sheet = this.resolveOrNull();
    if (property === "isNullObject") return !sheet;
    if (!sheet) return undefined;
    if (property === "name") return sheet.name;
    if (property === "id") return sheet.id;
    if (property === "position") return this.model.sheets.indexOf(sheet);
    return undefined;
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.context.queue(() => {
      this.resolve().name = value;
    });
  }
  get id(): string {
    return this.read("id");
  }
  activate(): void {
    this.context.queue(() => {
      this.model.activeSheet = this.resolve();
    });
  }
  getRange(address?: string): RangeDouble {
    return new RangeDouble(this.context, () => {
      const sheet = this.resolve();
      if (!address) return { sheet, rect: { row: 0, col: 0, rows: 1048576, cols: 16384 } };
      const parsed = parseAddress(address);
      return { sheet, rect: parsed.rect };
    });
  }
  // "valuesOnly: Considers only cells with values as used cells" (learn.microsoft.com/javascript/api/excel/excel.worksheet#getusedrangeornullobject).
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeDouble {
    const bounds = (): Rect | undefined => {
      const sheet = this.resolve();
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const [key, cell] of sheet.cells) {
        if (valuesOnly && cell.value === "" && cell.formula === null) continue;
        const [r, c] = key.split(",").map(Number);
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }
      return bottom < 0 ? undefined : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
    };
    return new RangeDouble(
      this.context,
      () => {
        const rect = bounds();
        if (!rect) throw notFound("used range");
        return { sheet: this.resolve(), rect };
      },
      () => bounds() !== undefined,
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeDouble {
    return new RangeDouble(this.context, () => ({ sheet: this.resolve(), rect: { row, col, rows, cols } }));
  }
}

export class WorksheetProtectionDouble extends ClientObjectDouble {
  constructor(
    context: DoubleContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context);
  }
  protected snapshot(property: string): unknown {
    if (property === "isNullObject") return false;
    if (property === "protected") return this.sheet().protected;
    if (property === "options") return this.sheet().protectionOptions;
    return undefined;
  }
  get protected(): boolean {
    return this.read("protected");
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.context.queue(() => {
      const sheet = this.sheet();
      // protect() on a protected sheet throws AccessDenied (OfficeDev/office-js #6784).
      if (sheet.protected) throw new OfficeErrorDouble("AccessDenied", "The sheet is already protected.");
      if (options && Object.values(options).some((v) => v === null)) {
        throw new OfficeErrorDouble("InvalidArgument", "Protection options cannot be null.");
      }
      sheet.protected = true;
      this.model.effects.clearUndo();
      sheet.password = password ?? null;
      sheet.protectionOptions = options ?? null;
    });
  }
  unprotect(password?: string): void {
    this.context.queue(() => {
      const sheet = this.sheet();
      // unprotect() on an unprotected sheet throws AccessDenied (OfficeDev/office-js #6784).
      if (!sheet.protected) throw new OfficeErrorDouble("AccessDenied", "The sheet is not protected.");
      if (sheet.password !== null && sheet.password !== password) {
        // BadPassword: "The password you supplied is incorrect." (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
        throw new OfficeErrorDouble("BadPassword", "The password you supplied is incorrect.");
      }
      sheet.protected = false;
      this.model.effects.clearUndo();
      sheet.password = null;
      sheet.protectionOptions = null;
    });
  }
}

export class WorksheetFreezePanesDouble extends ClientObjectDouble {
  constructor(
    context: DoubleContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context);
  }
  protected snapshot(): unknown {
    return false;
  }
  freezeRows(count?: number): void {
    this.context.queue(() => {
      this.sheet().frozenRows = count ?? 1;
    });
  }
  unfreeze(): void {
    this.context.queue(() => {
      this.sheet().frozenRows = 0;
    });
  }
}

// ---------- Ranges ----------

interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}
type RangeResolver = () => RangeTarget;

/** Refuses a write the sheet's protection forbids; otherwise notes it (an undo step, maybe a change event). */
function guardWrite(
  target: RangeTarget,
  onlyUnlockedCellsAllowed: boolean,
  changesData = onlyUnlockedCellsAllowed,
): void {
  const { rect, sheet } = target;
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

function checkShape(rect: Rect, values: unknown[][], what: string): void {
  if (values.length !== rect.rows || values.some((row) => row.length !== rect.cols)) {
    throw new OfficeErrorDouble(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
    );
  }
}

function forEachCell(target: RangeTarget, apply: (cell: CellModel, r: number, c: number) => void): void {
  const { rect, sheet } = target;
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) apply(sheet.cell(rect.row + r, rect.col + c), r, c);
  }
}

/** What typing (or writing `values`) does to a cell: strings are parsed as if typed (value-parsing.ts). */
function enterValue(cell: CellModel, value: unknown): void {
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

export class RangeDouble extends ClientObjectDouble {
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
  // "If the RangeAreas object doesn't exist, then this method returns an object with its isNullObject property set to true" (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
  getMergedAreasOrNullObject(): MergedAreasDouble {
    if (!versionAtLeast(this.model.supportedExcelApi, "1.13")) {
      throw new OfficeErrorDouble("ApiNotFound", "getMergedAreasOrNullObject needs ExcelApi 1.13");
    }
    return new MergedAreasDouble(this.context, () => {
      const { sheet, rect } = this.resolve();
      return { sheet, blocks: sheet.merges.filter((block) => overlaps(block, rect)) };
    });
  }
  private derived(map: (rect: Rect) => Rect): RangeDouble {
    return new RangeDouble(this.context, () => {
      const target = this.resolve();
      return { sheet: target.sheet, rect: map(target.rect) };
    });
  }
  getCell(row: number, column: number): RangeDouble {
    return this.derived((r) => ({ row: r.row + row, col: r.col + column, rows: 1, cols: 1 }));
  }
  getRow(row: number): RangeDouble {
    return this.derived((r) => ({ row: r.row + row, col: r.col, rows: 1, cols: r.cols }));
  }
  getColumn(column: number): RangeDouble {
    return this.derived((r) => ({ row: r.row, col: r.col + column, rows: r.rows, cols: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeDouble {
    return this.derived((r) => ({ ...r, rows: r.rows + deltaRows, cols: r.cols + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeDouble {
    return this.derived((r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }));
  }
  select(): void {
    this.context.queue(() => {
      const target = this.resolve();
      this.model.activeSheet = target.sheet;
      this.model.selection = { sheet: target.sheet, rect: target.rect };
    });
  }
  clear(
    applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks",
  ): void {
    this.context.queue(() => {
      const target = this.resolve();
      const what = applyTo ?? "All";
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

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** The merged blocks a range overlaps, as `Range.getMergedAreasOrNullObject` returns them. */
export class MergedAreasDouble extends ClientObjectDouble {
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

export class RangeFormatDouble extends ClientObjectDouble {
  readonly font: RangeFontDouble;
  readonly fill: RangeFillDouble;
  readonly protection: FormatProtectionDouble;
  constructor(
    context: DoubleContext,
    private readonly resolve: RangeResolver,
  ) {
    super(context);
    this.font = new RangeFontDouble(context, resolve);
    this.fill = new RangeFillDouble(context, resolve);
    this.protection = new FormatProtectionDouble(context, resolve);
  }
  protected snapshot(property: string): unknown {
    if (property === "isNullObject") return false;
    const { sheet, rect } = this.resolve();
    if (property === "columnWidth") return sheet.columnWidths.get(rect.col) ?? 48;
    if (property === "wrapText") return sheet.peek(rect.row, rect.col)?.wrapText ?? false;
    throw new Error(`Excel double: RangeFormat.${property} is not simulated`);
  }
  private setCells(apply: (cell: CellModel) => void): void {
    this.context.queue(() => {
      const target = this.resolve();
      guardWrite(target, false);
      forEachCell(target, apply);
    });
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
    this.setCells((cell) => {
      cell.wrapText = wrap;
    });
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set verticalAlignment(
    alignment: Excel.VerticalAlignment | "Center" | "Bottom" | "Top" | "Justify" | "Distributed",
  ) {
    this.setCells((cell) => {
      cell.verticalAlignment = alignment;
    });
  }
  autofitRows(): void {
    this.context.queue(() => guardWrite(this.resolve(), false));
  }
}

export class RangeFontDouble extends ClientObjectDouble {
  constructor(
    context: DoubleContext,
    private readonly resolve: RangeResolver,
  ) {
    super(context);
  }
  protected snapshot(): unknown {
    return false;
  }
  private setCells(apply: (cell: CellModel) => void): void {
    this.context.queue(() => {
      const target = this.resolve();
      guardWrite(target, false);
      forEachCell(target, apply);
    });
  }
  set bold(bold: boolean) {
    this.setCells((cell) => {
      cell.bold = bold;
    });
  }
  set size(size: number) {
    this.setCells((cell) => {
      cell.fontSize = size;
    });
  }
  set color(color: string) {
    this.setCells((cell) => {
      cell.fontColor = color;
    });
  }
}

export class RangeFillDouble extends ClientObjectDouble {
  constructor(
    context: DoubleContext,
    private readonly resolve: RangeResolver,
  ) {
    super(context);
  }
  protected snapshot(): unknown {
    return false;
  }
  set color(color: string) {
    this.context.queue(() => {
      const target = this.resolve();
      guardWrite(target, false);
      forEachCell(target, (cell) => {
        cell.fillColor = color;
      });
    });
  }
}

export class FormatProtectionDouble extends ClientObjectDouble {
  constructor(
    context: DoubleContext,
    private readonly resolve: RangeResolver,
  ) {
    super(context);
  }
  protected snapshot(property: string): unknown {
    if (property === "isNullObject") return false;
    const { sheet, rect } = this.resolve();
    if (property === "locked") return sheet.peek(rect.row, rect.col)?.locked ?? true;
    return undefined;
  }
  get locked(): boolean {
    return this.read("locked");
  }
  set locked(locked: boolean) {
    this.context.queue(() => {
      const target = this.resolve();
      guardWrite(target, false);
      forEachCell(target, (cell) => {
        cell.locked = locked;
      });
    });
  }
}

export class DataValidationDouble extends ClientObjectDouble {
  constructor(
    context: DoubleContext,
    private readonly resolve: RangeResolver,
  ) {
    super(context);
  }
  protected snapshot(): unknown {
    return false;
  }
  /** The validation whose rectangle is exactly this range, created on first write. */
  private entry(): ReturnType<RangeResolver> & { index: number } {
    const target = this.resolve();
    guardWrite(target, false);
    let index = target.sheet.dataValidations.findIndex(
      (v) =>
        v.rect.row === target.rect.row &&
        v.rect.col === target.rect.col &&
        v.rect.rows === target.rect.rows &&
        v.rect.cols === target.rect.cols,
    );
    if (index < 0) {
      target.sheet.dataValidations = target.sheet.dataValidations.filter(
        (v) => !intersects(v.rect, target.rect),
      );
      target.sheet.dataValidations.push({
        rect: target.rect,
        rule: null,
        errorAlert: null,
        prompt: null,
        ignoreBlanks: null,
      });
      index = target.sheet.dataValidations.length - 1;
    }
    return { ...target, index };
  }
  clear(): void {
    this.context.queue(() => {
      const target = this.resolve();
      guardWrite(target, false);
      target.sheet.dataValidations = target.sheet.dataValidations.filter(
        (v) => !intersects(v.rect, target.rect),
      );
    });
  }
  set rule(rule: Excel.DataValidationRule) {
    const copy = JSON.parse(JSON.stringify(rule)) as Excel.DataValidationRule;
    this.context.queue(() => {
      const { sheet, index } = this.entry();
      sheet.dataValidations[index].rule = copy;
    }, copy);
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    const copy = { ...alert };
    this.context.queue(() => {
      const { sheet, index } = this.entry();
      sheet.dataValidations[index].errorAlert = copy;
    }, copy);
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    const copy = { ...prompt };
    this.context.queue(() => {
      // promptTitle at most 32 characters, prompt at most 255 (learn.microsoft.com/openspecs/office_standards/ms-oi29500 §2.1.613).
      if ((copy.title?.length ?? 0) > 32 || (copy.message?.length ?? 0) > 255) {
        throw new OfficeErrorDouble("InvalidArgument", "Input message title or text too long.");
      }
      const { sheet, index } = this.entry();
      sheet.dataValidations[index].prompt = copy;
    }, copy);
  }
  set ignoreBlanks(ignore: boolean) {
    this.context.queue(() => {
      const { sheet, index } = this.entry();
      sheet.dataValidations[index].ignoreBlanks = ignore;
    });
  }
}

export class ConditionalFormatCollectionDouble extends ClientObjectDouble {
  constructor(
    context: DoubleContext,
    private readonly resolve: RangeResolver,
  ) {
    super(context);
  }
  protected snapshot(property: string): unknown {
    if (property === "isNullObject") return false;
    const { sheet, rect } = this.resolve();
    if (property === "count")
      return sheet.conditionalFormats.filter((cf) => intersects(cf.rect, rect)).length;
    return undefined;
  }
  get count(): number {
    return this.read("count");
  }
  add(
    type:
      | Excel.ConditionalFormatType
      | "Custom"
      | "DataBar"
      | "ColorScale"
      | "IconSet"
      | "TopBottom"
      | "PresetCriteria"
      | "ContainsText"
      | "CellValue",
  ): ConditionalFormatDouble {
    const cf = {
      rect: { row: 0, col: 0, rows: 0, cols: 0 },
      type,
      formula: null,
      fillColor: null,
      fontColor: null,
    };
    this.context.queue(() => {
      const target = this.resolve();
      guardWrite(target, false);
      cf.rect = target.rect;
      target.sheet.conditionalFormats.push(cf);
    });
    return new ConditionalFormatDouble(this.context, cf);
  }
  clearAll(): void {
    this.context.queue(() => {
      const target = this.resolve();
      guardWrite(target, false);
      target.sheet.conditionalFormats = target.sheet.conditionalFormats.filter(
        (cf) => !intersects(cf.rect, target.rect),
      );
    });
  }
}

type CfState = { formula: string | null; fillColor: string | null; fontColor: string | null };

export class ConditionalFormatDouble extends ClientObjectDouble {
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
  constructor(context: DoubleContext, state: CfState) {
    super(context);
    const queue = (apply: () => void, payload: string): void => context.queue(apply, payload);
    this.custom = {
      rule: {
        set formula(formula: string) {
          queue(() => {
            state.formula = formula;
          }, formula);
        },
        get formula(): string {
          return state.formula ?? "";
        },
      },
      format: {
        fill: {
          set color(color: string) {
            queue(() => {
              state.fillColor = color;
            }, color);
          },
          get color(): string {
            return state.fillColor ?? "";
          },
        },
        font: {
          set color(color: string) {
            queue(() => {
              state.fontColor = color;
            }, color);
          },
          get color(): string {
            return state.fontColor ?? "";
          },
        },
      },
    };
  }
  protected snapshot(): unknown {
    return false;
  }
}

// ---------- Tables ----------

type TableResolver = () => TableModel | undefined;

export class TableCollectionDouble extends ClientObjectDouble {
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
        // MergedRangeConflict: "A table can't overlap with another table" (application-specific-api-error-handling).
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

export class TableDouble extends ClientObjectDouble {
  readonly onChanged: {
    add: (handler: (args: Excel.TableChangedEventArgs) => Promise<unknown>) => EventRegistrationDouble;
  };
  constructor(
    context: DoubleContext,
    private readonly resolveOrNull: TableResolver,
  ) {
    super(context);
    this.onChanged = {
      add: (handler) => {
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
      },
    };
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
  readonly sort = {
    apply: (fields: Array<{ key: number; ascending?: boolean }>): void => {
      this.context.queue(() => {
        const table = this.resolve();
        const refusal = sortRefusal(table);
        if (refusal) throw new OfficeErrorDouble("AccessDenied", refusal);
        permuteBodyRows(table, sortOrder(table, fields));
        table.sheet.workbook.effects.recordApiWrite(table.sheet, table.bodyRect, "sort", true);
      });
    },
  };
  readonly rows = {
    add: (_index?: number, values?: CellValue[][]): void => {
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
    },
  };
  resize(range: RangeDouble | string): void {
    this.context.queue(() => {
      const table = this.resolve();
      const refusal = growthRefusal(table);
      if (refusal) throw new OfficeErrorDouble("AccessDenied", refusal);
      table.rect = typeof range === "string" ? parseAddress(range).rect : range.resolve().rect;
    });
  }
  /** Filters are not simulated: nothing to clear, but a protected sheet still refuses. */
  clearFilters(): void {
    this.context.queue(() => {
      if (this.resolve().sheet.protected) throw accessDenied();
    });
  }
  get name(): string {
    return this.read("name");
  }
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

export class EventRegistrationDouble {
  constructor(readonly context: DoubleContext) {}
  remove: () => void = () => undefined;
}
