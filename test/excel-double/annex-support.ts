/**
 * What the annex sheet writer needs beyond the shared Excel double: deleting a worksheet, merged
 * ranges, borders, horizontal alignment, font name and (ExcelApi 1.9) the worksheet's page layout.
 * Added to the double's classes from this separate file; call `installAnnexSupport()` once per test file.
 */
import {
  OfficeErrorDouble,
  RangeDouble,
  RangeFontDouble,
  RangeFormatDouble,
  WorksheetDouble,
} from "./client";
import { versionAtLeast, type Rect, type SheetModel, type WorkbookModel } from "./model";

export interface BorderModel {
  rect: Rect;
  edge: string;
  style?: string;
  weight?: string;
  color?: string;
}

export interface PageLayoutModel {
  paperSize?: string;
  orientation?: string;
  centerHorizontally?: boolean;
  zoom?: Excel.PageLayoutZoomOptions;
  printTitleRows?: string;
}

export interface AnnexSheetExtras {
  merges: Rect[];
  borders: BorderModel[];
  horizontalAlignment: Array<{ rect: Rect; alignment: string }>;
  fontName: Array<{ rect: Rect; name: string }>;
  pageLayout: PageLayoutModel | null;
}

const extras = new WeakMap<SheetModel, AnnexSheetExtras>();

export function annexExtras(sheet: SheetModel): AnnexSheetExtras {
  let found = extras.get(sheet);
  if (!found) {
    found = { merges: sheet.merges, borders: [], horizontalAlignment: [], fontName: [], pageLayout: null };
    extras.set(sheet, found);
  }
  return found;
}

interface Target {
  sheet: SheetModel;
  rect: Rect;
}
type Queued = { context: { queue(op: () => void): void; model: WorkbookModel } };
type WithRangeResolver = Queued & { resolve: () => Target };
type WithSheetResolver = Queued & { resolve: () => SheetModel };

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

let installed = false;

export function installAnnexSupport(): void {
  if (installed) return;
  installed = true;

  Object.defineProperty(WorksheetDouble.prototype, "delete", {
    value(this: WithSheetResolver) {
      this.context.queue(() => {
        const model = this.context.model;
        const sheet = this.resolve();
        model.sheets.splice(model.sheets.indexOf(sheet), 1);
        for (const table of model.tables.filter((t) => t.sheet === sheet)) model.removeTable(table);
        if (model.activeSheet === sheet) model.activeSheet = model.sheets[0];
        // Deleting a sheet clears the user's undo stack (office-js-facts.md, "Undo"; docs "Undo support").
        model.effects.clearUndo();
      });
    },
  });

  Object.defineProperty(WorksheetDouble.prototype, "pageLayout", {
    get(this: WithSheetResolver) {
      const model = this.context.model;
      if (!versionAtLeast(model.supportedExcelApi, "1.9")) {
        throw new OfficeErrorDouble("ApiNotFound", "worksheet.pageLayout needs ExcelApi 1.9");
      }
      model.apiUsed.add("Worksheet.pageLayout");
      const set = (change: Partial<PageLayoutModel>) =>
        this.context.queue(() => {
          const sheetExtras = annexExtras(this.resolve());
          sheetExtras.pageLayout = { ...(sheetExtras.pageLayout ?? {}), ...change };
        });
      return {
        set paperSize(value: string) {
          set({ paperSize: value });
        },
        set orientation(value: string) {
          set({ orientation: value });
        },
        set centerHorizontally(value: boolean) {
          set({ centerHorizontally: value });
        },
        set zoom(value: Excel.PageLayoutZoomOptions) {
          set({ zoom: { ...value } });
        },
        setPrintTitleRows(rows: string) {
          set({ printTitleRows: rows });
        },
      };
    },
  });

  Object.defineProperty(RangeDouble.prototype, "merge", {
    value(this: WithRangeResolver, across = false) {
      this.context.queue(() => {
        const { sheet, rect } = this.resolve();
        const sheetExtras = annexExtras(sheet);
        if (sheetExtras.merges.some((merged) => overlaps(merged, rect))) {
          throw new OfficeErrorDouble("InvalidOperation", "Cannot merge a range overlapping a merged range.");
        }
        if (across) {
          for (let r = 0; r < rect.rows; r++)
            sheetExtras.merges.push({ ...rect, row: rect.row + r, rows: 1 });
        } else {
          sheetExtras.merges.push({ ...rect });
        }
      });
    },
  });

  Object.defineProperty(RangeFormatDouble.prototype, "borders", {
    get(this: WithRangeResolver) {
      const record = (edge: string, change: Partial<BorderModel>): void =>
        this.context.queue(() => {
          const { sheet, rect } = this.resolve();
          annexExtras(sheet).borders.push({ rect: { ...rect }, edge, ...change });
        });
      return {
        getItem: (edge: string) => ({
          set style(style: string) {
            record(edge, { style });
          },
          set weight(weight: string) {
            record(edge, { weight });
          },
          set color(color: string) {
            record(edge, { color });
          },
        }),
      };
    },
  });

  Object.defineProperty(RangeFormatDouble.prototype, "horizontalAlignment", {
    set(this: WithRangeResolver, alignment: string) {
      this.context.queue(() => {
        const { sheet, rect } = this.resolve();
        annexExtras(sheet).horizontalAlignment.push({ rect: { ...rect }, alignment });
      });
    },
  });

  Object.defineProperty(RangeFontDouble.prototype, "name", {
    set(this: WithRangeResolver, name: string) {
      this.context.queue(() => {
        const { sheet, rect } = this.resolve();
        annexExtras(sheet).fontName.push({ rect: { ...rect }, name });
      });
    },
  });
}
