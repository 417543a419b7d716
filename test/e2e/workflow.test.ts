/**
 * The add-in at work, in real Chromium against the production bundle in dist/, with the Excel double
 * appended after office.js: load the 2023 register -> type actuals -> Validate -> statuses and the
 * flagged-row list -> click a flagged row selects it in the sheet -> an edit is re-checked live, in the pane.
 * Screenshots: test/artifacts/workflow-*.png.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import {
  DIST,
  openStep,
  openTaskpane,
  seriousViolations,
  startHarness,
  stopHarness,
  typeAsAt,
  type OpenedTaskpane,
} from "./harness";
import { bundleExcelDouble } from "./workflow/bundle-double";
import type { KpiDoubleApi } from "./workflow/browser-double";
import { readPart, wordParagraphs } from "../export/zip";
import { TRACKING_COLUMNS } from "../../src/core/tracking/columns";

jest.setTimeout(120_000);

const TABLE = "KpiTracker2023";
let doubleScript = "";

beforeAll(async () => {
  doubleScript = await bundleExcelDouble();
  await startHarness();
});
afterAll(stopHarness);

type WithDouble = { kpiDouble: KpiDoubleApi };

function typeInto(page: Page, kpiId: string, column: string, value: string | number): Promise<string> {
  return page.evaluate(
    ([t, id, c, v]) =>
      (window as unknown as WithDouble).kpiDouble.typeInto(t as string, id as string, c as string, v),
    [TABLE, kpiId, column, value] as const,
  );
}

async function loadRegister(pane: OpenedTaskpane): Promise<void> {
  const { page } = pane;
  await page.getByRole("heading", { level: 1, name: "KPI Tracker" }).waitFor();
  await page.getByRole("button", { name: "Load register" }).click();
  await page.getByText('Loaded "KPIs 2023"').waitFor();
  await openStep(page, "Progress");
}

describe.each([450, 320])("the workflow at %i px", (width) => {
  it("loads, takes entries, validates, flags rows and selects them", async () => {
    const pane = await openTaskpane({ width, height: 1400, officeJsSuffix: doubleScript });
    try {
      const { page } = pane;
      await loadRegister(pane);
      await expect(page.getByText(/49 rows: 0 kept with their entries, 49 new/).isVisible()).resolves.toBe(
        true,
      );
      await pane.screenshot(`workflow-${width}-loaded`);

      await typeAsAt(page, "2024-06-30");
      await typeInto(page, "2023-A-1", "Completed on", "2024-03-20");
      await typeInto(page, "2023-B-1", "Actual", "about 580");
      await typeInto(page, "2023-D-1", "Actual", "not a number");
      await typeInto(page, "2023-C-2", "Actual", "=SUM(A1:A3)");

      await page.getByRole("button", { name: "Validate" }).click();
      const results = page.getByRole("region", { name: "Results" });
      await results.waitFor();
      await expect(results.getByText(/49 KPIs on “KPIs 2023” as at 30 June 2024/).isVisible()).resolves.toBe(
        true,
      );

      const records = await page.evaluate(
        (t) => (window as unknown as WithDouble).kpiDouble.records(t),
        TABLE,
      );
      const status = (id: string) => records.find((r) => r.ID === id)?.Status;
      expect(status("2023-D-1")).toBe("invalid");
      expect(status("2023-C-2")).toBe("invalid");
      expect(records.every((r) => typeof r.Status === "string" && r.Status !== "")).toBe(true);

      const flagged = page.getByRole("list", { name: /Flagged rows/ });
      const invalidRow = flagged.getByRole("button", { name: /2023-D-1/ });
      await expect(invalidRow.isVisible()).resolves.toBe(true);
      await pane.screenshot(`workflow-${width}-validated`);

      await invalidRow.click();
      const selection = await page.evaluate(() => (window as unknown as WithDouble).kpiDouble.selection());
      const rowOfD1 = 4 + records.findIndex((r) => r.ID === "2023-D-1");
      expect(selection).toEqual({
        sheet: "KPIs 2023",
        row: rowOfD1,
        col: 0,
        rows: 1,
        cols: TRACKING_COLUMNS.length,
      });

      // Validating twice leaves one set of row colours. The second run uses another date so its
      // result line shows only once it has finished; the formats are read after that.
      await typeAsAt(page, "2024-07-01");
      await page.getByRole("button", { name: "Validate" }).click();
      await results.getByText(/49 KPIs on “KPIs 2023” as at 1 July 2024/).waitFor();
      await page.getByRole("button", { name: "Validate" }).and(page.locator(":enabled")).waitFor();
      const formats = await page.evaluate(() =>
        (window as unknown as WithDouble).kpiDouble.conditionalFormats("KPIs 2023"),
      );
      expect(formats.map(({ rect, formula, fillColor }) => ({ rect, formula, fillColor }))).toEqual(
        [
          ['=$M5="invalid"', "#E4DFEC"],
          ['=$M5="needs-review"', "#DDEBF7"],
          ['=$M5="completed"', "#C6EFCE"],
          ['=$M5="overdue"', "#FFC7CE"],
          ['=$M5="off-track"', "#FFEB9C"],
        ].map(([formula, fillColor]) => ({
          rect: { row: 4, col: 0, rows: 49, cols: TRACKING_COLUMNS.length },
          formula,
          fillColor,
        })),
      );

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      expect(pane.problems()).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});

it("re-checks a row within a second of an officer's edit, in the pane only", async () => {
  const pane = await openTaskpane({ width: 450, officeJsSuffix: doubleScript });
  try {
    const { page } = pane;
    await loadRegister(pane);
    await typeAsAt(page, "2023-11-01");
    await page.getByRole("button", { name: "Validate" }).click();
    const flagged = page.getByRole("list", { name: /Flagged rows/ });
    await page.getByRole("region", { name: "Results" }).waitFor();
    await expect(flagged.getByRole("button", { name: /2023-D-1/ }).count()).resolves.toBe(0);

    const typedAt = Date.now();
    await typeInto(page, "2023-D-1", "Actual", "not a number");
    await flagged.getByRole("button", { name: /2023-D-1/ }).waitFor({ timeout: 2_000 });
    expect(Date.now() - typedAt).toBeLessThan(1_500);
    const records = await page.evaluate((t) => (window as unknown as WithDouble).kpiDouble.records(t), TABLE);
    // Checked in memory only: the sheet waits for Validate, so the officer's undo keeps the edit.
    expect(records.find((r) => r.ID === "2023-D-1")?.Status).not.toBe("invalid");
    await page.getByText(/Checked as you typed/).waitFor();
    await pane.screenshot("workflow-live");
    expect(pane.problems()).toEqual([]);
  } finally {
    await pane.close();
  }
});

it("shows Office's refusal in plain words and keeps the pane usable", async () => {
  const pane = await openTaskpane({ width: 320, officeJsSuffix: doubleScript });
  try {
    const { page } = pane;
    await loadRegister(pane);
    await page.evaluate(() => {
      const sheet = (window as unknown as WithDouble).kpiDouble.model.sheet("KPIs 2023")!;
      sheet.protected = true;
      sheet.password = "someone else's";
    });
    await page.getByRole("button", { name: "Validate" }).click();
    await page.getByText("Validate failed").waitFor();
    await expect(page.getByText(/The sheet is protected/).isVisible()).resolves.toBe(true);
    // Nothing written: the same sheets, and no Status on any row.
    const after = await page.evaluate((t) => {
      const { kpiDouble } = window as unknown as WithDouble;
      return {
        sheets: kpiDouble.model.sheets.map((s) => s.name),
        statuses: [...new Set(kpiDouble.records(t).map((r) => r.Status))],
      };
    }, TABLE);
    expect(after).toEqual({ sheets: ["Sheet1", "KPIs 2023"], statuses: [""] });
    await pane.screenshot("workflow-error-320");
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await pane.close();
  }
});

it("downloads the Word annex with the officer's narrative, loading docx only on demand", async () => {
  const pane = await openTaskpane({ width: 450, height: 1400, officeJsSuffix: doubleScript });
  try {
    const { page } = pane;
    const scripts = () => page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    await loadRegister(pane);
    await typeAsAt(page, "2024-06-30");
    await typeInto(page, "2023-E-1", "Actual", "300");
    await typeInto(page, "2023-E-1", "Latest progress", "300 inspections were made by June 2024.");
    await openStep(page, "Annex");
    const before = await scripts();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download Word annex" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("annex-2023-progress-report.docx");
    const bytes = readFileSync((await download.path())!);
    const paragraphs = wordParagraphs(await readPart(bytes, "word/document.xml"));
    expect(paragraphs).toContain("300 inspections were made by June 2024.");
    expect(paragraphs).toContain("Latest Progress (as at 30 June 2024)");
    // The docx library came in a chunk fetched for this click, not with the pane.
    const fetched = (await scripts()).filter((name) => !before.includes(name) && name.endsWith(".js"));
    // The bundle's own chunks, read from dist/ (office.js comes from elsewhere).
    const writesDocx = (urls: string[]) =>
      urls
        .map((url) => path.join(DIST, path.basename(new URL(url).pathname)))
        .filter((file) => existsSync(file))
        .map((file) => readFileSync(file, "utf8").includes("word/document.xml"));
    // The part name only docx writes: in one of the chunks this click fetched, in none the pane started with.
    expect(writesDocx(fetched)).toContain(true);
    const atStart = writesDocx(before.filter((name) => name.endsWith(".js")));
    expect(atStart.length).toBeGreaterThan(3); // the pane's own chunks were read: the next line is not vacuous
    expect(atStart).not.toContain(true);
    await page.getByText(/annex-2023-progress-report\.docx was handed to Excel to download/).waitFor();
    expect(pane.problems()).toEqual([]);
  } finally {
    await pane.close();
  }
});
