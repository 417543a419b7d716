/**
 * The Excel double must be no kinder than Excel. Each test runs a path the double used to allow, or a
 * rule it used to ignore, and checks that it now behaves as Excel does.
 */
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { setSheetProtection } from "../../src/excel/sheet-protection";
import { PANE_RUNTIME, RIBBON_RUNTIME } from "../excel-double/host-effects";
import { reorderTableRows, tableRecords, typeInto } from "../excel-double/install";
import { AS_AT, installDouble, seedRegister } from "./helpers";

const TABLE = "KpiTracker2023";

async function loaded() {
  const double = installDouble();
  await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
  return double;
}

const reversed = (n: number): number[] => Array.from({ length: n }, (_, i) => n - 1 - i);

describe("sorting and growing a table on a protected sheet", () => {
  it("refuses an officer's sort of the protected table, which has locked cells, and allows it unprotected", async () => {
    const { model } = await loaded();
    const firstId = tableRecords(model, TABLE)[0].ID;
    await setSheetProtection(true);
    expect(model.sheet("KPIs 2023")!.protectionOptions?.allowSort).not.toBe(true);
    expect(() => reorderTableRows(model, TABLE, reversed)).toThrow(/protected sheet/);
    expect(tableRecords(model, TABLE)[0].ID).toBe(firstId);

    await setSheetProtection(false);
    reorderTableRows(model, TABLE, reversed);
    expect(tableRecords(model, TABLE).at(-1)?.ID).toBe(firstId);
  });

  it("refuses table.sort.apply on a protected sheet even when the protection allows sorting", async () => {
    const { model } = await loaded();
    const sort = () =>
      Excel.run(async (context) => {
        context.workbook.tables.getItem(TABLE).sort.apply([{ key: 0, ascending: false }]);
        await context.sync();
      });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("KPIs 2023").protection.protect({ allowSort: true });
      await context.sync();
    });
    await expect(sort()).rejects.toMatchObject({ code: "AccessDenied" });

    await setSheetProtection(false);
    const ids = tableRecords(model, TABLE).map((r) => String(r.ID));
    await sort();
    expect(tableRecords(model, TABLE).map((r) => String(r.ID))).toEqual(
      [...ids].sort((a, b) => b.localeCompare(a)),
    );
  });

  it("refuses to grow a table on a protected sheet: rows.add, resize and a new table", async () => {
    const { model } = await loaded();
    await setSheetProtection(true);
    const rowsBefore = model.table(TABLE)!.rect.rows;
    const attempt = (batch: (context: Excel.RequestContext) => void) =>
      Excel.run(async (context) => {
        batch(context);
        await context.sync();
      });
    await expect(
      attempt((c) => c.workbook.tables.getItem(TABLE).rows.add(undefined, [Array(14).fill("")])),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(attempt((c) => c.workbook.tables.getItem(TABLE).resize("A4:N80"))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await expect(
      attempt((c) => c.workbook.worksheets.getItem("KPIs 2023").tables.add("P4:Q6", true)),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(model.table(TABLE)!.rect.rows).toBe(rowsBefore);
  });
});

describe("events are per runtime", () => {
  async function listen(): Promise<string[]> {
    const heard: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.tables.getItem(TABLE).onChanged.add(async (event) => {
        heard.push(event.address);
      });
      await context.sync();
    });
    return heard;
  }

  it("the ribbon switching its events off does not silence the pane's handler", async () => {
    const double = await loaded();
    const heard = await listen();
    await double.inRuntime(RIBBON_RUNTIME, () =>
      Excel.run(async (context) => {
        context.runtime.enableEvents = false;
        context.workbook.tables.getItem(TABLE).getDataBodyRange().getCell(0, 12).values = [["overdue"]];
        await context.sync();
      }),
    );
    await double.settleEvents();
    expect(heard).toEqual(["'KPIs 2023'!M5"]);
    expect(double.model.effects.eventsEnabled(RIBBON_RUNTIME)).toBe(false);
    expect(double.model.effects.eventsEnabled(PANE_RUNTIME)).toBe(true);
  });

  it("the pane switching its events off silences its own handler, for the officer's edits too", async () => {
    const double = await loaded();
    const heard = await listen();
    await Excel.run(async (context) => {
      context.runtime.enableEvents = false;
      await context.sync();
    });
    const address = typeInto(double.model, TABLE, "2023-D-1", "Actual", "12");
    await double.emitTableChanged(TABLE, address);
    expect(heard).toEqual([]);
  });

  it("a pause and resume inside one batch does not hide the batch's writes from the pane's handler", async () => {
    const double = await loaded();
    const heard = await listen();
    await Excel.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.tables.getItem(TABLE).getDataBodyRange().getCell(1, 7).values = [["5"]];
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await double.settleEvents();
    expect(heard).toEqual(["'KPIs 2023'!H6"]);
  });
});

describe("the officer's undo stack", () => {
  it("keeps the officer's edits and every add-in write as steps; protect and unprotect clear it", async () => {
    const { model } = await loaded();
    typeInto(model, TABLE, "2023-D-1", "Actual", "12");
    expect(model.undoStack.at(-1)).toEqual({ by: "officer", what: expect.stringContaining("typed into") });

    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("KPIs 2023").getRange("B2").values = [["x"]];
      await context.sync();
    });
    expect(model.undoStack.slice(-2).map((s) => s.by)).toEqual(["officer", "add-in"]);

    await setSheetProtection(true);
    expect(model.undoStack).toEqual([]);
    typeInto(model, TABLE, "2023-D-1", "Actual", "13");
    await setSheetProtection(false);
    expect(model.undoStack).toEqual([]);
  });
});

describe("input messages", () => {
  it("refuses, at the sync, an input message title over 32 characters or a message over 255", async () => {
    installDouble();
    const attempt = (prompt: Excel.DataValidationPrompt) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").dataValidation.prompt = prompt;
        await context.sync();
      });
    await expect(attempt({ showPrompt: true, title: "t".repeat(33), message: "m" })).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(attempt({ showPrompt: true, title: "t", message: "m".repeat(256) })).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(
      attempt({ showPrompt: true, title: "t".repeat(32), message: "m".repeat(255) }),
    ).resolves.toBeUndefined();
  });
});
