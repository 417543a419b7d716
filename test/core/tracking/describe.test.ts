import type { Target } from "../../../src/core/register/schema";
import { describeTarget, finalDeadline, formatQuantity } from "../../../src/core/tracking/describe";

const deadline = { text: "by end-2024", start: "2023-10-25", end: "2024-12-31" };
const window = { text: "in 2024", start: "2024-01-01", end: "2024-12-31" };

describe("the Target column's wording", () => {
  it("groups every three digits of a quantity, not only the last three", () => {
    expect(formatQuantity(1234567)).toBe("1 234 567");
  });

  it("gives each stage of a staged target with its deadline", () => {
    const staged: Target = {
      kind: "staged",
      unit: "members",
      baseline: 400,
      approximate: true,
      stages: [
        { quantity: 500, deadline: { text: "by end-2023", start: "2023-10-25", end: "2023-12-31" } },
        { quantity: 600, deadline },
      ],
    };
    expect(describeTarget(staged)).toBe(
      "members: from about 400 to 500 by 2023-12-31, then 600 by 2024-12-31",
    );
  });

  it("signs a percentage change by its direction", () => {
    const change: Target = {
      kind: "percentage-change",
      unit: "active members",
      direction: "increase",
      percent: 10,
      deadline,
    };
    expect(describeTarget(change)).toBe("+10% active members");
  });

  it("says when a recurring target counts on average and from which month its cycles start", () => {
    const recurring: Target = {
      kind: "recurring",
      unit: "inspections",
      quantity: 3000,
      period: "year",
      aggregate: "average",
      firstMonth: 7,
      window,
    };
    expect(describeTarget(recurring)).toBe("3 000 inspections per year (cycles from July) on average");
    expect(describeTarget({ ...recurring, aggregate: "total", firstMonth: undefined })).toBe(
      "3 000 inspections per year",
    );
  });

  it("words a level by its comparison, with no space before a per cent unit", () => {
    const level = (comparison: "at-least" | "at-most" | "below", value: number, unit: string): Target => ({
      kind: "level",
      unit,
      comparison,
      level: value,
      window,
    });
    expect(describeTarget(level("at-least", 95, "% of applications within 4 weeks"))).toBe(
      "at least 95% of applications within 4 weeks",
    );
    expect(describeTarget(level("at-most", 5, "% of cases"))).toBe("at most 5% of cases");
    expect(describeTarget(level("below", 700, "cases"))).toBe("below 700 cases");
  });
});

describe("the Deadline column", () => {
  it("is a count target's deadline", () => {
    expect(finalDeadline([{ kind: "count", unit: "talks", quantity: 10, deadline }])).toBe("2024-12-31");
  });

  it("is the end of a level's or a recurring target's window, and none for a standing pledge", () => {
    const level: Target = { kind: "level", unit: "cases", comparison: "below", level: 700, window };
    const recurring: Target = {
      kind: "recurring",
      unit: "drills",
      quantity: 2,
      period: "quarter",
      aggregate: "total",
      window: { text: "in 2025", start: "2025-01-01", end: "2025-12-31" },
    };
    expect(finalDeadline([level])).toBe("2024-12-31");
    expect(finalDeadline([recurring])).toBe("2025-12-31");
    expect(finalDeadline([{ ...level, window: { text: "from 2024", start: "2024-01-01" } }])).toBeNull();
  });

  it("is the latest of several targets' deadlines, whichever target comes first", () => {
    const milestone = (end: string): Target => ({
      kind: "milestone",
      deadline: { text: `by ${end}`, start: "2023-10-25", end },
    });
    expect(finalDeadline([milestone("2025-06-30"), milestone("2024-03-31"), milestone("2024-12-31")])).toBe(
      "2025-06-30",
    );
  });
});
