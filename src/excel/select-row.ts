import type { CellValue } from "../core/tracking/cell-value";
import { headerKeys } from "../core/tracking/table-values";
import { runExcel } from "./excel-run";
import { TrackingError } from "./office-errors";
import type { KpiRowRef } from "../taskpane/workbook-actions";

/** Selects a KPI's row in its table, found by ID, so it works after officers sort or filter the rows. */
export function selectKpiRow(row: KpiRowRef): Promise<void> {
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItem(row.tableName);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values");
    await context.sync();
    const idColumn = headerKeys(header.values[0] as CellValue[]).indexOf("id");
    const index = (body.values as CellValue[][]).findIndex(
      (cells) => String(cells[idColumn] ?? "").trim() === row.kpiId,
    );
    if (idColumn < 0 || index < 0) throw new TrackingError(`KPI ${row.kpiId} is no longer in the table.`);
    table.worksheet.activate();
    body.getRow(index).select();
    await context.sync();
  });
}
