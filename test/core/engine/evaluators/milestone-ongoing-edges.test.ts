/** Milestones completed on the deadline day, and the reasons ongoing targets take from the phrase. */
import type { Target } from "../../../../src/core/register/schema";
import { deadline, judgeOne } from "../fixtures";

test("a milestone completed on its deadline day is not late", () => {
  const milestone: Target = { kind: "milestone", deadline: deadline("2024-01-01", "2024-06-30") };
  const result = judgeOne(milestone, "2024-07-01", { completedOn: "2024-06-30" });
  expect(result.status).toBe("completed");
  expect(result.reasons).toEqual([]);
});

describe("an ongoing target gives a reason only when reported delayed", () => {
  const ongoing: Target = { kind: "ongoing" };

  test.each(["Task on track.", "Working towards the target.", "Task completed."])(
    "%s: no reason",
    (phrase) => {
      expect(judgeOne(ongoing, "2024-06-30", { reportedStatus: phrase }).reasons).toEqual([]);
    },
  );

  test("Task delayed.: off track, and the reason quotes the phrase", () => {
    const result = judgeOne(ongoing, "2024-06-30", { reportedStatus: "Task delayed." });
    expect(result.status).toBe("off-track");
    expect(result.reasons).toEqual(['reported as "Task delayed."']);
  });
});
