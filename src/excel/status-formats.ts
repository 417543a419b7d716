import type { Status } from "../core/vocabulary";
import { STATUS_STYLES, TINTED_STATUSES, statusRuleFormula } from "../core/tracking/flags";

export interface StatusRule {
  status: Status;
  formula: string;
  fill: string;
  font: string;
}

/** One custom-formula rule per tinted status, keyed to the row's Status cell. */
export function statusRules(firstDataRow: number, statusColumn: string): StatusRule[] {
  return TINTED_STATUSES.map((status) => ({
    status,
    formula: statusRuleFormula(status, firstDataRow, statusColumn),
    fill: STATUS_STYLES[status].fill ?? "",
    font: STATUS_STYLES[status].font ?? "",
  }));
}

/**
 * Tints whole rows of the table body by Status. `statusColumn` is the Status column's letter where the
 * table stands now (tables start anywhere and officers move columns). The rules live in the workbook, follow rows through sort
 * and filter (the formula is row-relative), and are replaced rather than added to, so applying them twice
 * leaves one set.
 */
export function applyStatusFormats(body: Excel.Range, firstDataRow: number, statusColumn: string): void {
  body.conditionalFormats.clearAll();
  for (const rule of statusRules(firstDataRow, statusColumn)) {
    const format = body.conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    format.custom.format.font.color = rule.font;
  }
}
