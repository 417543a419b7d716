import type { CellValue } from "../core/tracking/cell-value";
import { columnNumber } from "../core/tracking/sheet-layout";
import { computedPositions, readTableLayout } from "../core/tracking/table-layout";
import { runExcel } from "./excel-run";
import { loadTrackingSettingItems, trackingSettingsFrom } from "./settings";
import { todayIso } from "../core/today";
import { DEFAULT_TOLERANCE } from "../core/vocabulary";
import type { ValidateRequest, ValidationSummary } from "../taskpane/workbook-actions";
import { trackingTableYear } from "./tracking-table-location";
import { checkSnapshot } from "./tracking-check";
import { readTrackingSnapshot, type TableChoice } from "./validate-sheet";

export const LIVE_DELAY_MS = 500;

/**
 * Sheet columns (0-based) the add-in writes itself in a table, from where its header puts them: a change
 * confined to them is our own echo, not an officer's edit. Empty when the header cannot be read.
 */
export function computedColumns(header: readonly CellValue[], firstColumn: number): Set<number> {
  const reading = readTableLayout(header);
  if (reading.problem !== null) return new Set();
  return new Set(computedPositions(reading.layout).map((position) => firstColumn + position));
}

/** True when every column of an address like "L5:N9" or "'KPIs 2023'!M7" is one of `computed`. */
export function touchesOnlyComputedColumns(address: string, computed: ReadonlySet<number>): boolean {
  const cells = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [from, to = from] = cells.split(":");
  const first = /^[A-Z]+/.exec(from)?.[0];
  const last = /^[A-Z]+/.exec(to)?.[0];
  if (!first || !last) return false;
  for (let col = columnNumber(first); col <= columnNumber(last); col++) {
    if (!computed.has(col)) return false;
  }
  return true;
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
  const computedByTable = new Map<string, Set<number>>();
  // Events reach every runtime's handlers: a change confined to the computed columns is a Validate
  // (the pane's own or the ribbon's), after which the sheet matches what the pane shows.
  const onChanged = async (tableName: string, event: Excel.TableChangedEventArgs): Promise<void> => {
    if (event.source !== "Local") return;
    const computed = computedByTable.get(tableName) ?? new Set<number>();
    const sheetOutdated = !touchesOnlyComputedColumns(event.address, computed);
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
    const headers = tracking.map((table) => table.getHeaderRowRange().load("values, columnIndex"));
    const added = tracking.map((table) => {
      const name = table.name;
      return table.onChanged.add((event) => onChanged(name, event));
    });
    await context.sync();
    tracking.forEach((table, i) => {
      computedByTable.set(
        table.name,
        computedColumns(headers[i].values[0] as CellValue[], headers[i].columnIndex),
      );
    });
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
