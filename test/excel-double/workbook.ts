/** Workbook, application and runtime: the objects a request context starts from. */
import { ClientObjectDouble } from "./client-object";
import type { Doubled } from "./conformance";
import { OfficeErrorDouble } from "./errors";
import { versionAtLeast } from "./model";
import type { DoubleContext } from "./request-context";
import { SettingCollectionDouble } from "./settings";
import { TableCollectionDouble } from "./table";
import { WorksheetCollectionDouble } from "./worksheet";

export class WorkbookDouble
  extends ClientObjectDouble
  implements
    Doubled<Excel.Workbook, "worksheets" | "tables" | "settings" | "application" | "load" | "context">
{
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

export class ApplicationDouble
  extends ClientObjectDouble
  implements
    Doubled<
      Excel.Application,
      "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync" | "load"
    >
{
  protected snapshot(): unknown {
    return false;
  }
  // ExcelApi 1.6 (learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)).
  suspendApiCalculationUntilNextSync(): void {
    this.model.apiUsed.add("suspendApiCalculationUntilNextSync");
  }
  // ExcelApi 1.9 (learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendscreenupdatinguntilnextsync-member(1));
  // ApiNotFound on an older host (application-specific-api-error-handling).
  suspendScreenUpdatingUntilNextSync(): void {
    this.model.apiUsed.add("suspendScreenUpdatingUntilNextSync");
    if (!versionAtLeast(this.model.supportedExcelApi, "1.9")) {
      throw new OfficeErrorDouble("ApiNotFound", "suspendScreenUpdatingUntilNextSync needs ExcelApi 1.9");
    }
  }
}

export class RuntimeDouble
  extends ClientObjectDouble
  implements Doubled<Excel.Runtime, "enableEvents" | "load">
{
  protected snapshot(property: string): unknown {
    return property === "enableEvents" ? this.model.effects.eventsEnabled(this.context.runtimeName) : false;
  }
  get enableEvents(): boolean {
    return this.read("enableEvents");
  }
  // "Toggle JavaScript events in the current task pane or content add-in"
  // (learn.microsoft.com/javascript/api/excel/excel.runtime#excel-excel-runtime-enableevents-member).
  set enableEvents(value: boolean) {
    this.context.queue(() => {
      this.model.effects.setEventsEnabled(this.context.runtimeName, value);
    });
  }
}
