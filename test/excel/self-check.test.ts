/**
 * "Check this Excel" (issue 9.10) against the Excel double: every capability on a temporary sheet,
 * pass or fail for each, the sheet and setting removed afterwards even when a check fails.
 */
import { runSelfCheck, SELF_CHECK_SETTING, SELF_CHECK_SHEET } from "../../src/excel/self-check";
import { failures, formatSelfCheckReport } from "../../src/excel/self-check-report";
import { installAnnexSupport } from "../excel-double/annex-support";
import { ConditionalFormatCollectionDouble } from "../excel-double/conditional-formats";
import { OfficeErrorDouble } from "../excel-double/errors";
import type { ExcelDouble } from "../excel-double/install";
import { installDouble } from "./helpers";

const MESSAGE_URL = "https://localhost:3000/message.html";
const CAPABILITIES = [
  "Temporary sheet",
  "Table create and read",
  "Number formats",
  "Data validation",
  "Conditional formats",
  "Sheet protection",
  "Workbook settings",
  "Events (table changes)",
  "Clean-up",
  "Dialog",
];

let double: ExcelDouble;
beforeAll(installAnnexSupport);
beforeEach(() => {
  double = installDouble();
});
afterEach(() => jest.restoreAllMocks());

const sheetNames = () => double.model.sheets.map((s) => s.name);

describe("runSelfCheck", () => {
  it("passes every capability the double has, reports the host, and leaves the workbook as it was", async () => {
    const before = sheetNames();
    const report = await runSelfCheck(MESSAGE_URL, () => new Date("2026-11-27T10:00:00Z"));
    expect(report.results.map((r) => r.capability)).toEqual(CAPABILITIES);
    expect(report.results.map((r) => [r.capability, r.outcome])).toEqual(
      CAPABILITIES.map((c) => [c, c === "Dialog" ? "not supported" : "pass"]),
    );
    expect(report.host).toEqual({
      host: "Excel",
      platform: "OfficeOnline",
      officeVersion: "16.0.0.0 (Excel double)",
      requirementSets: [`ExcelApi ${double.model.supportedExcelApi}`],
    });
    expect(sheetNames()).toEqual(before);
    expect(double.model.settings.has(SELF_CHECK_SETTING)).toBe(false);
    expect(double.model.tables).toHaveLength(0);
    // constant and small: one or two syncs per capability
    expect(double.model.syncCount).toBeLessThanOrEqual(16);
  });

  it("reports a failing capability with Excel's error, runs the others, and still removes the sheet", async () => {
    const add = ConditionalFormatCollectionDouble.prototype.add;
    jest.spyOn(ConditionalFormatCollectionDouble.prototype, "add").mockImplementation(function (
      this: ConditionalFormatCollectionDouble,
      type,
    ) {
      this.context.queue(() => {
        throw new OfficeErrorDouble("ApiNotFound", "The API you are trying to use could not be found.");
      });
      return add.call(this, type);
    });
    const report = await runSelfCheck(MESSAGE_URL);
    expect(failures(report)).toEqual([
      {
        capability: "Conditional formats",
        outcome: "fail",
        detail: "ApiNotFound: The API you are trying to use could not be found.",
      },
    ]);
    expect(report.results.find((r) => r.capability === "Sheet protection")?.outcome).toBe("pass");
    expect(sheetNames()).not.toContain(SELF_CHECK_SHEET);
    expect(double.model.settings.has(SELF_CHECK_SETTING)).toBe(false);
  });

  it("leaves a sheet of the user's that has its name alone, and runs nothing", async () => {
    double.model.addSheet(SELF_CHECK_SHEET);
    const report = await runSelfCheck(MESSAGE_URL);
    expect(report.results[0]).toMatchObject({ capability: "Temporary sheet", outcome: "fail" });
    expect(report.results.slice(1, 8).every((r) => r.outcome === "fail" && /not run/.test(r.detail))).toBe(
      true,
    );
    expect(sheetNames()).toContain(SELF_CHECK_SHEET);
  });

  it("opens and closes the message dialog where DialogApi is supported", async () => {
    const close = jest.fn();
    const displayDialogAsync = jest.fn(
      (_url: string, _options: unknown, callback: (result: unknown) => void) =>
        callback({ status: "succeeded", value: { close } }),
    );
    const office = Office as unknown as { context: Record<string, unknown>; AsyncResultStatus: unknown };
    const requirements = office.context.requirements as {
      isSetSupported: (n: string, v?: string) => boolean;
    };
    const excelOnly = requirements.isSetSupported;
    office.context = {
      ...office.context,
      requirements: { isSetSupported: (n: string, v?: string) => n === "DialogApi" || excelOnly(n, v) },
      ui: { displayDialogAsync },
    };
    office.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
    const report = await runSelfCheck(MESSAGE_URL);
    expect(report.results.at(-1)).toEqual({
      capability: "Dialog",
      outcome: "pass",
      detail: "message dialog opened and closed",
    });
    expect(displayDialogAsync.mock.calls[0][0]).toBe(MESSAGE_URL);
    expect(close).toHaveBeenCalledTimes(1);
    expect(report.host.requirementSets).toContain("DialogApi 1.2");
  });
});

describe("formatSelfCheckReport", () => {
  it("gives one line per capability, then host, platform, version and sets, for a support request", () => {
    const text = formatSelfCheckReport({
      checkedAt: "2026-11-27T10:00:00.000Z",
      host: {
        host: "Excel",
        platform: "PC",
        officeVersion: "16.0.17928.20114",
        requirementSets: ["ExcelApi 1.17"],
      },
      results: [
        { capability: "Number formats", outcome: "pass", detail: "read back" },
        { capability: "Dialog", outcome: "fail", detail: "12007: blocked" },
      ],
    });
    expect(text.split("\n")).toEqual([
      "KPI Tracker self-check, 2026-11-27T10:00:00.000Z",
      "Result: 1 FAILED; 1 passed, 0 not supported",
      "",
      "PASS          Number formats  read back",
      "FAIL          Dialog          12007: blocked",
      "",
      "Host: Excel",
      "Platform: PC",
      "Office version: 16.0.17928.20114",
      "Requirement sets: ExcelApi 1.17",
    ]);
  });
});
