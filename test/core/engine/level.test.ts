/** Levels: service standards (at least) and lower-is-better ceilings, judged at the end of their window. */
import { validateKpi } from "../../../src/core/engine/validate-progress";
import type { Target } from "../../../src/core/register/schema";
import { entry, kpi } from "./fixtures";

function statusOf(target: Target, asAt: string, fields: Parameters<typeof entry>[1] = {}) {
  return validateKpi(kpi("2026-A-1", [target]), entry("2026-A-1", fields), { asAt });
}

// "Reduce the number of pending claims to below 700 by end-2026."
const pendingClaims: Target = {
  kind: "level",
  unit: "pending claims",
  comparison: "below",
  level: 700,
  window: { text: "by end-2026", start: "2025-09-17", end: "2026-12-31" },
};

// "Process 95% of visa applications within 4 weeks from January 2026." (a standing pledge)
const visas: Target = {
  kind: "level",
  unit: "% of visa applications within 4 weeks",
  comparison: "at-least",
  level: 95,
  window: { text: "from January 2026", start: "2026-01-01" },
};

// "Keep the reoffending rate at no more than 5% in 2026."
const reoffending: Target = {
  kind: "level",
  unit: "% (reoffending rate)",
  comparison: "at-most",
  level: 5,
  window: { text: "in 2026", start: "2026-01-01", end: "2026-12-31" },
};

describe("a lower-is-better level ('to below 700 by end-2026')", () => {
  test("below the level before the deadline: on track, judged at the deadline", () => {
    const result = statusOf(pendingClaims, "2026-06-30", { actual: 650 });
    expect(result.status).toBe("on-track");
    expect(result.expectedText).toBe("below 700 pending claims");
  });

  test("at or above the level before the deadline: off track", () => {
    const result = statusOf(pendingClaims, "2026-06-30", { actual: 700 });
    expect(result.status).toBe("off-track");
    expect(result.reasons).toEqual(["700 pending claims (target below 700) as at 30 Jun 2026"]);
  });

  test("on the deadline day nothing is overdue yet; the day after, a miss is overdue", () => {
    expect(statusOf(pendingClaims, "2026-12-31", { actual: 720 }).status).toBe("off-track");
    const late = statusOf(pendingClaims, "2027-01-01", { actual: 720 });
    expect(late.status).toBe("overdue");
    expect(late.reasons).toEqual([
      "720 pending claims (target below 700) as at 1 Jan 2027; the period ended on 31 Dec 2026",
    ]);
  });

  test("below the level after the deadline: completed", () => {
    expect(statusOf(pendingClaims, "2027-01-15", { actual: 640 }).status).toBe("completed");
  });

  test("nothing entered: not reported before the deadline, overdue after it", () => {
    expect(statusOf(pendingClaims, "2026-06-30").status).toBe("not-reported");
    expect(statusOf(pendingClaims, "2027-01-15").status).toBe("overdue");
  });

  test("'Task completed.' with a figure above the level needs review", () => {
    const result = statusOf(pendingClaims, "2027-01-15", { actual: 800, reportedStatus: "Task completed." });
    expect(result.status).toBe("needs-review");
    expect(result.reasons[0]).toMatch(/Actual 800 is not below 700 pending claims/);
  });
});

describe("an inclusive ceiling ('no more than 5%')", () => {
  test("exactly at the level meets it; above it does not", () => {
    expect(statusOf(reoffending, "2026-06-30", { actual: "5%" }).status).toBe("on-track");
    expect(statusOf(reoffending, "2026-06-30", { actual: "5.2%" }).status).toBe("off-track");
    expect(statusOf(reoffending, "2027-02-01", { actual: "4.8%" }).status).toBe("completed");
    expect(statusOf(reoffending, "2027-02-01", { actual: "5.2%" }).status).toBe("overdue");
  });
});

describe("a service standard ('95% of applications within 4 weeks')", () => {
  test("met: on track; a standing pledge never completes", () => {
    expect(statusOf(visas, "2026-06-30", { actual: "96%" }).status).toBe("on-track");
    expect(statusOf(visas, "2030-06-30", { actual: 95 }).status).toBe("on-track");
  });

  test("below the standard: off track, with the standard in the reason", () => {
    const result = statusOf(visas, "2026-06-30", { actual: "93.5%" });
    expect(result.status).toBe("off-track");
    expect(result.reasons).toEqual([
      "93.5% of visa applications within 4 weeks (target at least 95) as at 30 Jun 2026",
    ]);
    expect(result.expectedText).toBe("at least 95% of visa applications within 4 weeks");
  });

  test("before the standard applies nothing is due", () => {
    const result = statusOf(visas, "2025-12-01");
    expect(result.status).toBe("not-reported");
    expect(result.reasons).toEqual(["nothing due yet: at least 95 from 1 Jan 2026"]);
  });

  test("a standard bounded to a year completes when met at its end and is overdue when missed", () => {
    const inYear: Target = { ...visas, window: { text: "in 2026", start: "2026-01-01", end: "2026-12-31" } };
    expect(statusOf(inYear, "2027-01-10", { actual: 97 }).status).toBe("completed");
    expect(statusOf(inYear, "2027-01-10", { actual: 90 }).status).toBe("overdue");
  });
});
