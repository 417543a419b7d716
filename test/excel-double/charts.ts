/**
 * Charts on worksheets, as the dashboard uses them: ChartCollection.add / getItem / getItemOrNullObject
 * and Chart.name, title.text, series colours, setPosition, setData, delete. Defined on WorksheetDouble
 * from here (the double's `install.ts` calls `installChartSupport()`), so worksheet.ts stays about cells.
 */
import { toA1 } from "./address";
import { ClientObjectDouble } from "./client-object";
import type { Conforms, Doubled } from "./conformance";
import { OfficeErrorDouble } from "./errors";
import type { Rect, SheetModel } from "./model";
import type { RangeDouble } from "./range";
import { WorksheetDouble } from "./worksheet";

export interface ChartModel {
  name: string;
  type: string;
  /** The source data's sheet and cells. */
  sourceSheet: string;
  source: Rect;
  seriesBy: string;
  title: string;
  position: { start: string; end: string | null } | null;
  /** Colour set on each series (fill for columns, line for lines), by series index. */
  seriesColors: Record<number, string>;
}

const chartsBySheet = new WeakMap<SheetModel, ChartModel[]>();

/** The charts on a sheet, in the order they were added. */
export function sheetCharts(sheet: SheetModel): ChartModel[] {
  let charts = chartsBySheet.get(sheet);
  if (!charts) {
    charts = [];
    chartsBySheet.set(sheet, charts);
  }
  return charts;
}

/** The source address as `A1:H9`, for assertions. */
export function chartSource(chart: ChartModel): string {
  return toA1(chart.source);
}

function refuseOnProtectedSheet(sheet: SheetModel): void {
  // Sheet protection covers objects unless allowEditObjects is set; the double refuses even then, never
  // kinder than Excel (learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions#excel-excel-worksheetprotectionoptions-alloweditobjects-member).
  if (sheet.protected) {
    throw new OfficeErrorDouble(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet.",
    );
  }
}

type SheetResolver = () => SheetModel;
type ChartResolver = () => ChartModel | undefined;

interface ChartTitleDouble {
  text: string;
}
interface ChartFillDouble {
  setSolidColor(color: string): void;
}
interface ChartLineFormatDouble {
  color: string;
}
interface ChartSeriesFormatDouble {
  fill: ChartFillDouble;
  line: ChartLineFormatDouble;
}
interface ChartSeriesDouble {
  format: ChartSeriesFormatDouble;
}
interface ChartSeriesCollectionDouble {
  getItemAt(index: number): ChartSeriesDouble;
}

declare module "./conformance" {
  interface MoreStands {
    charts: [Excel.ChartCollection, ChartCollectionDouble];
    chart: [Excel.Chart, ChartDouble];
    chartTitle: [Excel.ChartTitle, ChartTitleDouble];
    chartSeriesCollection: [Excel.ChartSeriesCollection, ChartSeriesCollectionDouble];
    chartSeries: [Excel.ChartSeries, ChartSeriesDouble];
    chartSeriesFormat: [Excel.ChartSeriesFormat, ChartSeriesFormatDouble];
    chartFill: [Excel.ChartFill, ChartFillDouble];
    chartLineFormat: [Excel.ChartLineFormat, ChartLineFormatDouble];
  }
}

/** The chart parts the double builds as plain objects, checked against Office.js. */
export type ChartPartsConform = [
  Conforms<ChartTitleDouble, Doubled<Excel.ChartTitle, "text">>,
  Conforms<ChartFillDouble, Doubled<Excel.ChartFill, "setSolidColor">>,
  Conforms<ChartLineFormatDouble, Doubled<Excel.ChartLineFormat, "color">>,
  Conforms<ChartSeriesFormatDouble, Doubled<Excel.ChartSeriesFormat, "fill" | "line">>,
  Conforms<ChartSeriesDouble, Doubled<Excel.ChartSeries, "format">>,
  Conforms<ChartSeriesCollectionDouble, Doubled<Excel.ChartSeriesCollection, "getItemAt">>,
];

export class ChartDouble
  extends ClientObjectDouble
  implements
    Doubled<
      Excel.Chart,
      "title" | "name" | "series" | "setPosition" | "setData" | "delete" | "isNullObject" | "load"
    >
{
  readonly title: ChartTitleDouble;
  constructor(
    context: ClientObjectDouble["context"],
    private readonly sheet: SheetResolver,
    private readonly find: ChartResolver,
    private readonly orNull = false,
  ) {
    super(context);
    const queueTitle = (text: string): void =>
      this.context.queue(() => {
        refuseOnProtectedSheet(this.sheet());
        this.resolve().title = text;
      });
    this.title = {
      set text(text: string) {
        queueTitle(text);
      },
      get text(): string {
        throw new OfficeErrorDouble("PropertyNotLoaded", "chart title is not loaded");
      },
    };
  }
  private resolve(): ChartModel {
    const chart = this.find();
    // ChartCollection.getItem: ItemNotFound when no chart has the name (learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-getitem-member(1)).
    if (!chart) throw new OfficeErrorDouble("ItemNotFound", "The requested chart doesn't exist.");
    return chart;
  }
  override loadNow(properties: string[]): void {
    if (!this.orNull) this.resolve();
    super.loadNow(properties);
  }
  protected snapshot(property: string): unknown {
    const chart = this.find();
    if (property === "isNullObject") return !chart;
    if (property === "name") return chart?.name;
    return undefined;
  }
  get name(): string {
    return this.read("name");
  }
  // Series by columns: one series per column after the first (learn.microsoft.com/javascript/api/excel/excel.chartseriesby).
  get series(): ChartSeriesCollectionDouble {
    const colour = (index: number, color: string): void =>
      this.context.queue(() => {
        refuseOnProtectedSheet(this.sheet());
        const chart = this.resolve();
        const count = chart.seriesBy === "Rows" ? chart.source.rows - 1 : chart.source.cols - 1;
        // ChartSeriesCollection.getItemAt: an index past the last series is not found.
        if (index < 0 || index >= count)
          throw new OfficeErrorDouble("ItemNotFound", `No series at ${index}.`);
        chart.seriesColors[index] = color;
      });
    return {
      getItemAt: (index: number) => ({
        format: {
          fill: { setSolidColor: (color: string) => colour(index, color) },
          line: {
            set color(color: string) {
              colour(index, color);
            },
            get color(): string {
              throw new OfficeErrorDouble("PropertyNotLoaded", "line colour is not loaded");
            },
          },
        },
      }),
    };
  }
  set name(value: string) {
    this.context.queue(() => {
      refuseOnProtectedSheet(this.sheet());
      this.resolve().name = value;
    });
  }
  setPosition(start: RangeDouble | string, end?: RangeDouble | string): void {
    if (typeof start !== "string" || (end !== undefined && typeof end !== "string")) {
      throw new Error("Excel double: Chart.setPosition with a Range is not simulated");
    }
    this.context.queue(() => {
      refuseOnProtectedSheet(this.sheet());
      this.resolve().position = { start, end: end ?? null };
    });
  }
  // "Resets the source data for the chart" (learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-setdata-member(1)).
  setData(source: RangeDouble, seriesBy = "Auto"): void {
    this.context.queue(() => {
      refuseOnProtectedSheet(this.sheet());
      const chart = this.resolve();
      const target = source.resolve();
      Object.assign(chart, { sourceSheet: target.sheet.name, source: { ...target.rect }, seriesBy });
    });
  }
  delete(): void {
    this.context.queue(() => {
      const sheet = this.sheet();
      refuseOnProtectedSheet(sheet);
      const charts = sheetCharts(sheet);
      charts.splice(charts.indexOf(this.resolve()), 1);
    });
  }
}

export class ChartCollectionDouble
  extends ClientObjectDouble
  implements Doubled<Excel.ChartCollection, "add" | "getItem" | "getItemOrNullObject" | "load">
{
  constructor(
    context: ClientObjectDouble["context"],
    private readonly sheet: SheetResolver,
  ) {
    super(context);
  }
  protected snapshot(): unknown {
    return false;
  }
  add(type: string, source: RangeDouble, seriesBy = "Auto"): ChartDouble {
    let created: ChartModel | undefined;
    this.context.queue(() => {
      const sheet = this.sheet();
      refuseOnProtectedSheet(sheet);
      const target = source.resolve();
      const charts = sheetCharts(sheet);
      created = {
        name: `Chart ${charts.length + 1}`,
        type,
        sourceSheet: target.sheet.name,
        source: { ...target.rect },
        seriesBy,
        title: "",
        position: null,
        seriesColors: {},
      };
      charts.push(created);
    });
    return new ChartDouble(this.context, this.sheet, () => created, true);
  }
  // "If there are multiple charts with the same name, the first one will be returned" (learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-getitem-member(1)).
  getItem(name: string): ChartDouble {
    return new ChartDouble(this.context, this.sheet, () =>
      sheetCharts(this.sheet()).find((c) => c.name === name),
    );
  }
  // ExcelApi 1.4 (learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-getitemornullobject-member(1)).
  getItemOrNullObject(name: string): ChartDouble {
    this.context.model.apiUsed.add("ChartCollection.getItemOrNullObject");
    return new ChartDouble(
      this.context,
      this.sheet,
      () => sheetCharts(this.sheet()).find((c) => c.name === name),
      true,
    );
  }
}

let installed = false;

export function installChartSupport(): void {
  if (installed) return;
  installed = true;
  const charts: keyof Excel.Worksheet = "charts";
  Object.defineProperty(WorksheetDouble.prototype, charts, {
    get(this: WorksheetDouble): Doubled<Excel.Worksheet, "charts">["charts"] {
      return new ChartCollectionDouble(this.context, () => this.resolve());
    },
  });
}
