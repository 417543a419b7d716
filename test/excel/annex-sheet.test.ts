import { buildAnnex, annexGrid } from "../../src/core/annex";
import { ANNEX_SHEETS_SETTING, writeAnnexSheet } from "../../src/excel/annex-sheet";
import { createExcelDouble, installExcelDouble, type ExcelDouble } from "../excel-double/install";
import { annexExtras, installAnnexSupport } from "../excel-double/annex-support";
import { entry, FORMULA_TEXTS, result, smallRegister } from "../core/annex/fixture";

installAnnexSupport();

function progressAnnex(latestProgress: string | null = null) {
  return buildAnnex({
    register: smallRegister,
    asAt: "2024-09-30",
    layout: "progress-report",
    entries: [entry("2023-A-1", { latestProgress })],
    results: [result("2023-A-1", "Task on track.")],
  });
}

let double: ExcelDouble;
beforeEach(() => {
  double = createExcelDouble();
  installExcelDouble(double);
});

function sheetOrThrow(name: string) {
  const sheet = double.model.sheet(name);
  if (!sheet)
    throw new Error(`no sheet ${name}; sheets: ${double.model.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

describe("writeAnnexSheet", () => {
  it("writes the annex grid to a new sheet, in a constant number of syncs", async () => {
    const annex = progressAnnex();
    const outcome = await writeAnnexSheet(annex);
    expect(outcome).toEqual({
      sheetName: "Annex 2023",
      replaced: false,
      nameTaken: false,
    });
    const sheet = sheetOrThrow("Annex 2023");
    const grid = annexGrid(annex);
    expect(sheet.valuesOf({ row: 0, col: 0, rows: grid.rows.length, cols: 3 })[2]).toEqual(annex.columns);
    expect(sheet.peek(4, 1)?.value).toBe(
      "\u27A4 The FSD will conduct 750 proactive inspections by end-2024.",
    );
    expect(sheet.peek(3, 0)?.bold).toBe(true);
    expect(sheet.peek(4, 1)?.bold).toBe(false);
    expect(sheet.peek(4, 1)?.wrapText).toBe(true);
    expect(sheet.frozenRows).toBe(3);
    expect(double.model.activeSheet).toBe(sheet);
    expect(double.model.syncCount).toBe(3);

    const bigger = buildAnnex({
      register: {
        ...smallRegister,
        areas: [...smallRegister.areas, ...smallRegister.areas, ...smallRegister.areas],
      },
      asAt: "2024-09-30",
      layout: "progress-report",
    });
    double.model.syncCount = 0;
    await writeAnnexSheet(bigger);
    expect(double.model.syncCount).toBe(3);
  });

  it("merges the title, area rows and each measure's cell, and draws the table's borders", async () => {
    await writeAnnexSheet(progressAnnex());
    const extras = annexExtras(sheetOrThrow("Annex 2023"));
    expect(extras.merges).toEqual(
      expect.arrayContaining([
        { row: 0, col: 0, rows: 1, cols: 3 },
        { row: 3, col: 0, rows: 1, cols: 3 },
        { row: 4, col: 0, rows: 2, cols: 1 },
        { row: 6, col: 0, rows: 1, cols: 3 },
      ]),
    );
    expect(extras.merges).toHaveLength(4);
    const edges = extras.borders.filter((b) => b.style === "Continuous").map((b) => b.edge);
    expect(edges.sort()).toEqual([
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "EdgeTop",
      "InsideHorizontal",
      "InsideVertical",
    ]);
    expect(extras.borders[0].rect).toEqual({ row: 2, col: 0, rows: 6, cols: 3 });
  });

  it("sets A4 portrait, one page wide, header row repeated (ExcelApi 1.9, below the minimum set)", async () => {
    await writeAnnexSheet(progressAnnex());
    expect(annexExtras(sheetOrThrow("Annex 2023")).pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Portrait",
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$3:$3",
    });
  });

  it("replaces the annex sheet it made before, and records the new sheet", async () => {
    await writeAnnexSheet(progressAnnex());
    const firstId = sheetOrThrow("Annex 2023").id;
    const outcome = await writeAnnexSheet(progressAnnex("Second run"));
    expect(outcome).toMatchObject({ sheetName: "Annex 2023", replaced: true, nameTaken: false });
    expect(double.model.sheets.map((s) => s.name).filter((name) => name.startsWith("Annex"))).toEqual([
      "Annex 2023",
    ]);
    const sheet = sheetOrThrow("Annex 2023");
    expect(sheet.id).not.toBe(firstId);
    expect(double.model.settings.get(ANNEX_SHEETS_SETTING)).toEqual([sheet.id]);
    expect(sheet.peek(4, 2)?.value).toBe("\u27A4 Task on track.\n\u27A4 Second run");
  });

  it("never deletes a user's own sheet of the same name: it writes to the next free name", async () => {
    const own = double.model.addSheet("Annex 2023");
    own.cell(0, 0).value = "my notes";
    const outcome = await writeAnnexSheet(progressAnnex());
    expect(outcome).toMatchObject({ sheetName: "Annex 2023 (2)", replaced: false, nameTaken: true });
    expect(double.model.sheet("Annex 2023")).toBe(own);
    expect(own.peek(0, 0)?.value).toBe("my notes");

    const again = await writeAnnexSheet(progressAnnex());
    expect(again).toMatchObject({ sheetName: "Annex 2023 (2)", replaced: true });
    expect(double.model.sheet("Annex 2023")).toBe(own);
  });

  it("refuses with a message when every candidate name is someone else's", async () => {
    for (const name of ["Annex 2023", ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Annex 2023 (${n})`)]) {
      double.model.addSheet(name);
    }
    const before = double.model.sheets.map((s) => s.name);
    await expect(writeAnnexSheet(progressAnnex())).rejects.toThrow(/rename one to write the annex/);
    expect(double.model.sheets.map((s) => s.name)).toEqual(before);
  });

  it.each(FORMULA_TEXTS)("keeps entered text %s as text, never a formula", async (text) => {
    const register = structuredClone(smallRegister);
    register.title = text;
    const annex = buildAnnex({
      register,
      asAt: "2024-09-30",
      layout: "progress-report",
      entries: [entry("2023-A-1", { reportedStatus: text, latestProgress: text })],
    });
    await writeAnnexSheet(annex);
    const sheet = sheetOrThrow("Annex 2023");
    const cells = [...sheet.cells.values()];
    expect(cells.filter((cell) => cell.formula !== null)).toEqual([]);
    expect(sheet.peek(0, 0)?.value).toBe(text);
    expect(sheet.peek(0, 0)?.numberFormat).toBe("@");
  });
});
