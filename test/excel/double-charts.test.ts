import { chartSource, sheetCharts } from "../excel-double/charts";
import { installDouble } from "./helpers";

async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}

describe("the Excel double's charts, no kinder than Excel", () => {
  it("adds a chart over a range and finds it by name, the first of two with the same name", async () => {
    const { model } = installDouble();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const first = sheet.charts.add("ColumnStacked", sheet.getRange("A1:C4"), "Columns");
      first.name = "Same";
      const second = sheet.charts.add("Line", sheet.getRange("A6:C9"), "Columns");
      second.name = "Same";
      await context.sync();
      const found = sheet.charts.getItem("Same");
      found.setData(sheet.getRange("A1:D5"), "Rows");
      await context.sync();
    });
    const charts = sheetCharts(model.sheets[0]);
    expect(charts.map((c) => [c.type, chartSource(c), c.seriesBy])).toEqual([
      ["ColumnStacked", "A1:D5", "Rows"],
      ["Line", "A6:C9", "Columns"],
    ]);
  });

  it("gives a null object for a missing name only through getItemOrNullObject", async () => {
    installDouble();
    const missing = await run(async (context) => {
      const chart = context.workbook.worksheets.getActiveWorksheet().charts.getItemOrNullObject("None");
      chart.load("name");
      await context.sync();
      return chart.isNullObject;
    });
    expect(missing).toBe(true);
    await expect(
      run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().charts.getItem("None").load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("colours a series that exists, and finds none past the last column", async () => {
    const { model } = installDouble();
    const colour = (index: number) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.charts.add("ColumnStacked", sheet.getRange("A1:C4"), "Columns");
        await context.sync();
        sheet.charts.getItem("Chart 1").series.getItemAt(index).format.fill.setSolidColor("#9C0006");
        await context.sync();
      });
    await colour(1);
    expect(sheetCharts(model.sheets[0])[0].seriesColors).toEqual({ 1: "#9C0006" });
    // A1:C4 by columns: the first column names the categories, so two series.
    await expect(colour(2)).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses to add or change a chart on a protected sheet", async () => {
    const { model } = installDouble();
    model.sheets[0].protected = true;
    await expect(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.charts.add("Line", sheet.getRange("A1:B2"), "Columns");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(sheetCharts(model.sheets[0])).toEqual([]);
  });
});
