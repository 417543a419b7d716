import { excelSerialFromIso } from "../../src/core/tracking/sheet-layout";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { RequestBudget, payloadBytes } from "../../src/excel/request-budget";
import { REGISTER_PART_CHARS } from "../../src/excel/settings";
import { validateActiveSheet } from "../../src/excel/validate-sheet";
import { REQUEST_PAYLOAD_LIMIT_BYTES } from "../excel-double/request-context";
import { tableRecords } from "../excel-double/install";
import { AS_AT, installDouble, syntheticRegister } from "./helpers";

jest.setTimeout(120_000);

describe("the Excel double's request size cap (Excel on the web: 5 MB per request)", () => {
  it("refuses a request past the cap whole, as Excel does, and lets the next one through", async () => {
    const { model } = installDouble();
    const big = Array.from({ length: 1000 }, () => ["x".repeat(5200)]);
    const outcome = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["first"]];
      sheet.getRangeByIndexes(1, 0, 1000, 1).values = big;
      return context.sync().then(
        () => "sent",
        (error: { code?: string }) => error.code,
      );
    });
    expect(outcome).toBe("RequestPayloadSizeLimitExceeded");
    expect(model.sheet("Sheet1")!.peek(0, 0)).toBeUndefined();
    expect(model.requestBytes[0]).toBeGreaterThan(REQUEST_PAYLOAD_LIMIT_BYTES);

    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(1, 0, 500, 1).values = big.slice(
        0,
        500,
      );
      await context.sync();
    });
    expect(model.sheet("Sheet1")!.peek(500, 0)?.value).toBe("x".repeat(5200));
  });

  it("fails what Load used to send for 10 000 KPIs in one request: the rows and the register together", async () => {
    installDouble();
    const register = syntheticRegister(10_000);
    const rows = register.areas[0].measures.flatMap((m) => m.kpis.map((k) => [k.id, JSON.stringify(k.text)]));
    const error = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRangeByIndexes(0, 0, rows.length, 2).values = rows;
      context.workbook.settings.add("kpiTracker.register.2023", register);
      await context.sync();
    }).catch((e: { code?: string }) => e.code);
    expect(error).toBe("RequestPayloadSizeLimitExceeded");
  });
});

describe("Load keeps every request under 4 MB", () => {
  it("sends small loads in one write request, and splits only past the budget", async () => {
    const { model } = installDouble();
    const rows = Array.from({ length: 40 }, (_, i) => [`row ${String(i).padStart(2, "0")}`, "y".repeat(80)]);
    const perRow = payloadBytes(rows[0]) + 1;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const fits = new RequestBudget(context, undefined, perRow * 40);
      await fits.writeRows(sheet.getRangeByIndexes(0, 0, 40, 2), rows, (block, values) => {
        block.values = values;
      });
      expect(model.syncCount).toBe(0);
      const tight = new RequestBudget(context, undefined, perRow * 15);
      await tight.writeRows(sheet.getRangeByIndexes(0, 3, 40, 2), rows, (block, values) => {
        block.values = values;
      });
      await context.sync();
    });
    // At most 15 rows per request: 15 (with the first write), 15, then 10 with the final sync.
    expect(model.syncCount).toBe(3);
    expect(model.requestBytes.slice(1).every((bytes) => bytes < perRow * 15 + 1000)).toBe(true);
    const sheet = model.sheet("Sheet1")!;
    expect(sheet.valuesOf({ row: 0, col: 3, rows: 40, cols: 2 })).toEqual(rows);
    expect(sheet.valuesOf({ row: 0, col: 0, rows: 40, cols: 2 })).toEqual(rows);
  });

  it("loads and reloads 10 000 KPIs, no request over 4 MB, entries kept, Validate reads the register back", async () => {
    const { model } = installDouble();
    const register = syntheticRegister(10_000);
    expect(JSON.stringify(register).length).toBeGreaterThan(REGISTER_PART_CHARS);
    await loadTrackingTable({ register, asAt: AS_AT });
    const table = model.table("KpiTracker2023")!;
    const completedOn = table.rect.col + 8;
    table.sheet.cell(table.rect.row + 9_000, completedOn).value = excelSerialFromIso("2024-03-20");
    const id = String(table.sheet.peek(table.rect.row + 9_000, table.rect.col)?.value);

    await loadTrackingTable({ register, asAt: AS_AT });
    expect(Math.max(...model.requestBytes)).toBeLessThanOrEqual(4_000_000);
    expect(tableRecords(model, "KpiTracker2023").find((r) => r.ID === id)?.["Completed on"]).toBe(
      excelSerialFromIso("2024-03-20"),
    );
    const summary = await validateActiveSheet({ asAt: AS_AT, tolerance: 0.1 });
    expect(summary.total).toBe(10_000);
  });
});
