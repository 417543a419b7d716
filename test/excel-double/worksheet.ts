/** Worksheets: the collection, a worksheet, its protection and its frozen panes. */
import { parseAddress } from "./address";
import { ClientObjectDouble } from "./client-object";
import type { Doubled } from "./conformance";
import { notFound, OfficeErrorDouble } from "./errors";
import type { Rect, SheetModel } from "./model";
import { RangeDouble } from "./range";
import type { DoubleContext } from "./request-context";
import { TableCollectionDouble } from "./table";

type SheetResolver = () => SheetModel | undefined;

// "Office requires that the name attribute be less than or equal to 31 characters" (MS-OI29500 §2.1.578,
// learn.microsoft.com/openspecs/office_standards/ms-oi29500/ebf12ea5-2bb4-4af5-ab26-563f22d3f895).
function refuseLongName(name: string): void {
  if (name.length > 31) throw new OfficeErrorDouble("InvalidArgument", `Sheet name too long: ${name}`);
}

export class WorksheetCollectionDouble
  extends ClientObjectDouble
  implements
    Doubled<
      Excel.WorksheetCollection,
      "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "add" | "load"
    >
{
  protected snapshot(): unknown {
    return false;
  }
  // "Office requires that sheet names are case-insensitive unique" (MS-OI29500 §2.1.578,
  // learn.microsoft.com/openspecs/office_standards/ms-oi29500/ebf12ea5-2bb4-4af5-ab26-563f22d3f895); ItemNotFound when none has the name.
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
  // "If specified, the name should be unique" (learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1));
  // a taken name fails with ItemAlreadyExists (application-specific-api-error-handling).
  add(name?: string): WorksheetDouble {
    const sheetName = name ?? `Sheet${this.model.sheets.length + 1}`;
    this.context.queue(() => {
      refuseLongName(sheetName);
      if (this.model.sheet(sheetName)) {
        throw new OfficeErrorDouble("ItemAlreadyExists", `A sheet named ${sheetName} already exists.`);
      }
      this.model.addSheet(sheetName);
    });
    return this.getItem(sheetName);
  }
}

export class WorksheetDouble
  extends ClientObjectDouble
  implements
    Doubled<
      Excel.Worksheet,
      | "protection"
      | "freezePanes"
      | "tables"
      | "name"
      | "id"
      | "activate"
      | "getRange"
      | "getUsedRangeOrNullObject"
      | "getRangeByIndexes"
      | "isNullObject"
      | "load"
      | "context"
    >
{
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
      refuseLongName(value);
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
  // "If not specified, the entire worksheet range is returned" (learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrange-member(1)).
  getRange(address?: string): RangeDouble {
    return new RangeDouble(this.context, () => {
      const sheet = this.resolve();
      if (!address) return { sheet, rect: { row: 0, col: 0, rows: 1048576, cols: 16384 } };
      const parsed = parseAddress(address);
      return { sheet, rect: parsed.rect };
    });
  }
  // "valuesOnly: Considers only cells with values as used cells" (learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)).
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
  // learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrangebyindexes-member(1): zero-indexed start, row and column counts.
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeDouble {
    return new RangeDouble(this.context, () => ({ sheet: this.resolve(), rect: { row, col, rows, cols } }));
  }
}

export class WorksheetProtectionDouble
  extends ClientObjectDouble
  implements Doubled<Excel.WorksheetProtection, "protected" | "protect" | "unprotect" | "load">
{
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
      // Loaded options can hold nulls, which protect() rejects (OfficeDev/office-js #6784).
      if (options && Object.values(options).some((v) => v === null)) {
        throw new OfficeErrorDouble("InvalidArgument", "Protection options cannot be null.");
      }
      sheet.protected = true;
      // protect() clears the undo stack (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
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
      // unprotect() clears the undo stack (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
      this.model.effects.clearUndo();
      sheet.password = null;
      sheet.protectionOptions = null;
    });
  }
}

export class WorksheetFreezePanesDouble
  extends ClientObjectDouble
  implements Doubled<Excel.WorksheetFreezePanes, "freezeRows" | "unfreeze">
{
  constructor(
    context: DoubleContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context);
  }
  protected snapshot(): unknown {
    return false;
  }
  // "Freeze the top row or rows"; without a count the double freezes one
  // (learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes#excel-excel-worksheetfreezepanes-freezerows-member(1)).
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
