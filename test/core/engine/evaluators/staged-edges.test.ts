/**
 * Staged targets on their edges: the final figure reached exactly, a stage's deadline day, the day a stage
 * takes over from the previous one, and stages that repeat or lower an earlier stage's figure.
 * Expected figures and reasons are worked out by hand in the comments.
 */
import { EPSILON } from "../../../../src/core/engine/expected";
import type { Target } from "../../../../src/core/register/schema";
import { IDYL_MEMBERS as idyl, deadline, judgeOne } from "../fixtures";

describe("reaching the final stage's figure", () => {
  test("exactly the final figure while the first stage is in force completes the KPI", () => {
    const result = judgeOne(idyl, "2022-09-30", { actual: 600 });
    expect(result.status).toBe("completed");
    expect(result.expected).toBe(600);
    expect(result.expectedText).toBe("600 members");
    expect(result.reasons).toEqual([]);
  });

  test("completed with no Completed on date, or on the final deadline day, is not late", () => {
    expect(judgeOne(idyl, "2023-09-30", { actual: 600 }).reasons).toEqual([]);
    const onTheDay = judgeOne(idyl, "2026-01-10", { actual: 600, completedOn: "2025-12-31" });
    expect(onTheDay.status).toBe("completed");
    expect(onTheDay.reasons).toEqual([]);
  });

  test("completed after the final deadline says so", () => {
    const late = judgeOne(idyl, "2026-01-10", { actual: 610, completedOn: "2026-01-05" });
    expect(late.status).toBe("completed");
    expect(late.reasons).toEqual(["completed late: on 5 Jan 2026, after the deadline 31 Dec 2025"]);
  });

  test("a final figure short only by floating-point slack (a summing formula) completes the KPI", () => {
    // 600 - EPSILON / 2 is below 600, so the final stage's own line judges it: met within the slack.
    const result = judgeOne(idyl, "2023-09-30", { actual: 600 - EPSILON / 2 });
    expect(result.status).toBe("completed");
  });
});

/** Members from `baseline`, each stage `[quantity, start, deadline]`. */
function stagedMembers(baseline: number, stages: Array<[number, string, string]>): Target {
  const deadlines = stages.map(([quantity, start, end]) => ({ quantity, deadline: deadline(start, end) }));
  return { kind: "staged", unit: "members", baseline, stages: deadlines };
}

/** 400 members by end-2022, then `second` by end-2023, then 600 by end-2025. */
function threeStages(second: number): Target {
  return stagedMembers(250, [
    [400, "2022-07-01", "2022-12-31"],
    [second, "2022-07-01", "2023-12-31"],
    [600, "2022-07-01", "2025-12-31"],
  ]);
}

describe("missed stages", () => {
  test("after every deadline the final stage is the one missed, with no final-target note", () => {
    const result = judgeOne(idyl, "2026-01-10", { actual: 380 });
    expect(result.status).toBe("overdue");
    expect(result.expected).toBe(600);
    expect(result.reasons).toEqual([
      "380 of 600 members as at 10 Jan 2026; the stage deadline 31 Dec 2025 has passed",
    ]);
  });

  test("of two passed stages asking the same figure, the earlier deadline is the one missed", () => {
    const repeated = threeStages(400);
    expect(judgeOne(repeated, "2024-03-31", { actual: 380 }).reasons).toEqual([
      "380 of 400 members as at 31 Mar 2024; the stage deadline 31 Dec 2022 has passed (final target 600 by 31 Dec 2025)",
    ]);
  });

  test("a later stage asking for less does not excuse an earlier stage missed", () => {
    const lowered = threeStages(300);
    // 350 meets the passed stage of 300 but not the passed stage of 400.
    const result = judgeOne(lowered, "2024-03-31", { actual: 350 });
    expect(result.status).toBe("overdue");
    expect(result.reasons).toEqual([
      "350 of 400 members as at 31 Mar 2024; the stage deadline 31 Dec 2022 has passed (final target 600 by 31 Dec 2025)",
    ]);
  });
});

describe("the stage in force", () => {
  test("on a stage's deadline day that stage is still in force", () => {
    // Line 250 -> 400 ends today: 400 expected, allowance 10% of 150 = 15, so 382 < 385 is off track.
    // (Were the next stage in force: 400 -> 600 not yet started, 400 expected, allowance 20: on track.)
    const result = judgeOne(idyl, "2022-12-31", { actual: 382 });
    expect(result.status).toBe("off-track");
    expect(result.reasons).toEqual([
      "382 of 400 members for the stage due 31 Dec 2022 as at 31 Dec 2022; 400 expected by now (deadline 31 Dec 2022)",
    ]);
  });

  test("the next stage's line starts the day after the previous stage's deadline", () => {
    const short = stagedMembers(0, [
      [10, "2024-01-01", "2024-01-10"],
      [20, "2024-01-01", "2024-01-20"],
    ]);
    // Second stage: 11 to 20 January, 10 days. As at 11 January, day 1 of 10: 10 + 10 × 1/10 = 11.
    const result = judgeOne(short, "2024-01-11", { actual: 11 });
    expect(result.expected).toBe(11);
    expect(result.expectedText).toBe("about 11 members");
    expect(result.status).toBe("on-track");
  });

  test("exactly reaching an intermediate stage is on track, even a stage below the baseline", () => {
    const dipFirst = stagedMembers(500, [
      [400, "2024-01-01", "2024-12-31"],
      [600, "2024-01-01", "2025-12-31"],
    ]);
    // 1 July 2024 is day 183 of 366: the line 500 -> 400 is at 450. 400 reaches the stage: met, not behind.
    const result = judgeOne(dipFirst, "2024-07-01", { actual: 400 });
    expect(result.expected).toBe(450);
    expect(result.status).toBe("on-track");
    expect(result.reasons).toEqual([]);
  });
});
