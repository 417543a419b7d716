import { periodContaining } from "../../../src/core/engine/reporting-periods";
import { validateKpi } from "../../../src/core/engine/validate-progress";
import { dayNumber, fromDayNumber } from "../../../src/core/calendar";
import type { Target } from "../../../src/core/register/schema";
import { APPEALS_EACH_YEAR, IDYL_MEMBERS, SCHOOLS_A_MONTH, deadline, entry, kpi } from "./fixtures";

function statusOf(target: Target, asAt: string, fields: Parameters<typeof entry>[1] = {}) {
  return validateKpi(kpi("2024-A-1", [target]), entry("2024-A-1", fields), { asAt });
}

describe("count with a baseline", () => {
  // FAST Connect: from 300 to 800 members by the end of the 2023/24 school year.
  const members: Target = {
    kind: "count",
    unit: "members",
    quantity: 800,
    baseline: 300,
    deadline: deadline("2023-09-01", "2024-08-31"),
  };

  test("expected runs from the baseline, and the tolerance is 10% of 500", () => {
    const result = statusOf(members, "2024-02-29", { actual: 500 });
    // 182 of 366 days: 300 + 500 * 182/366 = 548.6; allowance 50
    expect(result.expected).toBeCloseTo(548.63, 1);
    expect(result.status).toBe("on-track");
    const behind = statusOf(members, "2024-02-29", { actual: 498 });
    expect(behind.status).toBe("off-track");
    expect(behind.reasons[0]).toBe(
      "498 of 800 members (from 300) as at 29 Feb 2024; about 549 expected by now (deadline 31 Aug 2024)",
    );
  });

  test("before the start date only the baseline is expected", () => {
    expect(statusOf(members, "2023-06-01", { actual: 300 }).expected).toBe(300);
    expect(statusOf(members, "2023-06-01", { actual: 300 }).status).toBe("on-track");
  });
});

describe("staged", () => {
  const idyl = IDYL_MEMBERS;

  test("the stage in force sets the line: first stage", () => {
    const result = statusOf(idyl, "2022-09-30", { actual: 260 });
    expect(result.status).toBe("off-track");
    expect(result.reasons[0]).toContain("260 of 400 members for the stage due 31 Dec 2022");
  });

  test("meeting an intermediate stage is on track, not completed", () => {
    expect(statusOf(idyl, "2022-12-31", { actual: 417 }).status).toBe("on-track");
  });

  test("after the first stage, the line runs from 400 to 600", () => {
    const result = statusOf(idyl, "2023-09-30", { actual: "about 580" });
    expect(result.status).toBe("on-track");
    expect(result.expected).toBeGreaterThan(400);
    expect(result.expected).toBeLessThan(460);
  });

  test("a missed stage is overdue and names the stage deadline", () => {
    const result = statusOf(idyl, "2023-01-10", { actual: 380 });
    expect(result.status).toBe("overdue");
    expect(result.reasons[0]).toBe(
      "380 of 400 members as at 10 Jan 2023; the stage deadline 31 Dec 2022 has passed (final target 600 by 31 Dec 2025)",
    );
  });

  test("reaching the final stage is completed", () => {
    expect(statusOf(idyl, "2023-09-30", { actual: 600 }).status).toBe("completed");
  });
});

describe("percentage-change", () => {
  const increase: Target = {
    kind: "percentage-change",
    unit: "active members",
    direction: "increase",
    percent: 5,
    deadline: deadline("2024-01-01", "2024-12-31"),
  };

  test("Actual is the percentage achieved", () => {
    expect(statusOf(increase, "2024-12-31", { actual: "25.4%" }).status).toBe("completed");
    expect(statusOf(increase, "2024-07-01", { actual: "3" }).status).toBe("on-track");
    const behind = statusOf(increase, "2024-10-31", { actual: "2%" });
    expect(behind.status).toBe("off-track");
    expect(behind.reasons[0]).toBe(
      "2% increase in active members (target 5%) as at 31 Oct 2024; about 4.2% expected by now (deadline 31 Dec 2024)",
    );
    expect(behind.expectedText).toBe("about 4.2%");
    expect(statusOf(increase, "2025-01-01", { actual: "4.9%" }).status).toBe("overdue");
  });

  test("a decrease is entered as the size of the decrease", () => {
    const decrease: Target = { ...increase, direction: "decrease", percent: 50, unit: "reporting time" };
    expect(statusOf(decrease, "2024-12-31", { actual: "50%" }).status).toBe("completed");
    expect(statusOf(decrease, "2024-12-31", { actual: "30%" }).status).toBe("off-track");
  });

  describe('"by more than 50%" (2022-F-8) is strict', () => {
    const atLeast: Target = { ...increase, direction: "decrease", percent: 50, unit: "time" };
    const moreThan: Target = { ...atLeast, strict: true };

    test("exactly 50% is not met; just over it is", () => {
      const exactly = statusOf(moreThan, "2025-01-01", { actual: "50%" });
      expect(exactly.status).toBe("overdue");
      expect(exactly.reasons[0]).toBe(
        "50% decrease in time (target more than 50%) as at 1 Jan 2025; the deadline 31 Dec 2024 has passed",
      );
      expect(statusOf(moreThan, "2024-12-31", { actual: "50.1%" }).status).toBe("completed");
      expect(statusOf(moreThan, "2024-12-31", { actual: "50%" }).status).toBe("on-track");
    });

    test('"by 50%" (and "at least 50%") stays inclusive: exactly 50% is met', () => {
      expect(statusOf(atLeast, "2025-01-01", { actual: "50%" }).status).toBe("completed");
    });

    test("a completion claimed at exactly 50% needs review and says the target was not exceeded", () => {
      const claimed = statusOf(moreThan, "2024-12-31", { actual: "50", reportedStatus: "Task completed." });
      expect(claimed.status).toBe("needs-review");
      expect(claimed.reasons.join(" | ")).toMatch(/Actual 50 is not above the target of 50%/);
    });
  });
});

describe("reduction (lower is better)", () => {
  // TCAB: average processing time from over seven months to around four months.
  const time: Target = {
    kind: "reduction",
    unit: "months",
    from: 7,
    to: 4,
    approximate: true,
    deadline: deadline("2024-01-01", "2024-12-31"),
  };

  test("at or below the target is completed", () => {
    expect(statusOf(time, "2024-06-30", { actual: 4 }).status).toBe("completed");
    expect(statusOf(time, "2024-06-30", { actual: "3.5" }).status).toBe("completed");
  });

  test("expected falls from the starting figure; above it by more than the tolerance is off track", () => {
    const halfway = statusOf(time, "2024-07-01", { actual: 5.5 });
    expect(halfway.expected).toBeCloseTo(5.5, 1);
    expect(halfway.status).toBe("on-track");
    const behind = statusOf(time, "2024-10-31", { actual: 6.5 });
    expect(behind.status).toBe("off-track");
    expect(behind.reasons[0]).toBe(
      "6.5 months (from 7, target 4) as at 31 Oct 2024; about 4.5 expected by now (deadline 31 Dec 2024)",
    );
  });

  test("still above the target after the deadline is overdue", () => {
    expect(statusOf(time, "2025-01-02", { actual: 4.2 }).status).toBe("overdue");
  });
});

describe("recurring", () => {
  const appeals = APPEALS_EACH_YEAR;

  test("pro-rated over the current year", () => {
    const result = statusOf(appeals, "2023-09-30", { actual: "2 039" });
    expect(result.expected).toBeCloseTo((3000 * 273) / 365, 1);
    expect(result.status).toBe("on-track");
    const behind = statusOf(appeals, "2023-09-30", { actual: 1900 });
    expect(behind.status).toBe("off-track");
    expect(behind.reasons[0]).toBe(
      "1 900 of 3 000 appeal cases in 2023 as at 30 Sep 2023; about 2 244 expected by now (3 000 each year)",
    );
  });

  test("the count restarts each period", () => {
    // 2024: 182 of 366 days gone, about 1 492 expected, allowance 300
    expect(statusOf(appeals, "2024-06-30", { actual: 1200 }).status).toBe("on-track");
    expect(statusOf(appeals, "2024-06-30", { actual: 1150 }).status).toBe("off-track");
    expect(statusOf(appeals, "2024-06-30", { actual: 1150 }).reasons[0]).toContain(
      "in 2024 as at 30 Jun 2024",
    );
  });

  test("meeting the period's target is completed, as the paper reports it", () => {
    expect(statusOf(appeals, "2023-09-30", { actual: 3000 }).status).toBe("completed");
  });

  test("before the window starts nothing is due", () => {
    const result = statusOf(appeals, "2022-12-01");
    expect(result.status).toBe("not-reported");
    expect(result.expected).toBe(0);
    expect(statusOf(appeals, "2022-12-01", { actual: 0 }).status).toBe("on-track");
  });

  test("a window that has ended is judged on its last period", () => {
    const schools = SCHOOLS_A_MONTH;
    expect(statusOf(schools, "2024-03-15", { actual: 11 }).status).toBe("completed");
    expect(statusOf(schools, "2024-03-15", { actual: 9.5 }).status).toBe("on-track");
    const behind = statusOf(schools, "2024-03-15", { actual: 8 });
    expect(behind.status).toBe("off-track");
    expect(behind.reasons[0]).toContain("8 of 10 primary schools a month on average as at 15 Mar 2024");
    expect(statusOf(schools, "2024-09-10", { actual: 9.5 }).status).toBe("overdue");
  });

  test.each([
    ["quarter", "2024-05-15", 100, 100 * (45 / 91)],
    ["month", "2024-02-10", 100, 100 * (10 / 29)],
    ["school-year", "2024-03-01", 100, 100 * (183 / 366)],
    ["financial-year", "2024-06-30", 100, 100 * (91 / 365)],
  ] as const)("pro-rated over the %s containing the as-at date", (period, asAt, quantity, expected) => {
    const target: Target = {
      kind: "recurring",
      unit: "visits",
      quantity,
      period,
      aggregate: "total",
      window: { text: "from 2020", start: "2020-01-01" },
    };
    expect(statusOf(target, asAt, { actual: 0 }).expected).toBeCloseTo(expected, 1);
  });
});

describe("periods", () => {
  test.each([
    ["year", "2024-10-31", "2024-01-01", "2024-12-31", "2024"],
    ["quarter", "2024-10-31", "2024-10-01", "2024-12-31", "Q4 2024"],
    ["month", "2024-02-10", "2024-02-01", "2024-02-29", "Feb 2024"],
    ["school-year", "2024-03-01", "2023-09-01", "2024-08-31", "the 2023/24 school year"],
    ["school-year", "2024-09-01", "2024-09-01", "2025-08-31", "the 2024/25 school year"],
    ["financial-year", "2024-03-31", "2023-04-01", "2024-03-31", "the 2023/24 financial year"],
    ["financial-year", "2024-04-01", "2024-04-01", "2025-03-31", "the 2024/25 financial year"],
    ["financial-year", "1999-12-01", "1999-04-01", "2000-03-31", "the 1999/00 financial year"],
  ] as const)("%s containing %s", (period, asAt, start, end, label) => {
    const span = periodContaining(period, asAt);
    expect([fromDayNumber(span.startDay), fromDayNumber(span.endDay), span.label]).toEqual([
      start,
      end,
      label,
    ]);
    expect(span.startDay).toBeLessThanOrEqual(dayNumber(asAt));
    expect(span.endDay).toBeGreaterThanOrEqual(dayNumber(asAt));
  });
});

describe("milestone", () => {
  const platform: Target = {
    kind: "milestone",
    deadline: deadline("2023-01-01", "2023-12-31", "by end-2023"),
  };

  test("completed by date, late, overdue, reported delayed, reported, not reported", () => {
    expect(statusOf(platform, "2023-10-01", { completedOn: "2023-06-01" }).status).toBe("completed");
    expect(statusOf(platform, "2024-02-01", { completedOn: "2024-01-10" }).reasons[0]).toContain(
      "completed late",
    );
    expect(statusOf(platform, "2024-01-01").status).toBe("overdue");
    expect(statusOf(platform, "2023-10-01", { reportedStatus: "Task delayed." }).status).toBe("off-track");
    expect(statusOf(platform, "2023-10-01", { reportedStatus: "Task on track." }).status).toBe("on-track");
    expect(statusOf(platform, "2023-10-01").status).toBe("not-reported");
    expect(statusOf(platform, "2023-10-01").expectedText).toBe("by 31 Dec 2023");
  });
});

describe("ongoing", () => {
  test("takes the reported phrase, nothing is expected", () => {
    const result = statusOf({ kind: "ongoing" }, "2023-10-01", {
      reportedStatus: "Working towards the target.",
    });
    expect(result).toMatchObject({ status: "on-track", expected: null, expectedText: "" });
    expect(statusOf({ kind: "ongoing" }, "2023-10-01", { latestProgress: "No attacks." }).status).toBe(
      "not-reported",
    );
  });
});
