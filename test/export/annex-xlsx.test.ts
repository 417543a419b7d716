import ExcelJS from "exceljs";
import { buildAnnex } from "../../src/core/annex";
import { annexXlsx } from "../../src/export/annex-xlsx";
import { entry, FORMULA_TEXTS, result, smallRegister } from "../core/annex/fixture";
import { decodeXml, readPart } from "./zip";
import { xlsxCellText } from "./xlsx-cell-text";

async function build(layout: "kpi-list" | "progress-report", latestProgress: string | null = null) {
  const annex = buildAnnex({
    register: smallRegister,
    asAt: "2024-09-30",
    layout,
    entries: [entry("2023-A-1", { latestProgress, reportedStatus: latestProgress })],
    results: [result("2023-A-1", "Task on track.")],
  });
  const bytes = await annexXlsx(annex);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { annex, bytes, sheet: workbook.getWorksheet("Annex 2023")! };
}

const text = xlsxCellText;

describe("annexXlsx", () => {
  it("writes title, header, area rows and one row per KPI", async () => {
    const { sheet, annex } = await build("progress-report");
    expect(text(sheet.getCell("A1").value)).toBe(annex.title);
    expect([1, 2, 3].map((c) => text(sheet.getRow(3).getCell(c).value))).toEqual(annex.columns);
    expect(text(sheet.getCell("A4").value)).toBe("(I) Safeguarding Our Country and Home");
    expect(text(sheet.getCell("A5").value)).toBe("(A) Enhancing Community Emergency Preparedness");
    expect(text(sheet.getCell("B5").value)).toBe(
      "\u27A4 The FSD will conduct 750 proactive inspections by end-2024.",
    );
    expect(text(sheet.getCell("C6").value)).toBe("\u27A4 Task on track.\n\u27A4 Premises found in 2024.");
    expect(text(sheet.getCell("B8").value)).toBe(
      "The Government will continue to implement measures, including:\n\u27A4 through profile analysis of abusers;",
    );
    expect(sheet.getCell("B5").alignment?.wrapText).toBe(true);
    expect(sheet.getCell("B5").border?.left?.style).toBe("thin");
  });

  it("keeps the paper's bold runs as rich text", async () => {
    const { sheet } = await build("kpi-list");
    const value = sheet.getCell("B5").value as ExcelJS.CellRichTextValue;
    expect(value.richText.filter((run) => run.font?.bold).map((run) => run.text)).toEqual([
      "750",
      "by end-2024",
    ]);
  });

  it("merges the title, each area row and each measure's cell down its KPIs", async () => {
    const { bytes } = await build("progress-report");
    const xml = await readPart(bytes, "xl/worksheets/sheet1.xml");
    const merges = [...xml.matchAll(/<mergeCell ref="([A-Z0-9:]+)"\/>/g)].map((m) => m[1]).sort();
    expect(merges).toEqual(["A1:C1", "A4:C4", "A5:A6", "A7:C7"].sort());
  });

  it("prints A4 portrait, one page wide, with the header row on every page", async () => {
    const { bytes } = await build("kpi-list");
    const sheetXml = await readPart(bytes, "xl/worksheets/sheet1.xml");
    expect(sheetXml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    const setup = /<pageSetup [^>]*\/>/.exec(sheetXml)?.[0] ?? "";
    expect(setup).toMatch(/paperSize="9"/);
    expect(setup).toMatch(/orientation="portrait"/);
    expect(setup).toMatch(/fitToWidth="1"/);
    expect(setup).toMatch(/fitToHeight="0"/);
    const workbookXml = decodeXml(await readPart(bytes, "xl/workbook.xml"));
    expect(workbookXml).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">'Annex 2023'!\$3:\$3<\/definedName>/,
    );
  });

  it.each(FORMULA_TEXTS)("writes %s as text, never as a formula", async (formula) => {
    const { bytes, sheet } = await build("progress-report", formula);
    const xml = await readPart(bytes, "xl/worksheets/sheet1.xml");
    expect(xml).not.toMatch(/<f[ >]/);
    expect(text(sheet.getCell("C5").value)).toContain(`\u27A4 ${formula}`);
    expect(sheet.getCell("C5").numFmt).toBe("@");
  });

  it("writes a formula-like text alone in a cell as a string, not a formula", async () => {
    const register = structuredClone(smallRegister);
    register.title = "=1+1";
    const annex = buildAnnex({ register, asAt: "2024-09-30", layout: "kpi-list" });
    const bytes = await annexXlsx(annex);
    const xml = await readPart(bytes, "xl/worksheets/sheet1.xml");
    expect(xml).not.toMatch(/<f[ >]/);
    expect(/<c r="A1"[^>]*t="s"/.test(xml)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(text(workbook.getWorksheet("Annex 2023")!.getCell("A1").value)).toBe("=1+1");
  });
});
