/**
 * The base of every double object, as OfficeExtension.ClientObject is of Office.js objects: `load`
 * queues a read, and a property can be read only after `load` and a sync.
 */
import { OfficeErrorDouble } from "./errors";
import type { WorkbookModel } from "./model";
import type { DoubleContext } from "./request-context";

/** What `load` accepts in Office.js: property names, a `select` list, or an object of property flags. */
export type LoadOption =
  string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown>;

function propertyList(option?: LoadOption): string[] {
  if (option === undefined) return [];
  if (
    typeof option === "object" &&
    !Array.isArray(option) &&
    !("select" in option) &&
    !("expand" in option)
  ) {
    if (Object.keys(option).length > 0) {
      throw new Error("Excel double: load options objects ({ values: true }) are not simulated");
    }
    return [];
  }
  const raw = typeof option === "string" || Array.isArray(option) ? option : (option.select ?? []);
  const list = Array.isArray(raw) ? raw : String(raw).split(",");
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

export abstract class ClientObjectDouble {
  protected readonly loaded = new Map<string, unknown>();
  constructor(readonly context: DoubleContext) {}

  /** Reads a property's current value from the model (at sync time). */
  protected abstract snapshot(property: string): unknown;

  protected child(_name: string): ClientObjectDouble | undefined {
    return undefined;
  }

  // "Queues up a command to load the specified properties of the object. You must call context.sync()
  // before reading the properties" (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-load-member(1)).
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
    // PropertyNotLoaded, "call the load method" (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load).
    if (!this.loaded.has(property)) {
      throw new OfficeErrorDouble(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Before reading the property's value, call the load method.`,
      );
    }
    // A null object's properties other than isNullObject cannot be read
    // (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
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
