import { STATUSES, type Status } from "../vocabulary";

/** Statuses that put a flag on a row (conditional formatting, flagged-row list). */
export const FLAGGED_STATUSES: readonly Status[] = ["invalid", "needs-review", "overdue", "off-track"];

export function isStatus(value: unknown): value is Status {
  return typeof value === "string" && (STATUSES as readonly string[]).includes(value);
}
