import { loadRegister } from "../core/register/load";
import type { Register } from "../core/register/schema";
import { isCalendarDate } from "../core/calendar";
import { runExcel } from "./excel-run";
import { TrackingError } from "./office-errors";
import type { TrackingSettings } from "../taskpane/workbook-actions";

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

/**
 * A register whose JSON is longer than this is stored as text in numbered parts, so that no single setting
 * makes a request too large for Excel on the web (see request-budget.ts); at most MAX_REGISTER_PARTS.
 */
export const REGISTER_PART_CHARS = 1_000_000;
const MAX_REGISTER_PARTS = 16;

function registerPartKey(year: number, part: number): string {
  return `${registerSettingKey(year)}.part${part}`;
}

interface PartsMarker {
  parts: number;
}

function isPartsMarker(value: unknown): value is PartsMarker {
  return typeof value === "object" && value !== null && typeof (value as PartsMarker).parts === "number";
}

export interface SettingEntry {
  key: string;
  value: string | number | object;
}

/**
 * The settings that keep the register a table was loaded from in the workbook, so Validate works without
 * the pane: the register itself, or its parts and then a marker saying how many there are.
 */
export function registerSettingEntries(register: Register): SettingEntry[] {
  const key = registerSettingKey(register.year);
  const json = JSON.stringify(register);
  if (json.length <= REGISTER_PART_CHARS) return [{ key, value: register }];
  const parts: SettingEntry[] = [];
  for (let start = 0; start < json.length; start += REGISTER_PART_CHARS) {
    parts.push({
      key: registerPartKey(register.year, parts.length + 1),
      value: json.slice(start, start + REGISTER_PART_CHARS),
    });
  }
  if (parts.length > MAX_REGISTER_PARTS) {
    throw new TrackingError(
      "This register is too large to keep in the workbook. Filter by department and load again.",
    );
  }
  return [...parts, { key, value: { parts: parts.length } }];
}

export interface StoredRegister {
  main: Excel.Setting;
  parts: Excel.Setting[];
}

/** Loads the register setting and every possible part at once, so reading it takes no extra round trip. */
export function loadRegisterSetting(context: Excel.RequestContext, year: number): StoredRegister {
  const settings = context.workbook.settings;
  return {
    main: settings.getItemOrNullObject(registerSettingKey(year)).load("value"),
    parts: Array.from({ length: MAX_REGISTER_PARTS }, (_, i) =>
      settings.getItemOrNullObject(registerPartKey(year, i + 1)).load("value"),
    ),
  };
}

const REGISTER_KEY = /^kpiTracker\.register\.(\d{4})$/;

/**
 * Every register kept in this workbook (loaded, or saved from a KPI list), so a reopened pane can offer
 * them again. Two round trips: the settings' keys, then each register with its parts.
 */
export function readWorkbookRegisters(): Promise<Register[]> {
  return runExcel(async (context) => {
    const items = context.workbook.settings.load("items/key");
    await context.sync();
    const years = items.items.flatMap((item) => {
      const match = REGISTER_KEY.exec(item.key);
      return match ? [Number(match[1])] : [];
    });
    const stored = years.map((year) => loadRegisterSetting(context, year));
    await context.sync();
    return stored.map(registerFromSetting).filter((register): register is Register => register !== null);
  });
}

/** The stored register, schema-checked again (a workbook can be edited by other tools). */
export function registerFromSetting(stored: StoredRegister): Register | null {
  if (stored.main.isNullObject) return null;
  let value: unknown = stored.main.value;
  if (isPartsMarker(value)) {
    const parts = stored.parts.slice(0, value.parts);
    if (parts.length < value.parts || parts.some((part) => part.isNullObject)) return null;
    try {
      value = JSON.parse(parts.map((part) => String(part.value)).join(""));
    } catch {
      return null;
    }
  }
  const result = loadRegister(value);
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
