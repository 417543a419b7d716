/**
 * In-memory state behind the Excel double: what the workbook holds after each `context.sync()`.
 * Tests read this directly to assert exactly what the adapter wrote.
 */

import { HostEffects, PANE_RUNTIME, type HandlerRegistration } from "./host-effects";

export type CellValue = string | number | boolean | null;

/** Zero-based rectangle on one sheet. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface CellModel {
  value: CellValue;
  /** Formula text when the cell holds one ("=SUM(A1:A3)"), else null. */
  formula: string | null;
  numberFormat: string;
  wrapText: boolean;
  locked: boolean;
  bold: boolean;
  fontSize: number | null;
  fontColor: string | null;
  fillColor: string | null;
  verticalAlignment: string | null;
}

export interface ConditionalFormatModel {
  rect: Rect;
  type: string;
  formula: string | null;
  fillColor: string | null;
  fontColor: string | null;
}

export interface DataValidationModel {
  rect: Rect;
  rule: Excel.DataValidationRule | null;
  errorAlert: Excel.DataValidationErrorAlert | null;
  prompt: Excel.DataValidationPrompt | null;
  ignoreBlanks: boolean | null;
}

export class TableModel {
  style = "TableStyleMedium2";
  readonly handlers: HandlerRegistration[] = [];
  constructor(
    public name: string,
    public sheet: SheetModel,
    /** Header row included. */
    public rect: Rect,
    readonly id: string,
  ) {}

  get bodyRect(): Rect {
    return { row: this.rect.row + 1, col: this.rect.col, rows: this.rect.rows - 1, cols: this.rect.cols };
  }
}

export class SheetModel {
  readonly cells = new Map<string, CellModel>();
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  protected = false;
  /** Protected by someone else with a password: unprotect() without it is refused. */
  password: string | null = null;
  protectionOptions: Excel.WorksheetProtectionOptions | null = null;
  conditionalFormats: ConditionalFormatModel[] = [];
  dataValidations: DataValidationModel[] = [];
  /** Blocks of merged cells. */
  merges: Rect[] = [];

  constructor(
    public name: string,
    readonly id: string,
    /** The workbook, for what a write does beyond the cells (undo steps, change events). */
    readonly workbook: WorkbookModel,
  ) {}

  cell(row: number, col: number): CellModel {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      // A new cell is General and locked (support.microsoft.com/office/protect-a-worksheet-3179efdb-1285-4d49-a9c3-f4ca36276de6).
      cell = {
        value: "",
        formula: null,
        numberFormat: "General",
        wrapText: false,
        locked: true,
        bold: false,
        fontSize: null,
        fontColor: null,
        fillColor: null,
        verticalAlignment: null,
      };
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(row: number, col: number): CellModel | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** Values of a rectangle as Excel returns them ("" for empty cells). */
  // "Empty strings in responses indicate cells contain no data" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
  valuesOf(rect: Rect): CellValue[][] {
    return grid(rect, (r, c) => this.peek(r, c)?.value ?? "");
  }

  /** A cell's formula, else its value (Range.formulas reads a constant as itself, "" when empty). */
  formulasOf(rect: Rect): CellValue[][] {
    return grid(rect, (r, c) => {
      const cell = this.peek(r, c);
      return cell?.formula ?? cell?.value ?? "";
    });
  }
}

export function grid<T>(rect: Rect, at: (row: number, col: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const row: T[] = [];
    for (let c = 0; c < rect.cols; c++) row.push(at(rect.row + r, rect.col + c));
    rows.push(row);
  }
  return rows;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/**
 * True when requirement set version `have` includes `need`. Versions compare part by part, as
 * Office.context.requirements.isSetSupported does: 1.13 is later than 1.9.
 * (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets)
 */
export function versionAtLeast(have: string, need: string): boolean {
  const [a, b] = [have, need].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheet: SheetModel;
  selection: { sheet: SheetModel; rect: Rect } | null = null;
  readonly effects: HostEffects = new HostEffects(this);
  /** Which add-in runtime (task pane or ribbon function file) the next Excel.run belongs to. */
  currentRuntime = PANE_RUNTIME;
  /** The user is typing in a cell: batches fail unless the run asked to wait. */
  cellEditMode = false;
  /** One-shot: the next batch with more operations than this fails after running this many (as Excel does). */
  failAfterOperations: number | null = null;
  syncCount = 0;
  /** Size in bytes of each request sent (each sync with queued actions), as the payload cap counts it. */
  requestBytes: number[] = [];
  /** Names of API members used, for requirement-set checks. */
  readonly apiUsed = new Set<string>();
  /** Highest ExcelApi set the simulated host supports; the add-in's minimum unless a test lowers it. */
  supportedExcelApi = "1.13";
  private nextId = 1;

  constructor() {
    this.activeSheet = this.addSheet("Sheet1");
  }

  /** The task pane's event switch. */
  get enableEvents(): boolean {
    return this.effects.eventsEnabled(PANE_RUNTIME);
  }

  get undoStack(): HostEffects["undoStack"] {
    return this.effects.undoStack;
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(name, this.newId("sheet"), this);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  removeTable(table: TableModel): void {
    this.tables.splice(this.tables.indexOf(table), 1);
  }
}
