/**
 * What the annex sheet writer needs beyond the shared Excel double: deleting a worksheet, merged
 * ranges, borders, horizontal alignment, font name and (ExcelApi 1.9) the worksheet's page layout.
 * Added to the double's classes from this separate file; call `installAnnexSupport()` once per test file.
 */
import type { Conforms, Doubled } from "./conformance";
import { OfficeErrorDouble } from "./errors";
import { intersects, versionAtLeast, type Rect, type SheetModel, type WorkbookModel } from "./model";
import { RangeDouble } from "./range";
import { RangeFontDouble, RangeFormatDouble } from "./range-format";
import { WorksheetDouble } from "./worksheet";

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

interface PageLayoutDouble {
  paperSize: Excel.PageLayout["paperSize"];
  orientation: Excel.PageLayout["orientation"];
  centerHorizontally: boolean;
  zoom: Excel.PageLayoutZoomOptions;
  setPrintTitleRows(rows: RangeDouble | string): void;
}
interface RangeBorderDouble {
  style: Excel.RangeBorder["style"];
  weight: Excel.RangeBorder["weight"];
  color: string;
}
interface RangeBorderCollectionDouble {
  getItem(edge: string): RangeBorderDouble;
}

declare module "./conformance" {
  interface MoreStands {
    pageLayout: [Excel.PageLayout, PageLayoutDouble];
    borders: [Excel.RangeBorderCollection, RangeBorderCollectionDouble];
    border: [Excel.RangeBorder, RangeBorderDouble];
  }
}

/** The annex members the double builds as plain objects, checked against Office.js. */
export type AnnexPartsConform = [
  Conforms<
    PageLayoutDouble,
    Doubled<
      Excel.PageLayout,
      "paperSize" | "orientation" | "centerHorizontally" | "zoom" | "setPrintTitleRows"
    >
  >,
  Conforms<RangeBorderDouble, Doubled<Excel.RangeBorder, "style" | "weight" | "color">>,
  Conforms<RangeBorderCollectionDouble, Doubled<Excel.RangeBorderCollection, "getItem">>,
];

/** Names of the members added below, each checked to be an Office.js member of its object. */
const WORKSHEET_DELETE: keyof Excel.Worksheet = "delete";
const WORKSHEET_PAGE_LAYOUT: keyof Excel.Worksheet = "pageLayout";
const RANGE_MERGE: keyof Excel.Range = "merge";
const FORMAT_BORDERS: keyof Excel.RangeFormat = "borders";
const FORMAT_HORIZONTAL_ALIGNMENT: keyof Excel.RangeFormat = "horizontalAlignment";
const FONT_NAME: keyof Excel.RangeFont = "name";

let installed = false;

export function installAnnexSupport(): void {
  if (installed) return;
  installed = true;

  Object.defineProperty(WorksheetDouble.prototype, WORKSHEET_DELETE, {
    value(this: WithSheetResolver): ReturnType<Doubled<Excel.Worksheet, "delete">["delete"]> {
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

  Object.defineProperty(WorksheetDouble.prototype, WORKSHEET_PAGE_LAYOUT, {
    get(this: WithSheetResolver): PageLayoutDouble {
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
        set paperSize(value: PageLayoutDouble["paperSize"]) {
          set({ paperSize: value });
        },
        set orientation(value: PageLayoutDouble["orientation"]) {
          set({ orientation: value });
        },
        set centerHorizontally(value: boolean) {
          set({ centerHorizontally: value });
        },
        set zoom(value: Excel.PageLayoutZoomOptions) {
          set({ zoom: { ...value } });
        },
        setPrintTitleRows(rows: RangeDouble | string) {
          if (typeof rows !== "string") {
            throw new Error("Excel double: setPrintTitleRows with a Range is not simulated");
          }
          set({ printTitleRows: rows });
        },
      };
    },
  });

  Object.defineProperty(RangeDouble.prototype, RANGE_MERGE, {
    value(this: WithRangeResolver, across = false): void {
      this.context.queue(() => {
        const { sheet, rect } = this.resolve();
        const sheetExtras = annexExtras(sheet);
        if (sheetExtras.merges.some((merged) => intersects(merged, rect))) {
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

  Object.defineProperty(RangeFormatDouble.prototype, FORMAT_BORDERS, {
    get(this: WithRangeResolver): RangeBorderCollectionDouble {
      const record = (edge: string, change: Partial<BorderModel>): void =>
        this.context.queue(() => {
          const { sheet, rect } = this.resolve();
          annexExtras(sheet).borders.push({ rect: { ...rect }, edge, ...change });
        });
      return {
        getItem: (edge: string) => ({
          set style(style: RangeBorderDouble["style"]) {
            record(edge, { style });
          },
          set weight(weight: RangeBorderDouble["weight"]) {
            record(edge, { weight });
          },
          set color(color: string) {
            record(edge, { color });
          },
        }),
      };
    },
  });

  Object.defineProperty(RangeFormatDouble.prototype, FORMAT_HORIZONTAL_ALIGNMENT, {
    set(this: WithRangeResolver, alignment: Excel.RangeFormat["horizontalAlignment"]) {
      this.context.queue(() => {
        const { sheet, rect } = this.resolve();
        annexExtras(sheet).horizontalAlignment.push({ rect: { ...rect }, alignment });
      });
    },
  });

  Object.defineProperty(RangeFontDouble.prototype, FONT_NAME, {
    set(this: WithRangeResolver, name: Excel.RangeFont["name"]) {
      this.context.queue(() => {
        const { sheet, rect } = this.resolve();
        annexExtras(sheet).fontName.push({ rect: { ...rect }, name });
      });
    },
  });
}
