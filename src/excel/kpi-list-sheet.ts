import { planListSheet, type PreviousReading } from "../core/register/list-sheet";
import { runExcel } from "./excel-run";
import { TrackingError } from "./office-errors";
import { registerSettingEntries } from "./settings";
import { queueTextValues } from "./text-cells";
import type { KpiListOutcome, KpiListRequest } from "../taskpane/workbook-actions";

/** Where the last reading the pane wrote is kept, so Read again may replace it and nothing else. */
export const LIST_READING_SETTING = "kpiTracker.listReading";

function previousReading(value: unknown): PreviousReading | undefined {
  const v = value as Partial<PreviousReading> | null;
  return v &&
    typeof v.sheetName === "string" &&
    typeof v.row === "number" &&
    typeof v.col === "number" &&
    Array.isArray(v.values)
    ? (v as PreviousReading)
    : undefined;
}

/**
 * Reads the KPI list on the active sheet with the officer's corrections beside it, writes what was read
 * into the reading columns and, when asked, keeps the register in the workbook as Load does.
 * Two round trips whatever the size: one read, one write. Every check comes before the write, so a
 * refusal leaves the workbook untouched.
 */
export function readKpiListSheet(request: KpiListRequest): Promise<KpiListOutcome> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    const used = sheet.getUsedRangeOrNullObject().load("values,rowIndex,columnIndex");
    const stored = context.workbook.settings.getItemOrNullObject(LIST_READING_SETTING).load("value");
    await context.sync();

    if (used.isNullObject)
      throw new TrackingError("This sheet is empty. Paste or type the KPI list into it, then read it.");
    const plan = planListSheet(
      { sheetName: sheet.name, top: used.rowIndex, left: used.columnIndex, values: used.values },
      { year: request.year, announced: request.announced },
      stored.isNullObject ? undefined : previousReading(stored.value),
    );
    if (!plan.ok) {
      const more = plan.errors.length > 3 ? ` (and ${plan.errors.length - 3} more)` : "";
      throw new TrackingError(`${plan.errors.slice(0, 3).join(" ")}${more}`);
    }
    const settings = request.save ? registerSettingEntries(plan.register) : [];

    const { headers, readingCells } = plan;
    queueTextValues(
      sheet.getRangeByIndexes(headers.row, headers.col, 1, headers.values[0].length),
      headers.values,
    );
    if (readingCells.values.length > 0) {
      queueTextValues(
        sheet.getRangeByIndexes(readingCells.row, readingCells.col, readingCells.values.length, 3),
        readingCells.values,
      );
    }
    context.workbook.settings.add(LIST_READING_SETTING, { sheetName: sheet.name, ...readingCells });
    for (const setting of settings) context.workbook.settings.add(setting.key, setting.value);
    await context.sync();

    return {
      sheetName: sheet.name,
      register: plan.register,
      kpis: plan.readings.length,
      needsReading: plan.needsReading,
      overrideProblems: plan.overrideProblems,
      saved: request.save,
    };
  });
}
