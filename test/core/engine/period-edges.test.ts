/**
 * What happens on the edges: the deadline day and the day after, the first and last day of a recurring
 * window, and the first and last day of each quarter, school year and financial year. docs/status-rules.md,
 * "Deadline day and period edges" says the same in words. Expected figures are worked out in the comments.
 */
import { dayNumber } from "../../../src/core/calendar";
import { periodContaining } from "../../../src/core/engine/reporting-periods";
import type { Status } from "../../../src/core/vocabulary";
import { validateProgress } from "../../../src/core/engine/validate-progress";
import type { Period, Target } from "../../../src/core/register/schema";
import { deadline, entry, kpi, register } from "./fixtures";
import { loadSeed } from "../register/seed-files";

function judge(target: Target, asAt: string, fields: Parameters<typeof entry>[1]) {
  const [result] = validateProgress(register([kpi("2024-A-1", [target])]), [entry("2024-A-1", fields)], {
    asAt,
  });
  return result;
}

describe("the deadline day belongs to the deadline", () => {
  const milestone: Target = {
    kind: "milestone",
    deadline: deadline("2024-01-01", "2024-06-30", "by mid-2024"),
  };
  const count: Target = {
    kind: "count",
    unit: "visits",
    quantity: 100,
    deadline: deadline("2024-01-01", "2024-06-30", "by mid-2024"),
  };
  const staged: Target = {
    kind: "staged",
    unit: "members",
    baseline: 0,
    stages: [
      { quantity: 50, deadline: deadline("2024-01-01", "2024-03-31", "by Q1 2024") },
      { quantity: 100, deadline: deadline("2024-01-01", "2024-12-31", "by end-2024") },
    ],
  };

  it.each<[string, Target, string, Parameters<typeof entry>[1], Status]>([
    [
      "milestone, reported, on its deadline day",
      milestone,
      "2024-06-30",
      { reportedStatus: "Task on track." },
      "on-track",
    ],
    [
      "milestone, reported, the day after",
      milestone,
      "2024-07-01",
      { reportedStatus: "Task on track." },
      "overdue",
    ],
    [
      "milestone completed on its deadline day",
      milestone,
      "2024-07-01",
      { completedOn: "2024-06-30" },
      "completed",
    ],
    // The whole 100 is expected on the deadline day; 90 is exactly the allowance below it.
    ["count at the allowance on its deadline day", count, "2024-06-30", { actual: 90 }, "on-track"],
    ["count below the allowance on its deadline day", count, "2024-06-30", { actual: 89 }, "off-track"],
    ["count short the day after", count, "2024-07-01", { actual: 99 }, "overdue"],
    // The stage of 50 is due in full on 31 Mar; allowance 5.
    ["stage on its deadline day", staged, "2024-03-31", { actual: 45 }, "on-track"],
    ["stage the day after", staged, "2024-04-01", { actual: 49 }, "overdue"],
  ])("%s", (_name, target, asAt, fields, status) => {
    expect(judge(target, asAt, fields).status).toBe(status);
  });
});

describe("a recurring window's first and last days", () => {
  // 30 visits a quarter from 15 March 2024 to 30 September 2024.
  const quarterly: Target = {
    kind: "recurring",
    unit: "visits",
    quantity: 30,
    period: "quarter",
    aggregate: "total",
    window: {
      text: "every quarter from 15 March 2024 to September 2024",
      start: "2024-03-15",
      end: "2024-09-30",
    },
  };

  it("is silent the day before the window opens", () => {
    const result = judge(quarterly, "2024-03-14", {});
    expect(result.status).toBe("not-reported");
    expect(result.reasons.join(" ")).toContain("nothing due yet");
  });

  it("clips the first period to the window's first day", () => {
    // Q1 2024 clipped to 15–31 March: 17 days. As at 23 March, 9 of them: 30 × 9 / 17 = 15.88.
    // Unclipped it would be 83 of 91 days: 27.36.
    const result = judge(quarterly, "2024-03-23", { actual: 13 });
    expect(result.parts[0].expected).toBe(15.88);
    expect(result.status).toBe("on-track");
    // 12 is below 15.88 − 3.
    expect(judge(quarterly, "2024-03-23", { actual: 12 }).status).toBe("off-track");
  });

  it("expects one day's share on the window's first day", () => {
    expect(judge(quarterly, "2024-03-15", { actual: 0 }).parts[0].expected).toBe(1.76);
  });

  it("expects the whole period on the window's last day, and judges it in full the day after", () => {
    expect(judge(quarterly, "2024-09-30", { actual: 27 }).status).toBe("on-track");
    expect(judge(quarterly, "2024-09-30", { actual: 26 }).status).toBe("off-track");
    expect(judge(quarterly, "2024-10-01", { actual: 29 }).status).toBe("overdue");
    expect(judge(quarterly, "2024-10-01", { actual: 30 }).status).toBe("completed");
  });

  it("starts a new quarter's line on its first day", () => {
    // 1 April is day 1 of 91 in Q2 2024: 30 / 91.
    const result = judge(quarterly, "2024-04-01", { actual: 0 });
    expect(result.parts[0].expected).toBe(0.33);
    expect(result.status).toBe("on-track");
  });
});

describe("period boundaries", () => {
  const days = (start: string, end: string) => ({ startDay: dayNumber(start), endDay: dayNumber(end) });

  it.each<[Period, string, string, string, string]>([
    ["quarter", "2024-03-31", "2024-01-01", "2024-03-31", "Q1 2024"],
    ["quarter", "2024-04-01", "2024-04-01", "2024-06-30", "Q2 2024"],
    ["quarter", "2024-06-30", "2024-04-01", "2024-06-30", "Q2 2024"],
    ["quarter", "2024-07-01", "2024-07-01", "2024-09-30", "Q3 2024"],
    ["quarter", "2024-09-30", "2024-07-01", "2024-09-30", "Q3 2024"],
    ["quarter", "2024-10-01", "2024-10-01", "2024-12-31", "Q4 2024"],
    ["quarter", "2024-12-31", "2024-10-01", "2024-12-31", "Q4 2024"],
    ["quarter", "2025-01-01", "2025-01-01", "2025-03-31", "Q1 2025"],
    ["school-year", "2024-08-31", "2023-09-01", "2024-08-31", "the 2023/24 school year"],
    ["school-year", "2024-09-01", "2024-09-01", "2025-08-31", "the 2024/25 school year"],
    ["financial-year", "2025-03-31", "2024-04-01", "2025-03-31", "the 2024/25 financial year"],
    ["financial-year", "2025-04-01", "2025-04-01", "2026-03-31", "the 2025/26 financial year"],
    ["month", "2024-02-29", "2024-02-01", "2024-02-29", "Feb 2024"],
    ["month", "2024-03-01", "2024-03-01", "2024-03-31", "Mar 2024"],
    ["year", "2024-12-31", "2024-01-01", "2024-12-31", "2024"],
    ["year", "2025-01-01", "2025-01-01", "2025-12-31", "2025"],
  ])("%s containing %s runs %s to %s (%s)", (period, iso, start, end, label) => {
    expect(periodContaining(period, iso)).toEqual({ ...days(start, end), label });
  });
});

describe("cycles the register states (issue 12.3): first and last day of each", () => {
  const days = (start: string, end: string) => ({ startDay: dayNumber(start), endDay: dayNumber(end) });

  it.each<[Period, number, string, string, string, string]>([
    ["year", 7, "2023-06-30", "2022-07-01", "2023-06-30", "the year Jul 2022 – Jun 2023"],
    ["year", 7, "2023-07-01", "2023-07-01", "2024-06-30", "the year Jul 2023 – Jun 2024"],
    ["year", 7, "2024-06-30", "2023-07-01", "2024-06-30", "the year Jul 2023 – Jun 2024"],
    ["year", 7, "2024-01-01", "2023-07-01", "2024-06-30", "the year Jul 2023 – Jun 2024"],
    ["year", 12, "2023-11-30", "2022-12-01", "2023-11-30", "the year Dec 2022 – Nov 2023"],
    ["year", 12, "2023-12-01", "2023-12-01", "2024-11-30", "the year Dec 2023 – Nov 2024"],
    ["year", 2, "2024-01-31", "2023-02-01", "2024-01-31", "the year Feb 2023 – Jan 2024"],
    ["year", 1, "2024-01-01", "2024-01-01", "2024-12-31", "2024"],
    ["quarter", 2, "2024-01-31", "2023-11-01", "2024-01-31", "the quarter Nov 2023 – Jan 2024"],
    ["quarter", 2, "2024-02-01", "2024-02-01", "2024-04-30", "the quarter Feb 2024 – Apr 2024"],
    ["quarter", 2, "2024-04-30", "2024-02-01", "2024-04-30", "the quarter Feb 2024 – Apr 2024"],
    ["quarter", 3, "2024-12-31", "2024-12-01", "2025-02-28", "the quarter Dec 2024 – Feb 2025"],
    ["quarter", 3, "2025-03-01", "2025-03-01", "2025-05-31", "the quarter Mar 2025 – May 2025"],
    ["quarter", 4, "2024-04-01", "2024-04-01", "2024-06-30", "Q2 2024"],
    ["quarter", 7, "2024-09-30", "2024-07-01", "2024-09-30", "Q3 2024"],
    ["quarter", 10, "2024-10-01", "2024-10-01", "2024-12-31", "Q4 2024"],
  ])("%s cycles from month %i: %s lies in %s to %s (%s)", (period, firstMonth, iso, start, end, label) => {
    expect(periodContaining(period, iso, firstMonth)).toEqual({ ...days(start, end), label });
  });

  it("2022-F-6 follows July-to-June years, and its reason names the cycle", () => {
    // Cycle 1 Jul 2023 – 30 Jun 2024 (366 days); as at 31 Dec 2023, 184 days: 12 × 184/366 = 6.03 expected,
    // allowance 1.2, so 3 courses is off track. Judged by calendar years all 12 would be due that day.
    const [result] = validateProgress(loadSeed(2022), [entry("2022-F-6", { actual: "3; 250" })], {
      asAt: "2023-12-31",
    });
    expect(result.status).toBe("off-track");
    expect(result.parts[0].expected).toBe(6.03);
    expect(result.reasons[0]).toBe(
      "(1) training courses: 3 of 12 training courses in the year Jul 2023 – Jun 2024 as at 31 Dec 2023; about 6 expected by now (12 each year from July)",
    );
  });

  it("on the cycle's first day little is due; on its last day all of it", () => {
    const [first] = validateProgress(loadSeed(2022), [entry("2022-F-6", { actual: "0; 0" })], {
      asAt: "2023-07-01",
    });
    expect(first.parts.map((p) => p.expected)).toEqual([0.03, 0.66]);
    const [last] = validateProgress(loadSeed(2022), [entry("2022-F-6", { actual: "10; 250" })], {
      asAt: "2024-06-30",
    });
    expect(last.parts.map((p) => p.expected)).toEqual([12, 240]);
    expect(last.parts[0].status).toBe("off-track");
  });
});
