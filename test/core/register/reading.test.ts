import { describeReading } from "../../../src/core/register/reading";
import type { Target } from "../../../src/core/register/schema";

const by = (end: string, start = "2023-10-25") => ({ text: `by ${end}`, start, end });

describe("describeReading: each target kind in plain words", () => {
  it.each([
    [
      { kind: "count", unit: "proactive inspections", quantity: 750, deadline: by("2024-12-31") },
      "count: 750 proactive inspections by 31 Dec 2024",
    ],
    [
      { kind: "count", unit: "members", quantity: 800, baseline: 300, deadline: by("2024-08-31") },
      "count: members from 300 to 800 by 31 Aug 2024",
    ],
    [
      {
        kind: "staged",
        unit: "membership",
        baseline: 400,
        approximate: true,
        stages: [
          { quantity: 500, deadline: by("2023-12-31") },
          { quantity: 600, deadline: by("2024-12-31", "2024-01-01") },
        ],
      },
      "staged: membership from about 400 to 500 by 31 Dec 2023, then 600 by 31 Dec 2024",
    ],
    [
      {
        kind: "percentage-change",
        unit: "active members",
        direction: "increase",
        percent: 5,
        deadline: by("2023-12-31"),
      },
      "percentage change: increase active members by 5% by 31 Dec 2023",
    ],
    [
      {
        kind: "percentage-change",
        unit: "reporting time",
        direction: "decrease",
        percent: 50,
        strict: true,
        deadline: by("2022-12-31"),
      },
      "percentage change: decrease reporting time by more than 50% by 31 Dec 2022",
    ],
    [
      { kind: "reduction", unit: "months", from: 7, to: 4, approximate: true, deadline: by("2024-10-24") },
      "reduction: months from 7 down to about 4 by 24 Oct 2024",
    ],
    [
      {
        kind: "recurring",
        unit: "primary schools",
        quantity: 10,
        period: "month",
        aggregate: "average",
        window: { text: "in the 2023/24 school year", start: "2023-09-01", end: "2024-08-31" },
      },
      "recurring: on average 10 primary schools per month from 1 Sep 2023 to 31 Aug 2024",
    ],
    [
      {
        kind: "recurring",
        unit: "appeal cases",
        quantity: 3000,
        period: "year",
        aggregate: "total",
        window: { text: "each year starting from 2023", start: "2023-01-01" },
      },
      "recurring: at least 3 000 appeal cases per year from 1 Jan 2023",
    ],
    [
      {
        kind: "level",
        unit: "% of applications within 4 weeks",
        comparison: "at-least",
        level: 95,
        window: { text: "no date stated", start: "2025-09-17" },
      },
      "level: at least 95% of applications within 4 weeks from 17 Sep 2025",
    ],
    [
      {
        kind: "level",
        unit: "pending claims",
        comparison: "below",
        level: 700,
        window: by("2026-12-31", "2025-09-17"),
      },
      "level: below 700 pending claims from 17 Sep 2025 to 31 Dec 2026",
    ],
    [{ kind: "milestone", deadline: by("2024-03-31", "2024-01-01") }, "milestone by 31 Mar 2024"],
    [{ kind: "ongoing" }, "ongoing: no figure or date to track"],
  ] as Array<[Target, string]>)("%j", (target, words) => {
    expect(describeReading(target)).toBe(words);
  });
});
