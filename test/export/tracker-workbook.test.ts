import { NoKpisError, trackerWorkbook } from "../../src/export/tracker-workbook";
import { TRACKING_COLUMNS, columnIndex } from "../../src/core/tracking/columns";
import { TRACKING_SHEET, trackingSheetName } from "../../src/core/tracking/sheet-layout";
import { smallRegister } from "../core/annex/fixture";
import { readPart } from "./zip";
import { loadSeed } from "../core/register/seed-files";

describe("trackerWorkbook", () => {
  it("lays out title, as-at and the table rows of the chosen departments", async () => {
    const workbook = await trackerWorkbook(smallRegister, { departments: ["ImmD"], asAt: "2024-09-30" });
    const sheet = workbook.getWorksheet(trackingSheetName(2023))!;
    expect(sheet.getCell(TRACKING_SHEET.titleRow, 1).value).toBe(smallRegister.title);
    expect(sheet.getCell(TRACKING_SHEET.asAtLabelCell).value).toBe("As at");
    expect(sheet.getCell(TRACKING_SHEET.asAtCell).value).toBe(45565); // 2024-09-30 as an Excel serial
    const first = TRACKING_SHEET.firstDataRow;
    expect(sheet.getCell(first, columnIndex("id") + 1).value).toBe("2023-B-1");
    expect(sheet.getCell(first + 1, columnIndex("id") + 1).value).toBeNull();
    expect(sheet.getColumn(columnIndex("kpi") + 1).width).toBe(TRACKING_COLUMNS[columnIndex("kpi")].width);
  });

  it("protects the sheet allowing filters but promising no sort, which Excel refuses with locked cells", async () => {
    const workbook = await trackerWorkbook(smallRegister);
    const bytes = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
    const protection = /<sheetProtection\b[^>]*>/.exec(
      await readPart(bytes, "xl/worksheets/sheet1.xml"),
    )?.[0];
    expect(protection).toMatch(/sheet="1"/);
    // In SpreadsheetML a permission attribute set to "0" means "not protected", i.e. allowed.
    expect(protection).toMatch(/autoFilter="0"/);
    expect(protection).not.toMatch(/sort="0"/);
  });

  it("gives a row whose KPI has two milestones the one-date-per-part input message, and only warns on it", async () => {
    const year2022 = loadSeed(2022);
    const workbook = await trackerWorkbook(year2022);
    const sheet = workbook.getWorksheet(trackingSheetName(2022))!;
    const ids = sheet.getColumn(columnIndex("id") + 1).values as unknown[];
    const row = ids.indexOf("2022-L-1");
    const validation = sheet.getCell(row, columnIndex("completedOn") + 1).dataValidation;
    expect(validation.prompt).toMatch(
      /^One date per part separated by ; .* e\.g\. ; 2024-03-20 when only part \(2\) is done\.$/,
    );
    expect(validation.errorStyle).toBe("warning");
    const single = ids.indexOf("2022-B-1");
    expect(sheet.getCell(single, columnIndex("completedOn") + 1).dataValidation.prompt).toMatch(
      /^Date the milestone/,
    );
  });

  it("refuses a department with no KPIs rather than writing an empty table", async () => {
    await expect(trackerWorkbook(smallRegister, { departments: ["TCAB"] })).rejects.toBeInstanceOf(
      NoKpisError,
    );
  });
});
