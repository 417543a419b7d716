import { runExcel } from "./excel-run";
import { trackingTableYear } from "./tracking-table-location";

/** Whether any sheet holds a KPI table the add-in made: the pane opens on Progress if so, else on Register. */
export function hasTrackingTable(): Promise<boolean> {
  return runExcel(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    return tables.items.some((table) => trackingTableYear(table.name) !== null);
  });
}
