import { REPORTED_STATUS_PHRASES } from "../../src/core/engine/phrases";
import { TRACKING_COLUMNS } from "../../src/core/tracking/columns";
import { ENTRY_GUIDANCE } from "../../src/core/tracking/entry-guidance";
import { STATUS_STYLES } from "../../src/core/tracking/flags";
import { buildRegisterRows } from "../../src/core/tracking/rows";
import { excelSerialFromIso } from "../../src/core/tracking/sheet-layout";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { TrackingError } from "../../src/excel/office-errors";
import { reorderTableRows, shuffled, tableHeader, tableRecords, typeInto } from "../excel-double/install";
import type { WorkbookModel } from "../excel-double/model";
import { AS_AT, installDouble, seedRegister, validatedSpans, withoutKpis } from "./helpers";

const TABLE = "KpiTracker2023";
const SHEET = "KPIs 2023";

describe("loading a register into Excel", () => {
  it("writes one table on its own sheet with the register's rows, title and as-at date", async () => {
    const { model } = installDouble();
    const register = seedRegister(2023);
    const outcome = await loadTrackingTable({ register, asAt: AS_AT });

    expect(outcome).toEqual({
      sheetName: SHEET,
      tableName: TABLE,
      rows: 49,
      added: 49,
      kept: 0,
      retired: 0,
      renumbered: [],
    });
    const sheet = model.sheet(SHEET);
    expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET]);
    const table = model.table(TABLE)!;
    expect(table.sheet).toBe(sheet);
    expect(table.rect).toEqual({ row: 3, col: 0, rows: 50, cols: TRACKING_COLUMNS.length });
    expect(tableHeader(model, TABLE)).toEqual(TRACKING_COLUMNS.map((c) => c.header));

    const expected = buildRegisterRows(register);
    const records = tableRecords(model, TABLE);
    expect(records.map((r) => r.ID)).toEqual(expected.map((r) => r.id));
    expect(records[0]).toMatchObject({
      Area: expected[0].area,
      KPI: expected[0].kpi,
      Target: expected[0].target,
    });
    expect(records[0]).toMatchObject({ Actual: "", "Completed on": "", Status: "", Reason: "" });

    expect(sheet!.peek(0, 0)?.value).toBe(register.title);
    expect(sheet!.peek(0, 0)?.bold).toBe(true);
    expect(sheet!.peek(1, 0)?.value).toBe("As at");
    expect(sheet!.peek(1, 1)).toMatchObject({ value: excelSerialFromIso(AS_AT), numberFormat: "yyyy-mm-dd" });
    expect(model.activeSheet).toBe(sheet);
  });

  it("takes two round trips on a new sheet", async () => {
    const { model } = installDouble();
    await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
    expect(model.syncCount).toBe(2);
  });

  it("formats the sheet: frozen header, widths, wrapping, date and text formats, locked register columns", async () => {
    const { model } = installDouble();
    await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
    const sheet = model.sheet(SHEET)!;
    expect(sheet.frozenRows).toBe(4);
    TRACKING_COLUMNS.forEach((column, index) => expect(sheet.columnWidths.get(index)).toBe(column.width * 6));
    const cell = (row: number, header: string) =>
      sheet.cell(
        row,
        TRACKING_COLUMNS.findIndex((c) => c.header === header),
      );
    const firstRow = 4;
    expect(cell(firstRow, "KPI").wrapText).toBe(true);
    expect(cell(firstRow, "Reason").wrapText).toBe(true);
    expect(cell(firstRow, "ID").wrapText).toBe(false);
    expect(cell(firstRow, "Completed on").numberFormat).toBe("yyyy-mm-dd");
    expect(cell(firstRow, "Deadline").numberFormat).toBe("yyyy-mm-dd");
    expect(cell(firstRow, "Actual").numberFormat).toBe("@");
    expect(cell(firstRow + 48, "Actual").numberFormat).toBe("@");
    for (const column of TRACKING_COLUMNS) {
      expect([column.header, cell(firstRow + 10, column.header).locked]).toEqual([
        column.header,
        column.role !== "entry",
      ]);
    }
    expect(cell(3, "Actual").locked).toBe(true);
  });

  it("guards entry cells with data validation and input messages", async () => {
    const { model } = installDouble();
    await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
    const validations = model.sheet(SHEET)!.dataValidations;
    // Every run of rows on a column carries the same rule and alert; the first run stands for them all.
    const byColumn = (header: string) => {
      const col = TRACKING_COLUMNS.findIndex((c) => c.header === header);
      const found = validations.filter((v) => v.rect.col === col);
      expect(new Set(found.map((v) => JSON.stringify([v.rule, v.errorAlert, v.ignoreBlanks])))).toEqual(
        new Set([JSON.stringify([found[0].rule, found[0].errorAlert, true])]),
      );
      return found.sort((a, b) => a.rect.row - b.rect.row)[0];
    };
    const status = byColumn("Reported status");
    expect(status.rule).toEqual({
      list: { inCellDropDown: true, source: REPORTED_STATUS_PHRASES.join(",") },
    });
    expect(status.errorAlert?.style).toBe("Warning");
    const completed = byColumn("Completed on");
    expect(completed.rule?.date).toMatchObject({ operator: "Between" });
    const actual = byColumn("Actual");
    expect(actual.errorAlert?.style).toBe("Information");
    expect(actual.prompt).toEqual({ showPrompt: true, ...ENTRY_GUIDANCE.actual });
    byColumn("Latest progress");
    expect(validatedSpans(model.sheet(SHEET)!)).toEqual(
      [7, 8, 9, 10].map((col) => ({ row: 4, col, rows: 49, cols: 1 })),
    );
    // Excel refuses a list source over 255 characters and splits items on commas.
    expect(REPORTED_STATUS_PHRASES.join(",").length).toBeLessThanOrEqual(255);
    expect(REPORTED_STATUS_PHRASES.some((p) => p.includes(","))).toBe(false);
  });

  describe("each row's input message shows the shape its entries take", () => {
    const SHEET_2022 = "KPIs 2022";
    /** The input message on a KPI's row in the column with the given header. */
    const promptOn = (model: WorkbookModel, id: string, header: string) => {
      const row = 4 + tableRecords(model, "KpiTracker2022").findIndex((r) => r.ID === id);
      const col = TRACKING_COLUMNS.findIndex((c) => c.header === header);
      const found = model
        .sheet(SHEET_2022)!
        .dataValidations.filter(
          (v) => v.rect.col === col && v.rect.row <= row && row < v.rect.row + v.rect.rows,
        );
      expect(found).toHaveLength(1);
      return found[0].prompt;
    };

    it("a KPI with two milestones (2022-L-1) gets its own messages naming its parts; a single target keeps the column's", async () => {
      const { model } = installDouble();
      await loadTrackingTable({ register: seedRegister(2022), asAt: AS_AT });
      expect(promptOn(model, "2022-L-1", "Completed on")).toEqual({
        showPrompt: true,
        title: "Completed on",
        message:
          "One date per part separated by ; in the order of the Target column, e.g. ; 2024-03-20 when only part (2) is done.",
      });
      expect(promptOn(model, "2022-L-1", "Actual")).toEqual({
        showPrompt: true,
        title: "Actual",
        message: "No figure for this KPI: leave Actual empty.",
      });
      // 2022-O-1: a milestone, then a count.
      expect(promptOn(model, "2022-O-1", "Actual")?.message).toBe(
        "One figure, for part (2) of the Target column (or in its place: ; 150). Recurring targets: this period's figure.",
      );
      expect(promptOn(model, "2022-A-1", "Actual")).toEqual({ showPrompt: true, ...ENTRY_GUIDANCE.actual });
      expect(promptOn(model, "2022-A-1", "Completed on")).toEqual({
        showPrompt: true,
        ...ENTRY_GUIDANCE.completedOn,
      });
    });

    it("gives consecutive rows with one message one validation, in the same round trips", async () => {
      const { model } = installDouble();
      const register = seedRegister(2022);
      model.syncCount = 0;
      await loadTrackingTable({ register, asAt: AS_AT });
      expect(model.syncCount).toBe(2);
      model.syncCount = 0;
      await loadTrackingTable({ register, asAt: AS_AT });
      expect(model.syncCount).toBe(3);

      const actual = model.sheet(SHEET_2022)!.dataValidations.filter((v) => v.rect.col === 7);
      // 47 rows, 12 of them multi-part KPIs: far fewer validations than rows.
      expect(actual.length).toBeLessThan(25);
      const ordered = actual.sort((a, b) => a.rect.row - b.rect.row);
      ordered.slice(1).forEach((run, i) => expect(run.prompt).not.toEqual(ordered[i].prompt));
      // The runs of single-target KPIs before the first multi-part one (2022-C-2) share one validation.
      const firstMultiPart = tableRecords(model, "KpiTracker2022").findIndex((r) => r.ID === "2022-C-2");
      expect(ordered[0].rect).toEqual({ row: 4, col: 7, rows: firstMultiPart, cols: 1 });
    });

    it("a row no longer in the register keeps the column's message", async () => {
      const { model } = installDouble();
      const register = seedRegister(2022);
      await loadTrackingTable({ register, asAt: AS_AT });
      typeInto(model, "KpiTracker2022", "2022-L-1", "Completed on", "; 2024-03-20");
      await loadTrackingTable({ register: withoutKpis(register, (id) => id === "2022-L-1"), asAt: AS_AT });
      expect(promptOn(model, "2022-L-1", "Completed on")).toEqual({
        showPrompt: true,
        ...ENTRY_GUIDANCE.completedOn,
      });
    });
  });

  it("tints whole rows by Status with one custom rule per flagged status, anchored at the first data row", async () => {
    const { model } = installDouble();
    await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
    const rules = model.sheet(SHEET)!.conditionalFormats;
    const body = { row: 4, col: 0, rows: 49, cols: TRACKING_COLUMNS.length };
    expect(rules.map((r) => [r.type, r.rect, r.formula, r.fillColor, r.fontColor])).toEqual([
      ["Custom", body, '=$M5="invalid"', STATUS_STYLES.invalid.fill, STATUS_STYLES.invalid.font],
      [
        "Custom",
        body,
        '=$M5="needs-review"',
        STATUS_STYLES["needs-review"].fill,
        STATUS_STYLES["needs-review"].font,
      ],
      ["Custom", body, '=$M5="completed"', STATUS_STYLES.completed.fill, STATUS_STYLES.completed.font],
      ["Custom", body, '=$M5="overdue"', STATUS_STYLES.overdue.fill, STATUS_STYLES.overdue.font],
      ["Custom", body, '=$M5="off-track"', STATUS_STYLES["off-track"].fill, STATUS_STYLES["off-track"].font],
    ]);
  });

  it("stores the register and the as-at date in the workbook settings", async () => {
    const { model } = installDouble();
    const register = seedRegister(2023);
    await loadTrackingTable({ register, asAt: AS_AT });
    expect(model.settings.get("kpiTracker.register.2023")).toEqual(register);
    expect(model.settings.get("kpiTracker.asAt")).toBe(AS_AT);
  });

  it("loads only the KPIs of the chosen departments", async () => {
    const { model } = installDouble();
    const outcome = await loadTrackingTable({
      register: seedRegister(2023),
      departments: ["FSD"],
      asAt: AS_AT,
    });
    const records = tableRecords(model, TABLE);
    expect(outcome.rows).toBe(14);
    // The 2023 register's KPIs naming FSD, in register order (seeds/kpis-2023.json).
    expect(records.map((r) => r.ID)).toEqual([
      "2023-C-2",
      "2023-C-3",
      "2023-C-4",
      "2023-D-1",
      "2023-D-2",
      "2023-E-1",
      "2023-F-1",
      "2023-M-5",
      "2023-M-6",
      "2023-Q-3",
      "2023-S-1",
      "2023-S-2",
      "2023-S-3",
      "2023-S-4",
    ]);
    for (const record of records) expect(String(record.Department)).toContain("FSD");
  });

  it("refuses a filter that leaves no KPI, writing nothing", async () => {
    const { model } = installDouble();
    const register = seedRegister(2023);
    const tcab = new Set(buildRegisterRows(register, { departments: ["TCAB"] }).map((row) => row.id));
    const withoutTcab = withoutKpis(register, (id) => tcab.has(id));
    await expect(
      loadTrackingTable({ register: withoutTcab, departments: ["TCAB"], asAt: AS_AT }),
    ).rejects.toThrow(/No KPI .* matches the department filter/);
    expect(model.sheet(SHEET)).toBeUndefined();
    expect(model.syncCount).toBe(0);
  });
});

describe("loading again keeps every officer entry", () => {
  async function loadedWithEntries() {
    const double = installDouble();
    const register = seedRegister(2023);
    await loadTrackingTable({ register, asAt: AS_AT });
    const { model } = double;
    typeInto(model, TABLE, "2023-A-1", "Completed on", excelSerialFromIso("2024-03-20"));
    typeInto(model, TABLE, "2023-A-1", "Reported status", "Task completed.");
    typeInto(model, TABLE, "2023-A-2", "Latest progress", "1,572");
    typeInto(model, TABLE, "2023-A-3", "Latest progress", "- bill introduced\n- second reading");
    typeInto(model, TABLE, "2023-B-1", "Actual", "about 580");
    typeInto(model, TABLE, "2023-C-2", "Actual", "=SUM(A1:A3)", 42);
    return { ...double, register };
  }

  it("matches entries by KPI id after the rows were sorted, in three round trips", async () => {
    const { model, register } = await loadedWithEntries();
    const before = tableRecords(model, TABLE);
    reorderTableRows(model, TABLE, shuffled(7));
    expect(tableRecords(model, TABLE).map((r) => r.ID)).not.toEqual(before.map((r) => r.ID));

    model.syncCount = 0;
    const outcome = await loadTrackingTable({ register, asAt: AS_AT });
    expect(model.syncCount).toBe(3);
    expect(outcome).toMatchObject({ rows: 49, added: 0, kept: 49, retired: 0 });

    const after = tableRecords(model, TABLE);
    expect(after).toEqual(before);
    const byId = Object.fromEntries(after.map((r) => [r.ID, r]));
    expect(byId["2023-A-1"]["Completed on"]).toBe(excelSerialFromIso("2024-03-20"));
    expect(byId["2023-A-2"]["Latest progress"]).toBe("1,572");
    expect(byId["2023-A-3"]["Latest progress"]).toBe("- bill introduced\n- second reading");
    expect(byId["2023-B-1"].Actual).toBe("about 580");
    // A pasted formula stays as its formula text, never its result.
    expect(byId["2023-C-2"].Actual).toBe("=SUM(A1:A3)");
    // One table, one set of row colours and one drop-down or message per entry column, not two.
    expect(model.tables.map((t) => t.name)).toEqual([TABLE]);
    expect(model.sheet(SHEET)!.conditionalFormats.map((f) => f.formula)).toEqual([
      '=$M5="invalid"',
      '=$M5="needs-review"',
      '=$M5="completed"',
      '=$M5="overdue"',
      '=$M5="off-track"',
    ]);
    // Actual, Completed on, Reported status and Latest progress are the table's 8th to 11th columns.
    expect(validatedSpans(model.sheet(SHEET)!)).toEqual(
      [7, 8, 9, 10].map((col) => ({ row: 4, col, rows: 49, cols: 1 })),
    );
  });

  it("adds new KPIs and keeps, marked, those no longer in the register with their entries", async () => {
    const { model, register } = await loadedWithEntries();
    const dropped = (id: string) => id === "2023-B-1";
    // First a register without B-1 ...
    const revised = withoutKpis(register, dropped);
    const outcome = await loadTrackingTable({ register: revised, asAt: AS_AT });
    expect(outcome).toMatchObject({ rows: 49, kept: 48, retired: 1, added: 0 });
    const orphan = tableRecords(model, TABLE).find((r) => r.ID === "2023-B-1")!;
    expect(orphan.Actual).toBe("about 580");
    expect(String(orphan.Reason)).toMatch(/no longer in the register/);

    // ... then a table started from a smaller register gets the missing KPIs added.
    const fresh = installDouble().model;
    await loadTrackingTable({ register: revised, asAt: AS_AT });
    const again = await loadTrackingTable({ register, asAt: AS_AT });
    expect(again).toMatchObject({ rows: 49, added: 1, kept: 48, retired: 0 });
    expect(tableRecords(fresh, TABLE).map((r) => r.ID)).toContain("2023-B-1");
  });

  it("shrinks the table cleanly when the register gets shorter", async () => {
    const { model, register } = await loadedWithEntries();
    const keepOnlyA = withoutKpis(register, (id) => !id.startsWith("2023-A-") && id !== "2023-B-1");
    await loadTrackingTable({ register: keepOnlyA, asAt: AS_AT });
    const table = model.table(TABLE)!;
    const records = tableRecords(model, TABLE);
    // Rows with entries stay (C-2's formula too); rows without entries that left the register go.
    expect(records.map((r) => r.ID)).toEqual(expect.arrayContaining(["2023-B-1", "2023-C-2"]));
    const sheet = model.sheet(SHEET)!;
    const below = table.rect.row + table.rect.rows;
    expect(
      sheet
        .valuesOf({ row: below, col: 0, rows: 60, cols: 14 })
        .flat()
        .every((v) => v === ""),
    ).toBe(true);
    expect(sheet.conditionalFormats.every((cf) => cf.rect.rows === records.length)).toBe(true);
  });

  it("reads back a table that was converted to a plain range by hand", async () => {
    const { model, register } = await loadedWithEntries();
    model.removeTable(model.table(TABLE)!);
    const outcome = await loadTrackingTable({ register, asAt: AS_AT });
    expect(outcome.kept).toBe(49);
    expect(tableRecords(model, TABLE).find((r) => r.ID === "2023-B-1")?.Actual).toBe("about 580");
  });

  it("refuses, writing nothing, when the KPI table was renamed by hand", async () => {
    const { model, register } = await loadedWithEntries();
    model.table(TABLE)!.name = "MyKpis";
    const sheet = model.sheet(SHEET)!;
    const before = JSON.stringify([...sheet.cells]);
    await expect(loadTrackingTable({ register, asAt: AS_AT })).rejects.toThrow(
      /named "MyKpis".*rename it back/,
    );
    expect(JSON.stringify([...sheet.cells])).toBe(before);
  });

  it("refuses, writing nothing, when an entry column was renamed, so its entries are not read as empty", async () => {
    const { model, register } = await loadedWithEntries();
    const table = model.table(TABLE)!;
    const actualCol = tableHeader(model, TABLE).indexOf("Actual");
    const header = table.sheet.cell(table.rect.row, table.rect.col + actualCol);
    header.value = "Actual 2024";
    const before = JSON.stringify([...table.sheet.cells]);
    await expect(loadTrackingTable({ register, asAt: AS_AT })).rejects.toThrow(
      /missing or renamed: "Actual"; not the add-in's: "Actual 2024".*nothing was changed/,
    );
    expect(JSON.stringify([...table.sheet.cells])).toBe(before);
    expect(tableRecords(model, TABLE).find((r) => r.ID === "2023-B-1")?.["Actual 2024"]).toBe("about 580");
  });

  it("refuses, writing nothing, when the sheet holds other content where the table goes", async () => {
    const { model, register } = await loadedWithEntries();
    model.removeTable(model.table(TABLE)!);
    const sheet = model.sheet(SHEET)!;
    for (let col = 0; col < 14; col++) sheet.cell(3, col).value = `My heading ${col}`;
    const before = JSON.stringify([...sheet.cells]);
    await expect(loadTrackingTable({ register, asAt: AS_AT })).rejects.toThrow(
      /something other than a KPI table/,
    );
    expect(JSON.stringify([...sheet.cells])).toBe(before);
  });

  it("loses no entry when the write batch fails at any point: the rows go to a sheet of their own", async () => {
    const typed = ["about 580", "=SUM(A1:A3)", "- bill introduced\n- second reading", "1,572"];
    let failures = 0;
    for (let failAt = 0; ; failAt++) {
      const { model, register } = await loadedWithEntries();
      const before = JSON.stringify([...model.sheet(SHEET)!.cells]);
      model.failAfterOperations = failAt;
      const outcome = await loadTrackingTable({ register, asAt: AS_AT }).then(
        () => "loaded",
        (error: Error) => error.message,
      );
      if (outcome === "loaded") break;
      if (!/stopped part-way/.test(outcome)) {
        // A read batch failed: nothing was written.
        expect(JSON.stringify([...model.sheet(SHEET)!.cells])).toBe(before);
        continue;
      }
      failures++;
      expect(outcome).toMatch(/saved on the sheet "KPIs 2023 kept"/);
      const kept = model.sheet("KPIs 2023 kept")!;
      const text = JSON.stringify(kept.formulasOf({ row: 0, col: 0, rows: 60, cols: 14 }));
      for (const entry of typed) expect(text).toContain(JSON.stringify(entry).slice(1, -1));
    }
    // The batch has many operations; every one of them was a failure point once.
    expect(failures).toBeGreaterThan(20);
  });

  it("keeps the sheet protected when it was protected by the add-in", async () => {
    const { model, register } = await loadedWithEntries();
    model.sheet(SHEET)!.protected = true;
    await loadTrackingTable({ register, asAt: AS_AT });
    expect(model.sheet(SHEET)!.protected).toBe(true);
    expect(tableRecords(model, TABLE).find((r) => r.ID === "2023-B-1")?.Actual).toBe("about 580");
  });

  it("writes nothing and says why when someone else protected the sheet with a password", async () => {
    const { model, register } = await loadedWithEntries();
    const sheet = model.sheet(SHEET)!;
    sheet.protected = true;
    sheet.password = "secret";
    const before = JSON.stringify([...sheet.cells]);
    const tableBefore = { ...model.table(TABLE)!.rect };
    const error = await loadTrackingTable({ register, asAt: AS_AT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrackingError);
    expect((error as Error).message).toMatch(/protected/);
    // No "kept" copy, no new sheet, no reordering: the workbook's sheets are exactly as before the call.
    expect(model.sheets.map((s) => s.name)).toEqual(["Sheet1", SHEET]);
    expect(model.tables.map((t) => t.name)).toEqual([TABLE]);
    expect(JSON.stringify([...sheet.cells])).toBe(before);
    expect(model.table(TABLE)!.rect).toEqual(tableBefore);
    expect(sheet.protected).toBe(true);
    expect(model.enableEvents).toBe(true);
  });

  it("waits for cell edit mode instead of failing (delayForCellEdit)", async () => {
    const { model, register } = await loadedWithEntries();
    model.cellEditMode = true;
    await expect(loadTrackingTable({ register, asAt: AS_AT })).resolves.toMatchObject({ kept: 49 });
  });
});
