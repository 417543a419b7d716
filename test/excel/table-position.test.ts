import { TRACKING_COLUMNS } from "../../src/core/tracking/columns";
import { TINTED_STATUSES } from "../../src/core/tracking/flags";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { validateActiveSheet } from "../../src/excel/validate-sheet";
import { insertTableColumn, moveTable, tableRecords, typeInto } from "../excel-double/install";
import type { WorkbookModel } from "../excel-double/model";
import { AS_AT, installDouble, seedRegister, validatedSpans } from "./helpers";

const TABLE = "KpiTracker2023";
const SHEET = "KPIs 2023";

function tintFormulas(model: WorkbookModel): Array<string | null> {
  return model.sheet(SHEET)!.conditionalFormats.map((rule) => rule.formula);
}

async function loaded() {
  const { model } = installDouble();
  const register = seedRegister(2023);
  await loadTrackingTable({ register, asAt: AS_AT });
  typeInto(model, TABLE, "2023-A-2", "Actual", "not a figure");
  return { model, register };
}

describe("a table whose columns were moved or which starts elsewhere", () => {
  it("tints rows from the Status column where it now stands, after Load and after Validate", async () => {
    const { model, register } = await loaded();
    insertTableColumn(model, TABLE, 5, "Owner", () => "");
    // Status was M; with "Owner" inside the table before it, it is N.
    await loadTrackingTable({ register, asAt: AS_AT });
    expect(tintFormulas(model)).toEqual(TINTED_STATUSES.map((status) => `=$N5="${status}"`));
    await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    expect(tintFormulas(model)).toEqual(TINTED_STATUSES.map((status) => `=$N5="${status}"`));
    expect(tableRecords(model, TABLE).find((r) => r.ID === "2023-A-2")?.Status).toBe("invalid");
  });

  it("loads again where the officer moved the table, with rules, freeze and validation to match", async () => {
    const { model, register } = await loaded();
    moveTable(model, TABLE, 2, 2);
    await loadTrackingTable({ register, asAt: AS_AT });

    const table = model.table(TABLE)!;
    expect(table.rect).toMatchObject({ row: 5, col: 2, cols: TRACKING_COLUMNS.length });
    const sheet = model.sheet(SHEET)!;
    // Status is the 13th column: from C, that is O; the first data row is 7.
    expect(tintFormulas(model)).toEqual(TINTED_STATUSES.map((status) => `=$O7="${status}"`));
    expect(sheet.conditionalFormats[0].rect).toEqual({
      row: 6,
      col: 2,
      rows: 49,
      cols: TRACKING_COLUMNS.length,
    });
    expect(sheet.frozenRows).toBe(6);
    expect(validatedSpans(sheet).map((span) => span.col)).toEqual([9, 10, 11, 12]);
    expect(tableRecords(model, TABLE).find((r) => r.ID === "2023-A-2")?.Actual).toBe("not a figure");
    // Nothing of the old place is left behind.
    expect(
      sheet
        .valuesOf({ row: 3, col: 0, rows: 2, cols: 2 })
        .flat()
        .every((v) => v === ""),
    ).toBe(true);

    await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    expect(tintFormulas(model)).toEqual(TINTED_STATUSES.map((status) => `=$O7="${status}"`));
  });
});
