/** Workbook settings (ExcelApi 1.4): the add-in's key-value store inside the workbook. */
import { ClientObjectDouble } from "./client-object";
import type { Doubled } from "./conformance";
import { OfficeErrorDouble } from "./errors";
import type { DoubleContext } from "./request-context";

export class SettingDouble
  extends ClientObjectDouble
  implements Doubled<Excel.Setting, "key" | "value" | "delete" | "isNullObject" | "load">
{
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

export class SettingCollectionDouble
  extends ClientObjectDouble
  implements Doubled<Excel.SettingCollection, "items" | "add" | "getItemOrNullObject" | "load">
{
  private itemsLoaded: SettingDouble[] | null = null;
  protected snapshot(): unknown {
    return false;
  }
  override loadNow(properties: string[]): void {
    const itemProperties = properties.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    super.loadNow(properties.filter((p) => !p.startsWith("items")));
    // A collection's items are a snapshot taken when the batch runs
    // (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load).
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
  add(key: string, value: unknown): SettingDouble {
    // Settings are stored as serialized JSON, so what comes back is a copy
    // (learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings#common-api-settings-and-persistence).
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
