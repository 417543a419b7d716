/**
 * Issue 13 in real Chromium against the production bundle and the Excel double: collect three department
 * returns (an FSD workbook, an SB CSV, and a CSV naming no department that disagrees with FSD on one KPI),
 * then validate twice on different dates and read the changes since the last validation. Screenshots:
 * test/artifacts/returns-*.png.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { TRACKING_SHEET, trackingSheetName } from "../../src/core/tracking/sheet-layout";
import { columnIndex } from "../../src/core/tracking/columns";
import { trackerXlsx } from "../../src/export/tracker-workbook";
import { seedRegister } from "../excel/helpers";
import * as path from "node:path";
import { ARTIFACTS, openStep, openTaskpane, startHarness, stopHarness, typeAsAt } from "./harness";
import { bundleExcelDouble } from "./workflow/bundle-double";
import type { KpiDoubleApi } from "./workflow/browser-double";

jest.setTimeout(180_000);

const TABLE = "KpiTracker2023";
type WithDouble = { kpiDouble: KpiDoubleApi };
let doubleScript = "";

beforeAll(async () => {
  doubleScript = await bundleExcelDouble();
  await startHarness();
});
afterAll(stopHarness);

/** FSD's return as the department sends it back: the workbook Returns out made, with Actual filled in. */
async function fsdWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await trackerXlsx(seedRegister(2023), {
      departments: ["FSD"],
      asAt: "2024-06-30",
    })) as unknown as ArrayBuffer,
  );
  const sheet = workbook.getWorksheet(trackingSheetName(2023))!;
  const actual = columnIndex("actual") + 1;
  for (let row = TRACKING_SHEET.firstDataRow; ; row++) {
    const id = sheet.getCell(row, columnIndex("id") + 1).value;
    if (id === null) break;
    if (id === "2023-D-1") sheet.getCell(row, actual).value = "100000";
    if (id === "2023-D-2") sheet.getCell(row, actual).value = "120";
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

it("collects three returns with one conflict, then validates twice and lists the changes", async () => {
  const pane = await openTaskpane({ width: 320, height: 1600, officeJsSuffix: doubleScript });
  try {
    const { page } = pane;
    await page.getByRole("heading", { level: 1, name: "KPI Tracker" }).waitFor();
    await page.getByRole("button", { name: "Load register" }).click();
    await page.getByText('Loaded "KPIs 2023"').waitFor();
    await openStep(page, "Returns");

    // Returns out: every department's workbook in one zip, made in the browser (exceljs and fflate on demand).
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download returns" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("kpi-returns-2023.zip");
    const zipped = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(Object.keys(zipped).sort()).toEqual(
      ["C&ED", "CSD", "FSD", "GFS", "HKPF", "ImmD", "SB", "TCAB"]
        .map((d) => `kpi-return-2023-${d}.xlsx`)
        .sort(),
    );
    const fsd = new ExcelJS.Workbook();
    await fsd.xlsx.load(zipped["kpi-return-2023-FSD.xlsx"] as unknown as ArrayBuffer);
    expect(fsd.subject).toBe("KPI return from FSD");

    await page.getByLabel("Returns (workbooks or CSV files)").setInputFiles([
      {
        name: "kpi-return-2023-FSD.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: await fsdWorkbook(),
      },
      {
        name: "kpi-return-2023-SB.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(
          "KPI ID,Actual,Latest progress\n2023-B-1,about 580,Recruitment drive\n2023-C-2,1,\n",
        ),
      },
      {
        name: "late-figures.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("KPI ID,Actual\n2023-D-2,150\n"),
      },
    ]);
    await page.getByRole("button", { name: "Collect 3 returns" }).click();
    await page
      .getByText(/3 returns collected into "KPIs 2023": 2 merged, 0 unchanged, 1 conflict, 1 refused\./)
      .waitFor();
    const conflicts = page.getByRole("list", { name: /Conflicts, marked for review \(1\)/ });
    await expect(conflicts.getByRole("listitem").textContent()).resolves.toMatch(
      /^2023-D-2: kpi-return-2023-FSD\.xlsx, .* gives Actual “120”.*late-figures\.csv, .* gives Actual “150”/,
    );
    // 2023-C-2 is FSD's KPI: SB's return may not set it.
    await expect(page.getByRole("list", { name: /Refused rows \(1\)/ }).textContent()).resolves.toMatch(
      /kpi-return-2023-SB\.csv: 2023-C-2 belongs to FSD, not SB/,
    );
    const records = await page.evaluate((t) => (window as unknown as WithDouble).kpiDouble.records(t), TABLE);
    const row = (id: string) => records.find((r) => r.ID === id)!;
    expect([row("2023-D-1").Actual, row("2023-B-1").Actual, row("2023-D-2").Actual]).toEqual([
      "100000",
      "about 580",
      "",
    ]);
    await pane.screenshot("returns-320-collected");

    await openStep(page, "Progress");
    await typeAsAt(page, "2024-06-30");
    await page.getByRole("button", { name: "Validate" }).click();
    const history = page.getByRole("region", { name: "History" });
    await history.getByText("This is the first validation kept in the history", { exact: false }).waitFor();

    await typeAsAt(page, "2025-01-15");
    await page.getByRole("button", { name: "Validate" }).click();
    await history.getByText(/Compared with the validation as at 30 June 2024/).waitFor();
    const changes = history.getByRole("list", { name: /Changes since the last validation/ });
    const items = await changes.getByRole("button").allTextContents();
    // After end-2024, the KPIs due then and not met are overdue: the first changes are those.
    expect(items.length).toBeGreaterThan(3);
    expect(items[0]).toMatch(/→ Overdue$/);
    expect(items.some((text) => text.startsWith("2023-D-2"))).toBe(false); // needs review both times
    await expect(history.getByText(/^As at 30 June 2024: 1 needs review/).isVisible()).resolves.toBe(true);
    await expect(
      history.getByText(/^As at 15 January 2025: 1 needs review, 1 completed, \d+ overdue/).isVisible(),
    ).resolves.toBe(true);

    const first = changes.getByRole("button").first();
    const firstId = (await first.textContent())!.slice(0, 8);
    await first.click();
    const own = history.getByRole("table", { name: `History of ${firstId}` });
    await own.waitFor();
    await expect(own.getByRole("row").count()).resolves.toBe(3);
    const selection = await page.evaluate(() => (window as unknown as WithDouble).kpiDouble.selection());
    expect(selection?.sheet).toBe("KPIs 2023");

    const sheets = await page.evaluate(() => (window as unknown as WithDouble).kpiDouble.sheetNames());
    expect(sheets).toEqual(["Sheet1", "KPIs 2023", "KPI history", "Dashboard"]);
    await pane.screenshot("returns-320-changes");
    await history.screenshot({ path: path.join(ARTIFACTS, "returns-320-history.png") });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(pane.problems()).toEqual([]);
  } finally {
    await pane.close();
  }
});
