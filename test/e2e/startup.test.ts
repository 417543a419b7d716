/**
 * Start-up in real Chromium (issue 9.8): the production taskpane.html shows static text that a browser
 * unable to run the bundle keeps (it appears after 3 s, so a normal start never flashes it); the app
 * replaces it when it mounts; and an Excel without the minimum ExcelApi set gets a message, not a pane.
 */
import { MIN_EXCEL_API } from "../../src/taskpane/requirement-sets";
import { openTaskpane, startHarness, stopHarness } from "./harness";
import { bundleExcelDouble } from "./workflow/bundle-double";

jest.setTimeout(120_000);

let doubleScript = "";

beforeAll(async () => {
  doubleScript = await bundleExcelDouble();
  await startHarness();
});
afterAll(stopHarness);

const TOO_OLD = /If this text stays, this version of Office cannot run KPI Tracker/;

it("a browser that runs no script shows why KPI Tracker cannot start, not a blank pane", async () => {
  const pane = await openTaskpane({ width: 320, javaScriptEnabled: false });
  try {
    const { page } = pane;
    await page.getByRole("heading", { level: 1, name: "KPI Tracker" }).waitFor({ state: "visible" });
    await page.getByText(TOO_OLD).waitFor({ state: "visible", timeout: 10_000 });
    await expect(
      page.getByText(/Microsoft 365 \(Version 2102 or later\), Office 2021/).isVisible(),
    ).resolves.toBe(true);
    await pane.screenshot("startup-no-script");
  } finally {
    await pane.close();
  }
});

it("the app replaces the start-up text when it mounts, so it never shows in a working pane", async () => {
  const pane = await openTaskpane({ width: 320 });
  try {
    const { page } = pane;
    await page.getByRole("button", { name: "Load register" }).waitFor();
    await page.waitForTimeout(3_500); // past the moment the static text would become visible
    await expect(page.locator("#starting").count()).resolves.toBe(0);
    await expect(page.getByText(TOO_OLD).count()).resolves.toBe(0);
  } finally {
    await pane.close();
  }
});

it(`an Excel without ExcelApi ${MIN_EXCEL_API} gets the update message instead of the pane`, async () => {
  const lowerSet = `;window.kpiDouble.model.supportedExcelApi = "1.12";`;
  const pane = await openTaskpane({ width: 320, officeJsSuffix: doubleScript + lowerSet });
  try {
    const { page } = pane;
    await page.getByText("Excel needs an update").waitFor({ state: "visible" });
    await expect(page.getByRole("button", { name: "Load register" }).count()).resolves.toBe(0);
    await pane.screenshot("startup-old-excel");
  } finally {
    await pane.close();
  }
});
