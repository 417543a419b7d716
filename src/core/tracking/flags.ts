import type { Status } from "../vocabulary";
import { TRACKING_SHEET, trackingColumnLetter } from "./sheet-layout";

export interface StatusStyle {
  /** Row tint in the workbook; null means no conditional format for that status. */
  fill: string | null;
  font: string | null;
  /** Words for the legend. */
  label: string;
}

/** Workbook colours for each status (Excel's own good/bad/neutral palette, so colleagues recognise them). */
export const STATUS_STYLES: Readonly<Record<Status, StatusStyle>> = {
  invalid: { fill: "#E4DFEC", font: "#5B2C83", label: "Entry not understood or unknown KPI" },
  "needs-review": { fill: "#DDEBF7", font: "#1F4E79", label: "Reported status contradicts the figures" },
  completed: { fill: "#C6EFCE", font: "#006100", label: "Every target met" },
  overdue: { fill: "#FFC7CE", font: "#9C0006", label: "Deadline passed, target not met" },
  "off-track": { fill: "#FFEB9C", font: "#9C5700", label: "Behind expected progress" },
  "on-track": { fill: null, font: null, label: "On track" },
  "not-reported": { fill: null, font: null, label: "Nothing entered yet" },
};

/** Statuses that get a conditional format, in the order the rules are added. */
export const TINTED_STATUSES = (Object.keys(STATUS_STYLES) as Status[]).filter(
  (status) => STATUS_STYLES[status].fill !== null,
);

/**
 * Custom conditional-format formula for rows with a given status. Excel anchors the formula at the
 * top-left cell of the range it applies to, so the Status column is absolute and the row relative.
 */
export function statusRuleFormula(
  status: Status,
  firstDataRow: number = TRACKING_SHEET.firstDataRow,
  statusColumn: string = trackingColumnLetter("status"),
): string {
  return `=$${statusColumn}${firstDataRow}="${status}"`;
}
