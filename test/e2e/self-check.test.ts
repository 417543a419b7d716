/**
 * "Check this Excel" (issue 9.10) in real Chromium: the production bundle with the Excel double runs
 * the same self-check an officer runs in Excel, shows pass/fail per capability and the report to copy,
 * and leaves no temporary sheet behind. Screenshot: test/artifacts/self-check.png.
 */
import { openStep, openTaskpane, startHarness, stopHarness } from "./harness";
import { bundleExcelDouble } from "./workflow/bundle-double";
import type { KpiDoubleApi } from "./workflow/browser-double";

jest.setTimeout(120_000);

let doubleScript = "";

beforeAll(async () => {
  doubleScript = await bundleExcelDouble();
  await startHarness();
});
afterAll(stopHarness);

type WithDouble = { kpiDouble: KpiDoubleApi };

it("runs every capability against the double, shows the report, and removes its sheet", async () => {
  const pane = await openTaskpane({ width: 360, height: 1800, officeJsSuffix: doubleScript });
  try {
    const { page } = pane;
    const sheetsBefore = await page.evaluate(() => (window as unknown as WithDouble).kpiDouble.sheetNames());
    await openStep(page, "Check");
    await page.getByRole("button", { name: "Check this Excel" }).click();
    await page.getByText(/All 10 checks passed or were not applicable\./).waitFor();

    const items = await page
      .getByRole("list", { name: "Self-check results" })
      .getByRole("listitem")
      .allTextContents();
    expect(items.map((item) => item.split(".")[0])).toEqual([
      "Pass: Temporary sheet",
      "Pass: Table create and read",
      "Pass: Number formats",
      "Pass: Data validation",
      "Pass: Conditional formats",
      "Pass: Sheet protection",
      "Pass: Workbook settings",
      "Pass: Events (table changes)",
      "Pass: Clean-up",
      "Not supported: Dialog",
    ]);
    const report = await page.getByRole("textbox", { name: "Report for a support request" }).inputValue();
    expect(report).toMatch(/^KPI Tracker self-check, \d{4}-\d{2}-\d{2}T/);
    expect(report).toContain("Result: no failures; 9 passed, 1 not supported");
    expect(report).toContain("Host: Excel\nPlatform: OfficeOnline\nOffice version: 16.0.0.0 (Excel double)");
    expect(report).toContain("Requirement sets: ExcelApi 1.13");

    const sheetsAfter = await page.evaluate(() => (window as unknown as WithDouble).kpiDouble.sheetNames());
    expect(sheetsAfter).toEqual(sheetsBefore);
    await expect(
      page.evaluate(() => (window as unknown as WithDouble).kpiDouble.setting("kpiTracker.selfCheck")),
    ).resolves.toBeUndefined();

    await page.getByRole("heading", { name: "Check this Excel" }).scrollIntoViewIfNeeded();
    await pane.screenshot("self-check");
    expect(pane.problems()).toEqual([]);
  } finally {
    await pane.close();
  }
});
