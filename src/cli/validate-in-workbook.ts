import { validatedAtText } from "../core/history/layout";
import { messageIn } from "../core/language/catalogue-message";
import { snapshotRows } from "../core/history/snapshot";
import { validateTable } from "../core/engine/validate-progress";
import type { KpiResult, ValidationOptions } from "../core/engine/types";
import type { CliTranslate } from "./cli-language";
import type { Register } from "../core/register/schema";
import { progressEntryOf } from "../core/returns/source";
import { hasEntries } from "../core/tracking/merge";
import { ProgressFileError, loadXlsx } from "../export/progress-file";
import {
  DASHBOARD_CHARTS_NOTE,
  appendHistory,
  partsNotKept,
  readTrackingTable,
  writeTableCell,
} from "../export/tracking-workbook-file";
import { writeOutput } from "./output-file";
import { CliInputError, readInputBytes } from "./progress-input";

/**
 * `validate --write`: validates the workbook's KPI table, writes Expected, Status and Reason into it,
 * appends the snapshot to its history sheet, and writes the file back in place (beside it, then renamed).
 * A row left empty with no ID gets no status, as in the add-in.
 */
export async function validateInWorkbook(
  path: string,
  register: Register,
  options: ValidationOptions,
  t: CliTranslate,
): Promise<KpiResult[]> {
  const bytes = await readInputBytes(path, t);
  let table;
  let workbook;
  try {
    workbook = await loadXlsx(bytes);
  } catch (error) {
    if (error instanceof ProgressFileError)
      throw new CliInputError(t("cli.file.problem", { path, problem: messageIn(t, error.said) }));
    throw error;
  }
  const { lost, dashboardCharts } = partsNotKept(bytes, workbook);
  if (lost.length > 0) {
    throw new CliInputError(t("cli.validate.writeCannotKeep", { path, parts: lost.join(", ") }));
  }
  try {
    table = readTrackingTable(workbook, register.year);
  } catch (error) {
    if (error instanceof ProgressFileError)
      throw new CliInputError(t("cli.file.problem", { path, problem: messageIn(t, error.said) }));
    throw error;
  }
  const kept = table.rows.filter((row) => row.id !== "" || hasEntries(row));
  const entries = kept.map(progressEntryOf);
  const results = validateTable(register, entries, options);
  const resultOf = new Map(kept.map((row, i) => [row, results[i]]));
  table.rows.forEach((row, index) => {
    const result = resultOf.get(row);
    writeTableCell(table, index, "expected", result?.expectedText ?? "");
    writeTableCell(table, index, "status", result?.status ?? "");
    writeTableCell(table, index, "reason", result?.reasons.join("; ") ?? "");
  });
  appendHistory(
    workbook,
    snapshotRows({ asAt: options.asAt, validatedAt: validatedAtText(new Date()), entries, results }),
  );
  const written = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  await writeOutput({ path, force: true, inputs: [] }, written, t);
  if (dashboardCharts)
    process.stderr.write(`${t("cli.note", { command: "validate", path, text: DASHBOARD_CHARTS_NOTE })}\n`);
  return results;
}
