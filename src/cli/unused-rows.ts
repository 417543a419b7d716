import { indexRegister } from "../core/engine/validate-progress";
import type { Register } from "../core/register/schema";
import { unusedEntries } from "../core/tracking/unused-entries";
import type { ProgressFile } from "./progress-input";

/**
 * Names on stderr every row of the progress file that reaches neither the check nor the annex as
 * typed: columns not read, rows without an ID, IDs not in the register, second rows of a KPI.
 */
export function warnAboutUnusedRows(
  command: string,
  path: string,
  file: ProgressFile,
  register: Register,
): void {
  const lines = [...file.warnings];
  for (const unused of unusedEntries(file.entries, indexRegister(register).keys(), register.year)) {
    const first =
      unused.firstIndex === undefined ? "" : ` (first on row ${file.rowNumbers[unused.firstIndex]})`;
    lines.push(`row ${file.rowNumbers[unused.index]} is not used: ${unused.reason}${first}`);
  }
  for (const line of lines) process.stderr.write(`kpi-tracker ${command}: warning: ${path}: ${line}\n`);
}
