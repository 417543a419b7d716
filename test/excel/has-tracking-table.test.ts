import { hasTrackingTable } from "../../src/excel/has-tracking-table";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { AS_AT, installDouble, seedRegister } from "./helpers";

describe("hasTrackingTable (which step the pane opens on)", () => {
  it("is false in a new workbook, in one round trip", async () => {
    const { model } = installDouble();
    model.syncCount = 0;
    await expect(hasTrackingTable()).resolves.toBe(false);
    expect(model.syncCount).toBe(1);
  });

  it("is false when the only table is one of the officer's own", async () => {
    const { model } = installDouble();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["Item", "Owner"]];
      sheet.tables.add("Sheet1!A1:B3", true).name = "Contacts2023";
      await context.sync();
    });
    expect(model.tables.map((t) => t.name)).toEqual(["Contacts2023"]);
    await expect(hasTrackingTable()).resolves.toBe(false);
  });

  it("is true after a load, even while another sheet is active, in one round trip", async () => {
    const { model } = installDouble();
    await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").activate();
      await context.sync();
    });
    model.syncCount = 0;
    await expect(hasTrackingTable()).resolves.toBe(true);
    expect(model.syncCount).toBe(1);
  });
});
