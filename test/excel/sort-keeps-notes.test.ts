import { columnLetter } from "../../src/core/tracking/sheet-layout";
import type { CellValue } from "../../src/core/tracking/cell-value";
import { loadTrackingTable } from "../../src/excel/load-tracking-table";
import { setSheetProtection } from "../../src/excel/sheet-protection";
import { sortTrackingTable } from "../../src/excel/sort-tracking-table";
import { validateActiveSheet } from "../../src/excel/validate-sheet";
import { reorderTableRows, shuffled, tableRecords, typeInto } from "../excel-double/install";
import type { WorkbookModel } from "../excel-double/model";
import { AS_AT, installDouble, seedRegister } from "./helpers";

const TABLE = "KpiTracker2023";
const SHEET = "KPIs 2023";

/**
 * Notes an officer typed in the two columns one clear of the table (typing in the column right next to it
 * would make Excel grow the table). The texts would not survive being re-entered as if typed: "+5% …" turns
 * into a formula and "Mar-24" into a date unless the cell is formatted as text.
 */
const NOTES: Record<string, [CellValue, CellValue]> = {
  "2023-A-1": ["see letter of 2 May", ""],
  "2023-C-2": ["+5% on 2022, per FSD", 1572],
  "2023-D-1": ["", "Mar-24"],
  "2023-B-1": ["ask HAD", "chased twice"],
};

/** A validated table with an entry that makes its row invalid, rows shuffled as an officer might leave them. */
async function shuffledTable() {
  const double = installDouble();
  await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
  typeInto(double.model, TABLE, "2023-D-1", "Actual", "not a number");
  reorderTableRows(double.model, TABLE, shuffled(7));
  await validateActiveSheet({ asAt: "2024-06-30", tolerance: 0.1 });
  return double.model;
}

function noteColumn(model: WorkbookModel): number {
  const table = model.table(TABLE)!;
  return table.rect.col + table.rect.cols + 1;
}

function rowOf(model: WorkbookModel, id: string): number {
  const table = model.table(TABLE)!;
  const index = tableRecords(model, TABLE).findIndex((record) => record.ID === id);
  if (index < 0) throw new Error(`no row ${id}`);
  return table.rect.row + 1 + index;
}

function typeNotes(model: WorkbookModel, notes: Record<string, [CellValue, CellValue]>): void {
  const sheet = model.sheet(SHEET)!;
  const col = noteColumn(model);
  for (const [id, cells] of Object.entries(notes)) {
    cells.forEach((value, c) => {
      if (value !== "") sheet.cell(rowOf(model, id), col + c).value = value;
    });
  }
}

/** The two note cells level with each KPI that has any; every filled cell in those columns is counted. */
function notesByKpi(model: WorkbookModel): Record<string, CellValue[]> {
  const sheet = model.sheet(SHEET)!;
  const col = noteColumn(model);
  const found: Record<string, CellValue[]> = {};
  for (const record of tableRecords(model, TABLE)) {
    const row = rowOf(model, String(record.ID));
    const cells = sheet.valuesOf({ row, col, rows: 1, cols: 2 })[0];
    if (cells.some((cell) => cell !== "")) found[String(record.ID)] = cells;
  }
  const everyNote = sheet
    .valuesOf({ row: 0, col, rows: 200, cols: 2 })
    .flat()
    .filter((cell) => cell !== "");
  expect(everyNote).toHaveLength(
    Object.values(found)
      .flat()
      .filter((cell) => cell !== "").length,
  );
  return found;
}

function snapshot(model: WorkbookModel): string {
  return JSON.stringify([...model.sheet(SHEET)!.cells]);
}

describe("Sort carries the notes typed beside the table with their KPI", () => {
  it("moves them with their rows, as text, in the same three round trips", async () => {
    const model = await shuffledTable();
    typeNotes(model, NOTES);
    const rowsBefore = Object.keys(NOTES).map((id) => rowOf(model, id));
    model.syncCount = 0;

    await expect(sortTrackingTable()).resolves.toMatchObject({ rows: 49, protectionLifted: false });

    expect(model.syncCount).toBe(3);
    // The noted rows did move: otherwise the notes would sit by their KPI without Sort doing anything.
    expect(Object.keys(NOTES).map((id) => rowOf(model, id))).not.toEqual(rowsBefore);
    expect(notesByKpi(model)).toEqual(NOTES);
  });

  it("keeps them with their KPI on a protected sheet (four round trips) and through a reload after", async () => {
    const model = await shuffledTable();
    typeNotes(model, NOTES);
    await setSheetProtection(true);
    model.syncCount = 0;

    await expect(sortTrackingTable()).resolves.toMatchObject({ protectionLifted: true });
    expect(model.syncCount).toBe(4);
    expect(notesByKpi(model)).toEqual(NOTES);
    expect(model.sheet(SHEET)!.protected).toBe(true);

    await loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
    expect(notesByKpi(model)).toEqual(NOTES);
  });

  it("leaves a formula beside a row that stays put as a formula while the notes around it move", async () => {
    const model = await shuffledTable();
    await sortTrackingTable();
    // Two rows out of place; Sort puts them back and every other row stays where it is.
    reorderTableRows(model, TABLE, (n) => [1, 0, ...Array.from({ length: n - 2 }, (_, i) => i + 2)]);
    const [first, second, , , fifth] = tableRecords(model, TABLE).map((record) => String(record.ID));
    typeNotes(model, { [first]: ["was first", ""], [second]: ["was second", ""] });
    const formulaCell = model.sheet(SHEET)!.cell(rowOf(model, fifth), noteColumn(model));
    formulaCell.formula = "=H20*2";
    formulaCell.value = 12;

    await sortTrackingTable();

    expect(tableRecords(model, TABLE)[0].ID).toBe(second);
    expect(notesByKpi(model)).toEqual({
      [first]: ["was first", ""],
      [second]: ["was second", ""],
      [fifth]: [12, ""],
    });
    const cell = model.sheet(SHEET)!.peek(rowOf(model, fifth), noteColumn(model));
    expect(cell?.formula).toBe("=H20*2");
  });

  it("refuses, naming the cells and changing nothing, when a formula beside the table would have to move", async () => {
    const model = await shuffledTable();
    typeNotes(model, NOTES);
    const sheet = model.sheet(SHEET)!;
    const col = noteColumn(model);
    const formulaRow = rowOf(model, "2023-D-1");
    const cell = sheet.cell(formulaRow, col);
    cell.formula = "=H7*2";
    cell.value = 0;
    await setSheetProtection(true);
    const before = snapshot(model);
    const records = tableRecords(model, TABLE);

    await expect(sortTrackingTable()).rejects.toThrow(
      new RegExp(
        `formulas beside the table in ${columnLetter(col)}${formulaRow + 1} would no longer sit next to their KPI after this ` +
          "sort, and Sort cannot move formulas\\. Move them into a column of the table .*then sort again; " +
          "nothing was changed",
      ),
    );

    expect(snapshot(model)).toBe(before);
    expect(tableRecords(model, TABLE)).toEqual(records);
    expect(sheet.protected).toBe(true);
    expect(model.enableEvents).toBe(true);
  });

  it("refuses, naming the block and changing nothing, when notes that move sit in merged cells", async () => {
    const model = await shuffledTable();
    typeNotes(model, NOTES);
    const sheet = model.sheet(SHEET)!;
    const row = rowOf(model, "2023-C-2");
    // The officer merged the two note cells beside 2023-C-2 with the ones under them.
    sheet.merges.push({ row, col: noteColumn(model), rows: 2, cols: 2 });
    const before = snapshot(model);
    const records = tableRecords(model, TABLE);

    await expect(sortTrackingTable()).rejects.toThrow(
      new RegExp(
        `but ${columnLetter(noteColumn(model))}${row + 1}:${columnLetter(noteColumn(model) + 1)}${row + 2} is a merged block\\. Unmerge .*then sort again; nothing was changed`,
      ),
    );

    expect(snapshot(model)).toBe(before);
    expect(tableRecords(model, TABLE)).toEqual(records);
  });

  it("sorts when cells merged elsewhere on the sheet are out of the notes' way", async () => {
    const model = await shuffledTable();
    typeNotes(model, NOTES);
    // A merged title across the top of the sheet, above the table.
    model.sheet(SHEET)!.merges.push({ row: 0, col: 0, rows: 1, cols: 6 });
    model.syncCount = 0;
    await sortTrackingTable();
    expect(model.syncCount).toBe(3);
    expect(notesByKpi(model)).toEqual(NOTES);
  });
});
