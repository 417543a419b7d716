import { validateKpi, validateProgress } from "../../../src/core/engine/validate-progress";
import type { Target } from "../../../src/core/register/schema";
import { INSPECTIONS, TRAINING_SESSIONS, deadline, entry, kpi, register } from "./fixtures";

const AS_AT = { asAt: "2024-10-31" };
const inspections = kpi("2024-E-1", [INSPECTIONS]);
const ONGOING: Target = { kind: "ongoing" };
const MID_2024: Target = { kind: "milestone", deadline: deadline("2024-01-01", "2024-06-30", "by mid-2024") };
/** 750 inspections by end-2024, plus ongoing work that has nothing to count. */
const inspectionsAndOngoing = kpi("2024-G-1", [INSPECTIONS, ONGOING]);
const BY_END_2022 = { quantity: 400, deadline: deadline("2022-01-01", "2022-12-31", "by end-2022") };
const BY_END_2025 = { quantity: 600, deadline: deadline("2023-01-01", "2025-12-31", "by end-2025") };
/** From 200 members to 400 by end-2022, and then to 600 by end-2025. */
const members = (stages: Array<typeof BY_END_2022>): Target => ({
  kind: "staged",
  unit: "members",
  baseline: 200,
  stages,
});

describe("the tolerance option", () => {
  test.each([Number.NaN, -0.1, 1.5])(
    "a tolerance of %p is refused before any entry is judged",
    (tolerance) => {
      expect(() =>
        validateKpi(inspections, entry("2024-E-1", { actual: 700 }), { ...AS_AT, tolerance }),
      ).toThrow(RangeError);
    },
  );

  test("a tolerance of exactly 1 is allowed: a KPI behind its line by less than the whole target is on track", () => {
    // About 625 of 750 expected on 31 Oct; the allowance is 1 x 750, so 100 (525 behind) is still on course.
    const result = validateKpi(inspections, entry("2024-E-1", { actual: 100 }), { ...AS_AT, tolerance: 1 });
    expect(result.status).toBe("on-track");
  });
});

describe("the KPI ID as typed", () => {
  // A space typed before or after the ID (also the full-width space of a Chinese keyboard) still finds the KPI.
  test.each([" 2024-E-1", "2024-E-1 ", "\u30002024-E-1", "2024-E-1\u3000", "\t2024-E-1\t"])(
    "%p finds KPI 2024-E-1",
    (kpiId) => {
      const [result] = validateProgress(register([inspections]), [entry(kpiId, { actual: 700 })], AS_AT);
      expect(result).toMatchObject({
        kpiId,
        status: "on-track",
        expectedText: "about 625 proactive inspections",
      });
    },
  );

  test("an ID of spaces only is reported as empty, not as an unknown KPI", () => {
    const [result] = validateProgress(register([inspections]), [entry("   ", { actual: 700 })], AS_AT);
    expect(result.status).toBe("invalid");
    expect(result.reasons).toEqual(["KPI ID: empty — copy the ID from the register, e.g. 2023-E-1"]);
  });
});

describe("a KPI with a counted target and ongoing work", () => {
  test.each([
    {
      // 700 of 750: the claim of completion is contradicted, and the bare "needs-review" of the part is not repeated.
      reportedStatus: "Task completed.",
      status: "needs-review",
      reasons: [
        '(1) proactive inspections: Reported status "Task completed." but Actual 700 is below the target of 750 proactive inspections',
        "(2) ongoing work: completed",
      ],
    },
    {
      // The ongoing part's own phrase is heard when it is given.
      reportedStatus: "Task delayed.",
      status: "off-track",
      reasons: ["(1) proactive inspections: on track", '(2) ongoing work: reported as "Task delayed."'],
    },
  ])("700 inspections reported $reportedStatus: $status", ({ reportedStatus, status, reasons }) => {
    const result = validateKpi(
      inspectionsAndOngoing,
      entry("2024-G-1", { actual: 700, reportedStatus }),
      AS_AT,
    );
    expect(result.status).toBe(status);
    expect(result.reasons).toEqual(reasons);
  });

  test("the Expected column leaves out the ongoing part, which has no figure", () => {
    const result = validateKpi(inspectionsAndOngoing, entry("2024-G-1", { actual: 700 }), AS_AT);
    expect(result.expectedText).toBe("about 625");
  });
});

describe("reported phrases on targets that cannot fall short", () => {
  test('ongoing work reported "Task completed." is completed, not in need of review', () => {
    const result = validateKpi(
      kpi("2024-A-1", [ONGOING]),
      entry("2024-A-1", { reportedStatus: "Task completed." }),
      AS_AT,
    );
    expect(result.status).toBe("completed");
    expect(result.reasons).toEqual([]);
  });
});

describe("the Expected column", () => {
  test("a milestone shows its deadline and ongoing work shows nothing, with no unit after either", () => {
    const results = validateProgress(
      register([kpi("2024-F-1", [MID_2024]), kpi("2024-A-1", [ONGOING])]),
      [entry("2024-F-1"), entry("2024-A-1")],
      AS_AT,
    );
    expect(results.map((r) => r.expectedText)).toEqual(["by 30 Jun 2024", ""]);
  });

  test("a percentage part among several keeps its per cent sign", () => {
    const activeMembers: Target = {
      kind: "percentage-change",
      unit: "active members",
      direction: "increase",
      percent: 50,
      deadline: deadline("2024-01-01", "2024-12-31"),
    };
    // 50% over 2024: 10/12 of the way on 31 Oct, about 42%; 750 inspections: about 625.
    const result = validateKpi(
      kpi("2024-P-1", [activeMembers, INSPECTIONS]),
      entry("2024-P-1", { actual: "45; 700" }),
      AS_AT,
    );
    expect(result.expectedText).toBe("about 42%; about 625");
  });

  test("rows of one staged KPI each show the figure their own verdict used", () => {
    const results = validateProgress(
      // The stages listed out of order on purpose.
      register([kpi("2024-S-1", [members([BY_END_2025, BY_END_2022])])]),
      [
        entry("2024-S-1", { actual: 300 }),
        entry("2024-S-1", { actual: 600 }),
        entry("2024-S-1", { actual: 300 }),
      ],
      AS_AT,
    );
    // 300 misses the end-2022 stage of 400; 600 meets the final stage.
    expect(results.map((r) => r.expectedText)).toEqual(["400 members", "600 members", "400 members"]);
    expect(results.map((r) => r.status)).toEqual(["overdue", "completed", "overdue"]);
  });

  test("a shortfall on the final stage names no stage due date, only the deadline", () => {
    // The line runs from 400 on 31 Dec 2022 to 600 on 31 Dec 2025 (1 096 days); 31 Oct 2024 is day 670,
    // so 400 + 200 x 670 / 1 096 = about 522 are expected, and 450 is more than the 20 allowed behind.
    const result = validateKpi(
      kpi("2024-S-1", [members([BY_END_2022, BY_END_2025])]),
      entry("2024-S-1", { actual: 450 }),
      AS_AT,
    );
    expect(result.status).toBe("off-track");
    expect(result.reasons).toEqual([
      "450 of 600 members as at 31 Oct 2024; about 522 expected by now (deadline 31 Dec 2025)",
    ]);
  });
});

describe("two targets sharing one ID", () => {
  test("each part of TRAINING_SESSIONS is named in its reason", () => {
    const result = validateKpi(
      kpi("2024-D-1", TRAINING_SESSIONS),
      entry("2024-D-1", { actual: "90; 250" }),
      AS_AT,
    );
    expect(result.reasons).toEqual(["(1) tertiary sessions: on track", "(2) public sessions: completed"]);
  });
});
