/**
 * A department return read from its file's bytes: a tracking workbook (xlsx) sent back, or a CSV in the
 * command line's progress format. Shared by `kpi-tracker consolidate` and the task pane's Collect returns
 * (loaded on demand there: it pulls in exceljs and csv-parse).
 */
import type { CatalogueMessage } from "../core/language/catalogue-message";
import type { DepartmentReturn } from "../core/returns/department-return";
import { returnDepartment } from "../core/returns/source";
import { ProgressFileError, progressFromCsv, progressFromXlsx, type ProgressFile } from "./progress-file";

export type ReturnReading =
  | { ok: true; return: DepartmentReturn; warnings: CatalogueMessage[] }
  /** The file could not be read; `error` says why, in one line, without the file's name. */
  | { ok: false; source: string; error: CatalogueMessage };

/** Reads one return. Never throws for a bad file: the caller lists it and goes on with the others. */
export async function readReturnFile(
  bytes: Uint8Array,
  fileName: string,
  /** ISO date and time the return was received. */
  receivedAt: string,
): Promise<ReturnReading> {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension !== "csv" && extension !== "xlsx") {
    return { ok: false, source: fileName, error: { key: "returns.read.notCsvOrXlsx" } };
  }
  let file: ProgressFile;
  let subject = "";
  try {
    if (extension === "csv") file = progressFromCsv(bytes);
    else ({ file, subject } = await progressFromXlsx(bytes));
  } catch (error) {
    if (error instanceof ProgressFileError) return { ok: false, source: fileName, error: error.said };
    throw error;
  }
  const entries = file.entries.map((entry, i) => ({
    id: entry.kpiId,
    actual: entry.actual,
    completedOn: entry.completedOn,
    reportedStatus: entry.reportedStatus,
    latestProgress: entry.latestProgress,
    row: file.rowNumbers[i],
  }));
  return {
    ok: true,
    return: { source: fileName, department: returnDepartment(fileName, subject), receivedAt, entries },
    warnings: file.warnings,
  };
}
