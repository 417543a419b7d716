import type { Status } from "../vocabulary";

/**
 * How bad a status is, for "a KPI with several targets takes the worst status of its parts" and for the
 * property that more progress never makes a status worse. Worst first:
 * invalid, needs-review, overdue, off-track, not-reported, on-track, completed.
 */
export const STATUS_SEVERITY: Readonly<Record<Status, number>> = {
  invalid: 6,
  "needs-review": 5,
  overdue: 4,
  "off-track": 3,
  "not-reported": 2,
  "on-track": 1,
  completed: 0,
};
