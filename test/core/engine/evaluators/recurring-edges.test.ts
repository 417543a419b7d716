/** Recurring targets on their edges: nothing entered, the slack at the period's target, and before the window. */
import { EPSILON } from "../../../../src/core/engine/expected";
import { APPEALS_EACH_YEAR as appeals, SCHOOLS_A_MONTH as schools, judgeOne } from "../fixtures";

describe("nothing entered in Actual", () => {
  test("while the period runs: the pro-rated figure is expected", () => {
    // 273 of 365 days of 2023: 3 000 × 273/365 = 2 243.8.
    const result = judgeOne(appeals, "2023-09-30");
    expect(result.status).toBe("not-reported");
    expect(result.reasons).toEqual([
      "Actual not entered; about 2 244 appeal cases expected in 2023 by now (3 000 each year)",
    ]);
  });

  test("after the window: overdue, naming the last period's end", () => {
    const result = judgeOne(schools, "2024-09-10");
    expect(result.status).toBe("overdue");
    expect(result.reasons).toEqual(["Actual not entered and the target period ended on 31 Aug 2024"]);
  });
});

describe("the slack (figures computed by formulas)", () => {
  test("a figure short of the period's target by exactly the slack meets it", () => {
    expect(judgeOne(appeals, "2023-09-30", { actual: 3000 - EPSILON }).status).toBe("completed");
  });

  test("a figure exactly the allowance (and the slack) below the line is still on track", () => {
    // On 31 December the whole 3 000 is expected; allowance 10% of 3 000 = 300.
    expect(judgeOne(appeals, "2023-12-31", { actual: 3000 - 0.1 * 3000 - EPSILON }).status).toBe("on-track");
    expect(judgeOne(appeals, "2023-12-31", { actual: 2699 }).status).toBe("off-track");
  });
});

test("before the window opens, a row with only a narrative is on track", () => {
  const result = judgeOne(appeals, "2022-12-01", { latestProgress: "Case officers recruited." });
  expect(result.status).toBe("on-track");
  expect(result.reasons).toEqual([]);
});
