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

/** Statuses that put a flag on a row (conditional formatting, flagged-row list). */
export const FLAGGED_STATUSES: readonly Status[] = ["invalid", "needs-review", "overdue", "off-track"];

export function isStatus(value: unknown): value is Status {
  return typeof value === "string" && (STATUSES as readonly string[]).includes(value);
}
