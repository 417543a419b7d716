/** Levels on their edges: the floating-point slack around the level, and the window's first day. */
import { meetsLevel } from "../../../../src/core/engine/evaluators/level";
import { EPSILON } from "../../../../src/core/engine/expected";
import type { LevelTarget } from "../../../../src/core/register/schema";
import { judgeOne } from "../fixtures";

// "Process 95% of visa applications within 4 weeks in 2026."
const visas: LevelTarget = {
  kind: "level",
  unit: "% of visa applications within 4 weeks",
  comparison: "at-least",
  level: 95,
  window: { text: "in 2026", start: "2026-01-01", end: "2026-12-31" },
};
const reoffending: LevelTarget = { ...visas, unit: "% (reoffending rate)", comparison: "at-most", level: 5 };
const pendingClaims: LevelTarget = { ...visas, unit: "pending claims", comparison: "below", level: 700 };

describe("the slack around a level (figures computed by formulas)", () => {
  test("'at least' and 'at most' are met by a figure off the level by exactly the slack", () => {
    expect(meetsLevel(visas, 95 - EPSILON)).toBe(true);
    expect(meetsLevel(reoffending, 5 + EPSILON)).toBe(true);
  });

  test("'below' is not met by a figure under the level by only the slack", () => {
    expect(meetsLevel(pendingClaims, 700 - EPSILON)).toBe(false);
    expect(meetsLevel(pendingClaims, 699)).toBe(true);
  });
});

describe("the window's first day", () => {
  test("the level applies from its first day: a figure short of it is off track", () => {
    const result = judgeOne(visas, "2026-01-01", { actual: "90%" });
    expect(result.status).toBe("off-track");
  });

  test("nothing entered on the first day: the level is expected, not 'nothing due yet'", () => {
    expect(judgeOne(visas, "2026-01-01").reasons).toEqual([
      "Actual not entered; at least 95% of visa applications within 4 weeks expected",
    ]);
  });

  test("before the window opens, a row with only a narrative is on track", () => {
    const result = judgeOne(visas, "2025-12-01", { latestProgress: "Preparations under way." });
    expect(result.status).toBe("on-track");
    expect(result.reasons).toEqual([]);
  });
});
