import { TRACKING_COLUMNS } from "../core/tracking/columns";
import { columnLetter } from "../core/tracking/sheet-layout";
import { runExcel } from "./excel-run";
import { loadTrackingSettingItems, trackingSettingsFrom } from "./settings";
import {
  DEFAULT_TOLERANCE,
  todayIso,
  type ValidateRequest,
  type ValidationSummary,
} from "./tracking-actions";
import { trackingTableYear } from "./tracking-table-location";
import { checkSnapshot } from "./tracking-check";
import { readTrackingSnapshot, type TableChoice } from "./validate-sheet";

export const LIVE_DELAY_MS = 500;

/** Columns only Validate writes; a change confined to them is a Validate, not an officer's edit. */
const COMPUTED_LETTERS = new Set(
  TRACKING_COLUMNS.flatMap((column, index) => (column.role === "computed" ? [columnLetter(index)] : [])),
);

/** True when every column of an address like "L5:N9" or "'KPIs 2023'!M7" is a computed column. */
export function touchesOnlyComputedColumns(address: string): boolean {
  const cells = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [from, to = from] = cells.split(":");
  const first = /^[A-Z]+/.exec(from)?.[0];
  const last = /^[A-Z]+/.exec(to)?.[0];
  if (!first || !last) return false;
  const letters = [...COMPUTED_LETTERS];
  return letters.includes(first) && letters.includes(last);
}

/**
 * Checks a table without writing to it: reads only, so the officer's undo stack keeps their last edit.
 * Every add-in write would put a step in front of it, and lifting the protection to write clears it.
 */
export function checkTrackingTable(
  choice: TableChoice,
  request: ValidateRequest,
): Promise<ValidationSummary> {
  return runExcel(
    async (context) => checkSnapshot(await readTrackingSnapshot(context, choice), request).summary,
  );
}

/**
 * Re-checks a tracking table shortly after it changes, in memory only: the pane's results follow the
 * officer's typing while the sheet's computed columns wait for Validate. Excel forgets handlers when the
 * pane closes, so they are registered each time it opens. `Table.onChanged` misses some edits (row
 * deletes, some drop-downs on the web): the Validate button stays the reference.
 */
export async function startLiveValidation(
  onValidated: (summary: ValidationSummary) => void,
): Promise<() => Promise<void>> {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const recheck = async (tableName: string, sheetOutdated: boolean): Promise<void> => {
    const settings = await runExcel(async (context) => {
      const items = loadTrackingSettingItems(context);
      await context.sync();
      return trackingSettingsFrom(items);
    });
    const summary = await checkTrackingTable(
      { kind: "named", tableName },
      { asAt: settings.asAt ?? todayIso(), tolerance: settings.tolerance ?? DEFAULT_TOLERANCE },
    );
    onValidated(sheetOutdated ? { ...summary, sheetOutdated } : summary);
  };
  // Events reach every runtime's handlers: a change confined to the computed columns is a Validate
  // (the pane's own or the ribbon's), after which the sheet matches what the pane shows.
  const onChanged = async (tableName: string, event: Excel.TableChangedEventArgs): Promise<void> => {
    if (event.source !== "Local") return;
    const sheetOutdated = !touchesOnlyComputedColumns(event.address);
    clearTimeout(timers.get(tableName));
    timers.set(
      tableName,
      setTimeout(() => {
        timers.delete(tableName);
        recheck(tableName, sheetOutdated).catch(() => undefined);
      }, LIVE_DELAY_MS),
    );
  };

  const registrations = await runExcel(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const tracking = tables.items.filter((table) => trackingTableYear(table.name) !== null);
    const added = tracking.map((table) => {
      const name = table.name;
      return table.onChanged.add((event) => onChanged(name, event));
    });
    await context.sync();
    return added;
  });

  return async () => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    if (registrations.length === 0) return;
    // A handler is removed in the context it was added with.
    await Excel.run(registrations[0].context, async (context) => {
      for (const registration of registrations) registration.remove();
      await context.sync();
    }).catch(() => undefined);
  };
}
