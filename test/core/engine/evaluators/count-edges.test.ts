/**
 * The straight line's edges (counts, and the verdict shared with stages and percentages): the deadline day
 * with nothing or too little entered, completion dates around the deadline, and the floating-point slack.
 */
import { EPSILON, judgeIncrease } from "../../../../src/core/engine/expected";
import type { Target } from "../../../../src/core/register/schema";
import { deadline, judgeOne } from "../fixtures";

const visits: Target = {
  kind: "count",
  unit: "visits",
  quantity: 100,
  deadline: deadline("2024-01-01", "2024-06-30", "by mid-2024"),
};

describe("the deadline day belongs to the deadline", () => {
  test("nothing entered on the deadline day is not reported yet; the day after it is overdue", () => {
    const onTheDay = judgeOne(visits, "2024-06-30");
    expect(onTheDay.status).toBe("not-reported");
    expect(onTheDay.reasons).toEqual([
      "Actual not entered; 100 visits expected by now (deadline 30 Jun 2024)",
    ]);
    const after = judgeOne(visits, "2024-07-01");
    expect(after.status).toBe("overdue");
    expect(after.reasons).toEqual([
      "Actual not entered and the deadline 30 Jun 2024 has passed (target 100 visits)",
    ]);
  });

  test("too little on the deadline day is behind the line, not yet past the deadline", () => {
    // All 100 expected today; allowance 10: 89 is off track.
    const result = judgeOne(visits, "2024-06-30", { actual: 89 });
    expect(result.status).toBe("off-track");
    expect(result.reasons).toEqual([
      "89 of 100 visits as at 30 Jun 2024; 100 expected by now (deadline 30 Jun 2024)",
    ]);
  });
});

describe("when the target was reached", () => {
  test("no Completed on date, or the deadline day itself, is not late", () => {
    expect(judgeOne(visits, "2024-05-01", { actual: 100 }).reasons).toEqual([]);
    const onTheDay = judgeOne(visits, "2024-07-05", { actual: 100, completedOn: "2024-06-30" });
    expect(onTheDay.status).toBe("completed");
    expect(onTheDay.reasons).toEqual([]);
  });

  test("a Completed on date after the deadline is late", () => {
    const late = judgeOne(visits, "2024-07-05", { actual: 100, completedOn: "2024-07-02" });
    expect(late.status).toBe("completed");
    expect(late.reasons).toEqual(["completed late: on 2 Jul 2024, after the deadline 30 Jun 2024"]);
  });
});

describe("the slack in the line's verdict (figures computed by formulas)", () => {
  test("'by 50' is met by a figure short of 50 by exactly the slack", () => {
    expect(judgeIncrease(50 - EPSILON, 0, 50, 50, true, 0.1, false)).toBe("met");
  });

  test("'by more than 50' is not met by a figure over 50 by only the slack", () => {
    expect(judgeIncrease(50 + EPSILON, 0, 50, 50, false, 0.1, true)).toBe("on-course");
  });

  test("a figure below the line by exactly the slack is on course; any further is behind", () => {
    // No tolerance: 40 expected today on the line from 0 to 50.
    expect(judgeIncrease(40 - EPSILON, 0, 50, 40, false, 0, false)).toBe("on-course");
    expect(judgeIncrease(39.99, 0, 50, 40, false, 0, false)).toBe("behind");
  });
});
