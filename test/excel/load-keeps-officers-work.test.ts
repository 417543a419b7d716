import { columnLetter } from "../../src/core/tracking/sheet-layout";
import { TRACKING_COLUMNS } from "../../src/core/tracking/columns";
import type { Register } from "../../src/core/register/schema";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import {
  insertTableColumn,
  reorderTableRows,
  shuffled,
  tableHeader,
  tableRecords,
  typeBesideTable,
  typeInto,
  typeRowUnderTable,
} from "../excel-double/install";
import type { WorkbookModel } from "../excel-double/model";
import { AS_AT, installDouble, seedRegister, withoutKpis } from "./helpers";

const TABLE = "KpiTracker2023";
const SHEET = "KPIs 2023";
/** The column after the one right of the table. */
const BESIDE = columnLetter(TRACKING_COLUMNS.length + 1);

async function loaded(register: Register = seedRegister(2023)) {
  const double = installDouble();
  await loadTrackingTable({ register, asAt: AS_AT });
  const { model } = double;
  typeInto(model, TABLE, "2023-A-2", "Actual", "about 580");
  typeInto(model, TABLE, "2023-B-1", "Latest progress", "Bill introduced.");
  return { model, register: seedRegister(2023) };
}

function byId(model: WorkbookModel) {
  return Object.fromEntries(tableRecords(model, TABLE).map((record) => [String(record.ID), record]));
}

function snapshot(model: WorkbookModel): string {
  return JSON.stringify([...model.sheet(SHEET)!.cells]);
}

describe("columns officers add inside the table", () => {
  it.each([
    ["KPI ID", 1],
    ["Latest progress ", 11],
  ])(
    'keeps "%s" with its values, row by row, through sort and reload, and reads the entries as before',
    async (name, at) => {
      const { model, register } = await loaded();
      const ids = tableRecords(model, TABLE).map((record) => String(record.ID));
      insertTableColumn(model, TABLE, at, name, (row) => `own ${ids[row]}`);
      reorderTableRows(model, TABLE, shuffled(3));

      const outcome = await loadTrackingTable({ register, asAt: AS_AT });

      expect(outcome).toMatchObject({ kept: 49, added: 0, retired: 0 });
      expect(tableHeader(model, TABLE)[at]).toBe(name);
      const records = byId(model);
      expect(Object.keys(records).sort()).toEqual([...ids].sort());
      for (const id of ids) expect(records[id][name]).toBe(`own ${id}`);
      expect(records["2023-A-2"].Actual).toBe("about 580");
      expect(records["2023-B-1"]["Latest progress"]).toBe("Bill introduced.");
    },
  );

  it("keeps a note typed in the column next to the table, which Excel makes a table column, with its KPI", async () => {
    const { model, register } = await loaded();
    typeBesideTable(model, TABLE, "2023-C-1", "waiting for LegCo slot");
    reorderTableRows(model, TABLE, shuffled(11));
    await loadTrackingTable({ register, asAt: AS_AT });
    expect(tableHeader(model, TABLE)[TRACKING_COLUMNS.length]).toBe("Column1");
    const noted = tableRecords(model, TABLE).filter((record) => record.Column1 !== "");
    expect(noted.map((record) => [record.ID, record.Column1])).toEqual([
      ["2023-C-1", "waiting for LegCo slot"],
    ]);
  });

  it("lets officers type in their own column on a protected sheet", async () => {
    const { model, register } = await loaded();
    insertTableColumn(model, TABLE, 14, "Remarks", () => "");
    model.sheet(SHEET)!.protected = true;
    await loadTrackingTable({ register, asAt: AS_AT });
    expect(() => typeInto(model, TABLE, "2023-A-1", "Remarks", "ask FSD")).not.toThrow();
    expect(() => typeInto(model, TABLE, "2023-A-1", "KPI", "changed")).toThrow(/locked/);
  });
});

describe("Load writes only the table", () => {
  it("keeps notes under the table when the new table is shorter", async () => {
    const { model, register } = await loaded();
    const sheet = model.sheet(SHEET)!;
    const below = model.table(TABLE)!.rect.row + model.table(TABLE)!.rect.rows + 2;
    sheet.cell(below, 1).value = "Checked by SEO, 3 July";
    await loadTrackingTable({
      register: withoutKpis(register, (id) => id.startsWith("2023-C")),
      asAt: AS_AT,
    });
    expect(sheet.peek(below, 1)?.value).toBe("Checked by SEO, 3 July");
  });

  it("refuses, writing nothing and naming the cells, when the taller table would cover notes under it", async () => {
    const register = seedRegister(2023);
    const { model } = await loaded(withoutKpis(register, (id) => id.startsWith("2023-C")));
    const sheet = model.sheet(SHEET)!;
    const table = model.table(TABLE)!;
    const below = table.rect.row + table.rect.rows + 1;
    sheet.cell(below, 1).value = "Checked by SEO";
    sheet.cell(below + 1, 4).value = "Ask FSD";
    const before = snapshot(model);
    await expect(loadTrackingTable({ register, asAt: AS_AT })).rejects.toThrow(
      new RegExp(`cells B${below + 1}, E${below + 2}, which hold .*nothing was changed`),
    );
    expect(snapshot(model)).toBe(before);
  });

  it("keeps remarks under a table that was converted to a range, out of the new table", async () => {
    const { model, register } = await loaded();
    const table = model.table(TABLE)!;
    const remarkRow = table.rect.row + table.rect.rows + 1;
    model.removeTable(table);
    const sheet = model.sheet(SHEET)!;
    sheet.cell(remarkRow, 0).value = "Remarks: figures from the 2023 returns";
    const outcome = await loadTrackingTable({ register, asAt: AS_AT });
    expect(outcome).toMatchObject({ rows: 49, kept: 49 });
    expect(sheet.peek(remarkRow, 0)?.value).toBe("Remarks: figures from the 2023 returns");
    expect(byId(model)["2023-A-2"].Actual).toBe("about 580");
  });

  it("keeps a row with no ID but text in any column, and says why in Reason", async () => {
    const { model, register } = await loaded();
    typeRowUnderTable(model, TABLE, { Area: "Follow up with HAD" });
    const outcome = await loadTrackingTable({ register, asAt: AS_AT });
    expect(outcome.rows).toBe(50);
    const kept = tableRecords(model, TABLE).find((record) => record.Area === "Follow up with HAD");
    expect(kept).toMatchObject({ ID: "" });
    expect(String(kept?.Reason)).toMatch(/No KPI ID on this row/);
  });

  it("moves notes typed beside the table with their KPI's row when the rows move", async () => {
    const register = seedRegister(2023);
    const { model } = await loaded(withoutKpis(register, (id) => id === "2023-A-1"));
    reorderTableRows(model, TABLE, shuffled(5));
    const sheet = model.sheet(SHEET)!;
    const table = model.table(TABLE)!;
    // One column clear of the table: typing in the column right next to it would grow the table.
    const noteCol = table.rect.col + table.rect.cols + 1;
    const rowOf = (id: string) =>
      table.rect.row + 1 + tableRecords(model, TABLE).findIndex((record) => record.ID === id);
    sheet.cell(rowOf("2023-A-3"), noteCol).value = "see letter of 2 May";
    sheet.cell(rowOf("2023-B-1"), noteCol + 1).value = 1572;

    await loadTrackingTable({ register, asAt: AS_AT });

    expect(sheet.peek(rowOf("2023-A-3"), noteCol)?.value).toBe("see letter of 2 May");
    expect(sheet.peek(rowOf("2023-B-1"), noteCol + 1)?.value).toBe(1572);
    const notes = sheet
      .valuesOf({ row: 0, col: noteCol, rows: 80, cols: 2 })
      .flat()
      .filter((value) => value !== "");
    expect(notes.sort()).toEqual([1572, "see letter of 2 May"]);
  });

  it("refuses, writing nothing, when a formula beside the table would have to move", async () => {
    const register = seedRegister(2023);
    const { model } = await loaded(withoutKpis(register, (id) => id === "2023-A-1"));
    const sheet = model.sheet(SHEET)!;
    const table = model.table(TABLE)!;
    const cell = sheet.cell(table.rect.row + 3, table.rect.col + table.rect.cols + 1);
    cell.formula = "=H7*2";
    cell.value = 0;
    const before = snapshot(model);
    await expect(loadTrackingTable({ register, asAt: AS_AT })).rejects.toThrow(
      new RegExp(`formulas beside the table in ${BESIDE}7 .*cannot move formulas`),
    );
    expect(snapshot(model)).toBe(before);
  });

  it("leaves a formula beside a row that stays put as a formula while notes below it move", async () => {
    const register = seedRegister(2023);
    const { model } = await loaded(withoutKpis(register, (id) => id === "2023-C-1"));
    const sheet = model.sheet(SHEET)!;
    const table = model.table(TABLE)!;
    const col = table.rect.col + table.rect.cols + 1;
    const rowOf = (id: string) =>
      table.rect.row + 1 + tableRecords(model, TABLE).findIndex((record) => record.ID === id);
    const formula = sheet.cell(rowOf("2023-A-2"), col);
    formula.formula = "=H6*2";
    formula.value = 8;
    sheet.cell(rowOf("2023-C-2"), col).value = "+5% on 2022";

    await loadTrackingTable({ register, asAt: AS_AT });

    expect(sheet.peek(rowOf("2023-A-2"), col)).toMatchObject({ formula: "=H6*2", value: 8 });
    expect(sheet.peek(rowOf("2023-C-2"), col)?.value).toBe("+5% on 2022");
  });

  it("refuses Load, writing nothing, when notes that must move sit in merged cells", async () => {
    const register = seedRegister(2023);
    const { model } = await loaded(withoutKpis(register, (id) => id === "2023-A-1"));
    const sheet = model.sheet(SHEET)!;
    const table = model.table(TABLE)!;
    const col = table.rect.col + table.rect.cols + 1;
    sheet.cell(table.rect.row + 3, col).value = "see letter of 2 May";
    // The officer merged the note with the cell under it.
    sheet.merges.push({ row: table.rect.row + 3, col, rows: 2, cols: 1 });
    const before = snapshot(model);
    await expect(loadTrackingTable({ register, asAt: AS_AT })).rejects.toThrow(
      new RegExp(
        `but ${BESIDE}7:${BESIDE}8 is a merged block\\. Unmerge .*then load again; nothing was changed`,
      ),
    );
    expect(snapshot(model)).toBe(before);
  });
});

describe("renumbered IDs", () => {
  it("keeps the earlier row with its entries, attaches nothing to the new KPI, and warns", async () => {
    const { model, register } = await loaded();
    const renumbered = structuredClone(register);
    const kpi = renumbered.areas[0].measures[0].kpis.find((k) => k.id === "2023-A-2")!;
    kpi.text = [{ text: "Complete the review of the licensing regime" }];
    kpi.targets = [
      {
        kind: "milestone",
        label: "Review completed",
        deadline: { text: "2024", start: "2024-01-01", end: "2024-12-31" },
      },
    ];

    const outcome = await loadTrackingTable({ register: renumbered, asAt: AS_AT });

    expect(outcome.renumbered).toEqual(["2023-A-2"]);
    const rows = tableRecords(model, TABLE).filter((record) => record.ID === "2023-A-2");
    expect(rows).toHaveLength(2);
    const [fresh, earlier] = rows;
    expect(fresh).toMatchObject({ KPI: "Complete the review of the licensing regime", Actual: "" });
    expect(earlier.Actual).toBe("about 580");
    expect(String(earlier.KPI)).not.toBe(fresh.KPI);
    expect(String(earlier.Reason)).toMatch(/now gives 2023-A-2 to another KPI/);

    // A second reload changes nothing: the earlier row stays apart with its entries.
    await loadTrackingTable({ register: renumbered, asAt: AS_AT });
    expect(tableRecords(model, TABLE).filter((record) => record.ID === "2023-A-2")).toEqual(rows);
  });

  it("still attaches entries when the KPI text is the same (only spacing differs)", async () => {
    const { model, register } = await loaded();
    const sheet = model.sheet(SHEET)!;
    const table = model.table(TABLE)!;
    const kpiCol = tableHeader(model, TABLE).indexOf("KPI");
    const row = table.rect.row + 1 + tableRecords(model, TABLE).findIndex((r) => r.ID === "2023-A-2");
    sheet.cell(row, table.rect.col + kpiCol).value = `  ${String(sheet.peek(row, kpiCol)?.value)}  `;
    const outcome = await loadTrackingTable({ register, asAt: AS_AT });
    expect(outcome).toMatchObject({ kept: 49, renumbered: [] });
    expect(byId(model)["2023-A-2"].Actual).toBe("about 580");
  });
});
