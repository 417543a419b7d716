/**
 * The words the register, the engine and every adapter share, each list in its order. Plain values with
 * no library behind them, so the task pane's first paint can use them without loading the schema.
 */

/** The bodies that own KPIs, in the order the filter and the dashboard list them. */
export const DEPARTMENTS = ["SB", "HKPF", "FSD", "CSD", "ImmD", "C&ED", "GFS", "TCAB"] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** The reporting periods a recurring target counts in. */
export const PERIODS = ["year", "quarter", "month", "school-year", "financial-year"] as const;
export type Period = (typeof PERIODS)[number];

/** The closed set of statuses, in the engine's order of precedence. */
export const STATUSES = [
  "invalid",
  "needs-review",
  "completed",
  "overdue",
  "off-track",
  "on-track",
  "not-reported",
] as const;
export type Status = (typeof STATUSES)[number];

/** How far behind expected progress a KPI may be and stay on track, as a share of baseline to target. */
export const DEFAULT_TOLERANCE = 0.1;

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "31 Oct 2024": the short dates of reasons and readings. */
export const SHORT_MONTH_NAMES = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

/** Hong Kong school years run September to August. */
export const SCHOOL_YEAR_FIRST_MONTH = 9;
/** Government financial years run April to March. */
export const FINANCIAL_YEAR_FIRST_MONTH = 4;
