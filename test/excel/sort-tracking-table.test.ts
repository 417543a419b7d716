import { TRACKING_COLUMNS } from "../../src/core/tracking/columns";
import { ENTRY_GUIDANCE } from "../../src/core/tracking/entry-guidance";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { setSheetProtection } from "../../src/excel/sheet-protection";
import { sortTrackingTable } from "../../src/excel/sort-tracking-table";
import { validateActiveSheet } from "../../src/excel/validate-sheet";
import { reorderTableRows, shuffled, tableRecords, typeInto } from "../excel-double/install";
import type { WorkbookModel } from "../excel-double/model";
import { AS_AT, installDouble, seedRegister } from "./helpers";

const TABLE = "KpiTracker2023";
const SHEET = "KPIs 2023";
const ENTRY_COLUMNS = ["Actual", "Completed on", "Reported status", "Latest progress"];
// Worst first, written out here rather than taken from the engine.
const RANK = ["invalid", "needs-review", "overdue", "off-track", "not-reported", "on-track", "completed"];

/** A validated table with entries typed in, rows shuffled as an officer might leave them. */
async function workedTable() {
  const double = installDouble();
  await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
  typeInto(double.model, TABLE, "2023-D-1", "Actual", "not a number");
  typeInto(double.model, TABLE, "2023-A-1", "Latest progress", "Work under way.");
  typeInto(double.model, TABLE, "2023-A-1", "Reported status", "Task completed.");
  typeInto(double.model, TABLE, "2023-C-2", "Actual", "about 580");
  reorderTableRows(double.model, TABLE, shuffled(7));
  await validateActiveSheet({ asAt: "2024-06-30", tolerance: 0.1 });
  return double;
}

const entriesById = (double: ReturnType<typeof installDouble>) =>
  Object.fromEntries(tableRecords(double.model, TABLE).map((r) => [r.ID, ENTRY_COLUMNS.map((c) => r[c])]));

describe("sorting the KPI table from the pane", () => {
  it("on a protected sheet, lifts the add-in's protection, sorts worst first, protects again", async () => {
    const double = await workedTable();
    await setSheetProtection(true);
    const entriesBefore = entriesById(double);
    double.model.syncCount = 0;

    await expect(sortTrackingTable()).resolves.toEqual({
      sheetName: SHEET,
      rows: 49,
      protectionLifted: true,
    });

    const records = tableRecords(double.model, TABLE);
    expect(records[0].ID).toBe("2023-D-1");
    const ranks = records.map((r) => RANK.indexOf(String(r.Status)));
    expect(ranks.every((rank, i) => rank >= 0 && (i === 0 || rank >= ranks[i - 1]))).toBe(true);
    for (let i = 1; i < records.length; i++) {
      if (records[i].Status !== records[i - 1].Status) continue;
      expect(
        String(records[i - 1].Department).localeCompare(String(records[i].Department)),
      ).toBeLessThanOrEqual(0);
    }
    expect(entriesById(double)).toEqual(entriesBefore);
    expect(double.model.sheet(SHEET)!.protected).toBe(true);
    expect(double.model.syncCount).toBe(4);
    // Lifting the protection cleared Excel's undo stack; the pane warns about it next to the button.
    expect(double.model.undoStack.some((step) => step.by === "officer")).toBe(false);
  });

  it("an already sorted table is left untouched, protection included", async () => {
    const double = await workedTable();
    await sortTrackingTable();
    await setSheetProtection(true);
    typeInto(double.model, TABLE, "2023-A-1", "Actual", "3");
    await expect(sortTrackingTable()).resolves.toMatchObject({ protectionLifted: false });
    expect(double.model.undoStack.at(-1)?.by).toBe("officer");
  });

  it("refuses in plain words when someone else protected the sheet with a password, changing nothing", async () => {
    const double = await workedTable();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).protection.protect({ allowAutoFilter: true }, "secret");
      await context.sync();
    });
    const before = tableRecords(double.model, TABLE);
    await expect(sortTrackingTable()).rejects.toThrow(
      /protected, perhaps by someone else with a password, so nothing was changed/,
    );
    expect(tableRecords(double.model, TABLE)).toEqual(before);
    expect(double.model.sheet(SHEET)!.protected).toBe(true);
    expect(double.model.enableEvents).toBe(true);
  });
});

// The 2022 register's KPIs with more than one target, written out here rather than taken from the seed.
const MULTI_PART_2022 = [
  "2022-C-2",
  "2022-C-3",
  "2022-F-1",
  "2022-F-2",
  "2022-F-6",
  "2022-F-7",
  "2022-F-8",
  "2022-K-1",
  "2022-L-1",
  "2022-M-1",
  "2022-N-9",
  "2022-O-1",
];

describe("sorting keeps each row's input message with its KPI", () => {
  const promptOn = (model: WorkbookModel, id: string, header: string) => {
    const row = 4 + tableRecords(model, "KpiTracker2022").findIndex((r) => r.ID === id);
    const col = TRACKING_COLUMNS.findIndex((c) => c.header === header);
    const found = model
      .sheet("KPIs 2022")!
      .dataValidations.filter(
        (v) => v.rect.col === col && v.rect.row <= row && row < v.rect.row + v.rect.rows,
      );
    expect(found).toHaveLength(1);
    return found[0].prompt?.message;
  };

  it("gives 2022-L-1 its own message where it lands, and the row it left the column's, in the same round trips", async () => {
    const { model } = installDouble();
    await loadTrackingTable({ register: seedRegister(2022), asAt: AS_AT });
    await validateActiveSheet({ asAt: "2024-06-30", tolerance: 0.1 });
    const before = tableRecords(model, "KpiTracker2022").map((r) => r.ID);
    model.syncCount = 0;
    await sortTrackingTable();
    expect(model.syncCount).toBe(3);
    const after = tableRecords(model, "KpiTracker2022").map((r) => r.ID);
    const landedOn = after[before.indexOf("2022-L-1")];
    expect(landedOn).not.toBe("2022-L-1");
    expect(promptOn(model, "2022-L-1", "Completed on")).toBe(
      "One date per part separated by ; in the order of the Target column, e.g. ; 2024-03-20 when only part (2) is done.",
    );
    expect(promptOn(model, "2022-L-1", "Actual")).toBe("No figure for this KPI: leave Actual empty.");
    // The single-target KPI now standing where 2022-L-1 was gets the column's message.
    expect(MULTI_PART_2022).not.toContain(landedOn);
    expect(promptOn(model, String(landedOn), "Completed on")).toBe(ENTRY_GUIDANCE.completedOn.message);
  });
});
