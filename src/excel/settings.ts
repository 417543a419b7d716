import { loadRegister } from "../core/register/load";
import type { Register } from "../core/register/schema";
import { isCalendarDate } from "../core/calendar";
import { runExcel } from "./excel-run";
import type { TrackingSettings } from "./tracking-actions";

/** Workbook settings (ExcelApi 1.4) travel with the file, so the ribbon and a reopened pane see them. */
const AS_AT_KEY = "kpiTracker.asAt";
const TOLERANCE_KEY = "kpiTracker.tolerance";

export function registerSettingKey(year: number): string {
  return `kpiTracker.register.${year}`;
}

export function queueTrackingSettings(context: Excel.RequestContext, settings: TrackingSettings): void {
  if (settings.asAt !== undefined) context.workbook.settings.add(AS_AT_KEY, settings.asAt);
  if (settings.tolerance !== undefined) context.workbook.settings.add(TOLERANCE_KEY, settings.tolerance);
}

/** The register a table was loaded from, kept in the workbook so Validate works without the pane. */
export function queueRegisterSetting(context: Excel.RequestContext, register: Register): void {
  context.workbook.settings.add(registerSettingKey(register.year), register);
}

export function loadRegisterSetting(context: Excel.RequestContext, year: number): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(registerSettingKey(year)).load("value");
}

/** The stored register, schema-checked again (a workbook can be edited by other tools). */
export function registerFromSetting(setting: Excel.Setting): Register | null {
  if (setting.isNullObject) return null;
  const result = loadRegister(setting.value);
  return result.ok ? result.register : null;
}

export function loadTrackingSettingItems(context: Excel.RequestContext): {
  asAt: Excel.Setting;
  tolerance: Excel.Setting;
} {
  return {
    asAt: context.workbook.settings.getItemOrNullObject(AS_AT_KEY).load("value"),
    tolerance: context.workbook.settings.getItemOrNullObject(TOLERANCE_KEY).load("value"),
  };
}

export function trackingSettingsFrom(items: {
  asAt: Excel.Setting;
  tolerance: Excel.Setting;
}): TrackingSettings {
  const settings: TrackingSettings = {};
  if (!items.asAt.isNullObject && typeof items.asAt.value === "string" && isCalendarDate(items.asAt.value)) {
    settings.asAt = items.asAt.value;
  }
  const tolerance = items.tolerance.isNullObject ? undefined : items.tolerance.value;
  if (typeof tolerance === "number" && tolerance >= 0 && tolerance <= 1) settings.tolerance = tolerance;
  return settings;
}

export function readTrackingSettings(): Promise<TrackingSettings> {
  return runExcel(async (context) => {
    const items = loadTrackingSettingItems(context);
    await context.sync();
    return trackingSettingsFrom(items);
  });
}

export function saveTrackingSettings(settings: TrackingSettings): Promise<void> {
  return runExcel(async (context) => {
    queueTrackingSettings(context, settings);
    await context.sync();
  });
}
