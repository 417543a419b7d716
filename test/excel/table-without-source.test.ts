import { TRACKING_COLUMNS } from "../../src/core/tracking/columns";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { validateActiveSheet } from "../../src/excel/validate-sheet";
import { tableHeader, tableOrThrow, tableRecords, typeInto } from "../excel-double/install";
import type { WorkbookModel } from "../excel-double/model";
import { AS_AT, installDouble, seedRegister } from "./helpers";

const TABLE = "KpiTracker2023";

/** A table as an earlier version made it: the last column (Source) not there. */
function withoutSourceColumn(model: WorkbookModel): void {
  const table = tableOrThrow(model, TABLE);
  const last = table.rect.col + table.rect.cols - 1;
  for (let row = table.rect.row; row < table.rect.row + table.rect.rows; row++) {
    table.sheet.cells.delete(`${row},${last}`);
  }
  table.rect = { ...table.rect, cols: table.rect.cols - 1 };
}

describe("a tracking table made before the Source column existed", () => {
  it("loads again and validates, keeping its entries and its columns", async () => {
    const { model } = installDouble();
    await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
    withoutSourceColumn(model);
    const older = TRACKING_COLUMNS.map((column) => column.header).filter((header) => header !== "Source");
    expect(tableHeader(model, TABLE)).toEqual(older);
    typeInto(model, TABLE, "2023-A-2", "Actual", "about 580");

    const sheet = tableOrThrow(model, TABLE).sheet;
    sheet.columnWidths.clear();
    await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
    expect(tableHeader(model, TABLE)).toEqual(older);
    // Only the table's own columns are sized: none for the Source column it lacks, none beside it.
    expect([...sheet.columnWidths.keys()].sort((a, b) => a - b)).toEqual(older.map((_, i) => i));
    expect(tableRecords(model, TABLE).find((record) => record.ID === "2023-A-2")?.Actual).toBe("about 580");

    const summary = await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    expect(summary.total).toBe(tableRecords(model, TABLE).length);
  });
});
