import { trackingTableName } from "../core/tracking/sheet-layout";
import { TrackingError } from "./office-errors";

export interface TrackingTableRef {
  tableName: string;
  year: number;
}

/** The year of a tracking table, or null when the name is not one the add-in gives. */
export function trackingTableYear(tableName: string): number | null {
  const match = /(\d{4})$/.exec(tableName);
  if (!match) return null;
  const year = Number(match[1]);
  return trackingTableName(year) === tableName ? year : null;
}

export function loadActiveSheetTables(context: Excel.RequestContext): {
  sheet: Excel.Worksheet;
  tables: Excel.TableCollection;
} {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name, protection/protected");
  const tables = sheet.tables.load("items/name");
  return { sheet, tables };
}

export function findTrackingTable(tables: Excel.TableCollection): TrackingTableRef | null {
  for (const table of tables.items) {
    const year = trackingTableYear(table.name);
    if (year !== null) return { tableName: table.name, year };
  }
  return null;
}

export function requireTrackingTable(tables: Excel.TableCollection, sheetName: string): TrackingTableRef {
  const found = findTrackingTable(tables);
  if (!found) {
    throw new TrackingError(
      `There is no KPI table on the sheet "${sheetName}". Select a "KPIs <year>" sheet, or load a register first.`,
    );
  }
  return found;
}
