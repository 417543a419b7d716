/**
 * The pane's actions done with Office.js (issue 14.2/14.5): the annex sheet and the self-check are
 * actions of the one implementation, against the Excel double.
 */
import { officeWorkbookActions as actions } from "../../src/excel/office-workbook-actions";
import { installAnnexSupport } from "../excel-double/annex-support";
import { AS_AT, installDouble, seedRegister } from "./helpers";

installAnnexSupport();

describe("the Office.js workbook actions", () => {
  it("write the annex of the active KPI sheet to a sheet of its own", async () => {
    const { model } = installDouble();
    await actions.loadTrackingTable({ register: seedRegister(2023), asAt: AS_AT });
    const annex = await actions.annexFromActiveSheet({ asAt: AS_AT, tolerance: 0.1, layout: "kpi-list" });
    await expect(actions.writeAnnexSheet(annex)).resolves.toEqual({
      sheetName: "Annex 2023",
      replaced: false,
      nameTaken: false,
    });
    expect(model.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "KPIs 2023", "Annex 2023"]);
  });

  it("run the self-check and give its report as text for a support request", async () => {
    installDouble();
    const { report, text } = await actions.runSelfCheck("https://localhost:3000/message.html");
    expect(report.results).toHaveLength(10);
    expect(text.split("\n")[1]).toBe("Result: no failures; 9 passed, 1 not supported");
    expect(text).toMatch(/^KPI Tracker self-check, \d{4}-\d{2}-\d{2}T/);
  });

  it("reject in plain words, as the pane's interface promises", async () => {
    installDouble();
    await expect(actions.sortTrackingTable()).rejects.toThrow(
      'There is no KPI table on the sheet "Sheet1". Select a "KPIs <year>" sheet, or load a register first.',
    );
  });
});
