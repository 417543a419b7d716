import { messageIn } from "../core/language/catalogue-message";
import { indexRegister } from "../core/engine/validate-progress";
import type { CliTranslate } from "./cli-language";
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
  t: CliTranslate,
): void {
  const lines = file.warnings.map((warning) => messageIn(t, warning));
  for (const unused of unusedEntries(file.entries, indexRegister(register).keys(), register.year)) {
    const row = file.rowNumbers[unused.index];
    lines.push(
      unused.firstIndex === undefined
        ? t("cli.warning.rowNotUsed", { row, reason: unused.reason })
        : t("cli.warning.rowNotUsedFirst", {
            row,
            reason: unused.reason,
            first: file.rowNumbers[unused.firstIndex],
          }),
    );
  }
  for (const text of lines) process.stderr.write(`${t("cli.warning", { command, path, text })}\n`);
}
