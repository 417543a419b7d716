import { REPORTED_STATUS_PHRASES } from "../../../src/core/engine/phrases";
import { STATUSES } from "../../../src/core/vocabulary";
import { validateKpi, validateProgress } from "../../../src/core/engine/validate-progress";
import type { Target } from "../../../src/core/register/schema";
import { INSPECTIONS, TRAINING_SESSIONS, deadline, entry, kpi, register } from "./fixtures";

const AS_AT = { asAt: "2024-10-31" };
const inspections = kpi("2024-E-1", [INSPECTIONS]);
const MILESTONE: Target = {
  kind: "milestone",
  deadline: deadline("2024-01-01", "2024-06-30", "by mid-2024"),
};
const ONGOING: Target = { kind: "ongoing" };
const milestoneKpi = kpi("2024-F-1", [MILESTONE]);
const ongoingKpi = kpi("2024-A-1", [ONGOING]);
const twoCounts = kpi("2024-D-1", TRAINING_SESSIONS);

describe("invalid", () => {
  test("an Actual that is not a number names the field and the fix", () => {
    const result = validateKpi(inspections, entry("2024-E-1", { actual: "seven hundred" }), AS_AT);
    expect(result.status).toBe("invalid");
    expect(result.reasons).toEqual(['Actual: "seven hundred" is not a number — write digits, e.g. 700']);
    expect(result.proposedPhrase).toBe("To be confirmed.");
  });

  test("a KPI id that is not in the register", () => {
    const [result] = validateProgress(register([inspections]), [entry("2024-Z-9", { actual: 5 })], AS_AT);
    expect(result).toMatchObject({ kpiId: "2024-Z-9", status: "invalid", parts: [] });
    expect(result.reasons[0]).toContain('"2024-Z-9" is not in the register');
  });

  test("an impossible Completed on date, and one after the as-at date", () => {
    const bad = validateKpi(milestoneKpi, entry("2024-F-1", { completedOn: "31/4/2024" }), AS_AT);
    expect(bad.status).toBe("invalid");
    expect(bad.reasons[0]).toBe('Completed on: "31/4/2024" is not a real date: April 2024 has 30 days');
    const future = validateKpi(milestoneKpi, entry("2024-F-1", { completedOn: "2024-11-02" }), AS_AT);
    expect(future.status).toBe("invalid");
    expect(future.reasons[0]).toContain("after the as-at date 31 October 2024");
  });

  test("a reported status that is not one of the allowed phrases", () => {
    const result = validateKpi(ongoingKpi, entry("2024-A-1", { reportedStatus: "done-ish" }), AS_AT);
    expect(result.status).toBe("invalid");
    expect(result.reasons[0]).toContain('Reported status: "done-ish" is not one of the allowed phrases');
    for (const phrase of REPORTED_STATUS_PHRASES) expect(result.reasons[0]).toContain(phrase);
  });

  test("the wrong number of ';'-separated values names the order", () => {
    const result = validateKpi(twoCounts, entry("2024-D-1", { actual: "50" }), AS_AT);
    expect(result.status).toBe("invalid");
    expect(result.reasons[0]).toBe(
      'Actual: 2 values separated by ";" in the order of the Target column: (1) tertiary sessions; (2) public sessions — got 1',
    );
  });

  test("a bad value among several names its part", () => {
    const result = validateKpi(twoCounts, entry("2024-D-1", { actual: "50; lots" }), AS_AT);
    expect(result.reasons).toEqual([
      'Actual (2) public sessions: "lots" is not a number — write digits, e.g. 1 572',
    ]);
  });

  test("a figure for a KPI that has no numeric target", () => {
    const result = validateKpi(milestoneKpi, entry("2024-F-1", { actual: "3" }), AS_AT);
    expect(result.status).toBe("invalid");
    expect(result.reasons[0]).toContain("no numeric target");
  });

  test("a percentage for a target that counts things", () => {
    const result = validateKpi(inspections, entry("2024-E-1", { actual: "25%" }), AS_AT);
    expect(result.status).toBe("invalid");
    expect(result.reasons[0]).toContain("is a percentage");
  });

  test("invalid wins over every other status", () => {
    const result = validateKpi(
      inspections,
      entry("2024-E-1", { actual: "=A1+1", reportedStatus: "Task completed." }),
      { asAt: "2025-06-30" },
    );
    expect(result.status).toBe("invalid");
  });
});

describe("needs-review", () => {
  test("reported completed while Actual is below target", () => {
    const result = validateKpi(
      inspections,
      entry("2024-E-1", { actual: 700, reportedStatus: "Task completed." }),
      AS_AT,
    );
    expect(result.status).toBe("needs-review");
    expect(result.reasons[0]).toBe(
      'Reported status "Task completed." but Actual 700 is below the target of 750 proactive inspections',
    );
  });

  test("reported completed milestone with no completion date", () => {
    const result = validateKpi(milestoneKpi, entry("2024-F-1", { reportedStatus: "task completed" }), {
      asAt: "2024-03-01",
    });
    expect(result.status).toBe("needs-review");
    expect(result.reasons[0]).toBe('Reported status "Task completed." but Completed on is empty');
  });

  test("needs-review wins over overdue", () => {
    const result = validateKpi(
      inspections,
      entry("2024-E-1", { actual: 700, reportedStatus: "Task completed." }),
      {
        asAt: "2025-01-15",
      },
    );
    expect(result.status).toBe("needs-review");
  });

  test("reported completed and the figures agree is completed", () => {
    const result = validateKpi(
      inspections,
      entry("2024-E-1", { actual: 760, reportedStatus: "Task completed." }),
      AS_AT,
    );
    expect(result.status).toBe("completed");
  });
});

describe("completed", () => {
  test("Actual at or above target", () => {
    expect(validateKpi(inspections, entry("2024-E-1", { actual: 750 }), AS_AT).status).toBe("completed");
    expect(validateKpi(inspections, entry("2024-E-1", { actual: "1,020" }), AS_AT)).toMatchObject({
      status: "completed",
      reasons: [],
      proposedPhrase: "Task completed.",
    });
  });

  test("a milestone with Completed on, on time and late", () => {
    const onTime = validateKpi(milestoneKpi, entry("2024-F-1", { completedOn: "20 March 2024" }), AS_AT);
    expect(onTime).toMatchObject({ status: "completed", reasons: [] });
    const late = validateKpi(milestoneKpi, entry("2024-F-1", { completedOn: 45500 }), AS_AT);
    expect(late.status).toBe("completed");
    expect(late.reasons[0]).toMatch(/^completed late: on 27 Jul 2024, after the deadline 30 Jun 2024$/);
  });

  test("a count target reached after its deadline, with Completed on, is completed late", () => {
    const result = validateKpi(inspections, entry("2024-E-1", { actual: 800, completedOn: "2025-01-20" }), {
      asAt: "2025-02-01",
    });
    expect(result.status).toBe("completed");
    expect(result.reasons[0]).toContain("completed late");
  });
});

describe("overdue", () => {
  test("as-at date past the deadline with the target not met", () => {
    const result = validateKpi(inspections, entry("2024-E-1", { actual: 600 }), { asAt: "2025-01-15" });
    expect(result.status).toBe("overdue");
    expect(result.reasons).toEqual([
      "600 of 750 proactive inspections as at 15 Jan 2025; the deadline 31 Dec 2024 has passed",
    ]);
    expect(result.proposedPhrase).toBe("Task delayed.");
  });

  test("nothing entered and the deadline has passed is overdue, not not-reported", () => {
    expect(validateKpi(inspections, entry("2024-E-1"), { asAt: "2025-01-01" }).status).toBe("overdue");
    expect(validateKpi(milestoneKpi, entry("2024-F-1"), AS_AT).status).toBe("overdue");
  });

  test("on the deadline day itself it is not yet overdue", () => {
    expect(validateKpi(inspections, entry("2024-E-1", { actual: 740 }), { asAt: "2024-12-31" }).status).toBe(
      "on-track",
    );
  });
});

describe("off-track and the tolerance", () => {
  test("behind by more than the tolerance, with the numbers", () => {
    const result = validateKpi(inspections, entry("2024-E-1", { actual: 200 }), AS_AT);
    expect(result.status).toBe("off-track");
    expect(result.reasons).toEqual([
      "200 of 750 proactive inspections as at 31 Oct 2024; about 625 expected by now (deadline 31 Dec 2024)",
    ]);
    expect(result.expected).toBe(625);
    expect(result.actual).toBe(200);
    expect(result.expectedText).toBe("about 625 proactive inspections");
    expect(result.proposedPhrase).toBe("Working towards the target.");
  });

  test("the default tolerance is 10% of the distance from baseline to target (75 here)", () => {
    // expected 625, allowance 75: 550 is the last figure on track
    expect(validateKpi(inspections, entry("2024-E-1", { actual: 550 }), AS_AT).status).toBe("on-track");
    expect(validateKpi(inspections, entry("2024-E-1", { actual: 549 }), AS_AT).status).toBe("off-track");
  });

  test("the tolerance is configurable per run", () => {
    expect(
      validateKpi(inspections, entry("2024-E-1", { actual: 549 }), { ...AS_AT, tolerance: 0.2 }).status,
    ).toBe("on-track");
    expect(
      validateKpi(inspections, entry("2024-E-1", { actual: 620 }), { ...AS_AT, tolerance: 0 }).status,
    ).toBe("off-track");
  });

  test("bad options are programming errors", () => {
    expect(() => validateKpi(inspections, entry("2024-E-1"), { asAt: "2024-02-30" })).toThrow(RangeError);
    expect(() => validateKpi(inspections, entry("2024-E-1"), { ...AS_AT, tolerance: 2 })).toThrow(RangeError);
  });
});

describe("on-track and not-reported", () => {
  test("on track carries no reason", () => {
    expect(validateKpi(inspections, entry("2024-E-1", { actual: "about 600" }), AS_AT)).toMatchObject({
      status: "on-track",
      reasons: [],
      proposedPhrase: "Task on track.",
    });
  });

  test("nothing entered and nothing overdue", () => {
    const result = validateKpi(inspections, entry("2024-E-1"), AS_AT);
    expect(result.status).toBe("not-reported");
    expect(result.reasons).toEqual([
      "Actual not entered; about 625 proactive inspections expected by now (deadline 31 Dec 2024)",
    ]);
    expect(result.proposedPhrase).toBe("Progress to be reported.");
    expect(validateKpi(milestoneKpi, entry("2024-F-1"), { asAt: "2024-03-01" }).status).toBe("not-reported");
  });

  test("a milestone with a narrative but no date yet is on track before its deadline", () => {
    const result = validateKpi(milestoneKpi, entry("2024-F-1", { latestProgress: "Tender awarded." }), {
      asAt: "2024-03-01",
    });
    expect(result.status).toBe("on-track");
  });
});

describe("ongoing KPIs take the reported status", () => {
  test.each([
    ["Task completed.", "completed"],
    ["Task on track.", "on-track"],
    ["Working towards the target.", "on-track"],
    ["Task delayed.", "off-track"],
    ["", "not-reported"],
  ])("%p -> %p", (phrase, status) => {
    const result = validateKpi(
      ongoingKpi,
      entry("2024-A-1", { reportedStatus: phrase, latestProgress: "..." }),
      AS_AT,
    );
    expect(result.status).toBe(status);
  });

  test("never computed off track, even long after the list started", () => {
    const result = validateKpi(ongoingKpi, entry("2024-A-1", { reportedStatus: "Task on track." }), {
      asAt: "2030-01-01",
    });
    expect(result.status).toBe("on-track");
  });
});

describe("several targets take the worst status of their parts", () => {
  test("values in ';' order, the reason names the part", () => {
    const result = validateKpi(twoCounts, entry("2024-D-1", { actual: "50; 190" }), AS_AT);
    expect(result.status).toBe("off-track");
    expect(result.reasons).toEqual([
      "(1) tertiary sessions: 50 of 100 training sessions as at 31 Oct 2024; about 83 expected by now (deadline 31 Dec 2024)",
      "(2) public sessions: on track",
    ]);
    expect(result.parts.map((p) => p.status)).toEqual(["off-track", "on-track"]);
    expect(result.expectedText).toBe("about 83; about 167");
    expect(result.expected).toBeNull();
    expect(result.actual).toBeNull();
  });

  test("completed only when every part is", () => {
    expect(validateKpi(twoCounts, entry("2024-D-1", { actual: "100; 200" }), AS_AT).status).toBe("completed");
    expect(validateKpi(twoCounts, entry("2024-D-1", { actual: "100; 150" }), AS_AT).status).toBe("on-track");
  });

  test("an empty position leaves that part unreported", () => {
    const result = validateKpi(twoCounts, entry("2024-D-1", { actual: "100;" }), AS_AT);
    expect(result.status).toBe("not-reported");
    expect(result.reasons[0]).toBe("(1) tertiary sessions: completed");
    expect(result.reasons[1]).toMatch(/^\(2\) public sessions: Actual not entered/);
  });

  test("a milestone and a count: Completed on goes to the milestone, Actual to the count", () => {
    const mixed = kpi("2024-O-1", [
      MILESTONE,
      { kind: "count", unit: "children", quantity: 100, deadline: deadline("2024-01-01", "2024-12-31") },
    ]);
    expect(
      validateKpi(mixed, entry("2024-O-1", { actual: "more than 150", completedOn: "2024-05-02" }), AS_AT)
        .status,
    ).toBe("completed");
    const overdueMilestone = validateKpi(mixed, entry("2024-O-1", { actual: 150 }), AS_AT);
    expect(overdueMilestone.status).toBe("overdue");
    expect(overdueMilestone.reasons[0]).toMatch(/^\(1\) milestone by mid-2024: not completed/);
  });

  test("a silent ongoing part does not hide the measurable parts", () => {
    const mixed = kpi("2024-A-1", [ONGOING, INSPECTIONS]);
    expect(validateKpi(mixed, entry("2024-A-1", { actual: 700 }), AS_AT).status).toBe("on-track");
  });
});

test("results come back in entry order, one per entry", () => {
  const reg = register([ongoingKpi, inspections, milestoneKpi]);
  const entries = [
    entry("2024-F-1", { completedOn: "2024-02-01" }),
    entry("2024-X-1"),
    entry("2024-E-1", { actual: 200 }),
    entry("2024-A-1", { reportedStatus: "Task on track." }),
    entry("2024-E-1", { actual: 700 }),
  ];
  const results = validateProgress(reg, entries, AS_AT);
  expect(results.map((r) => [r.kpiId, r.status])).toEqual([
    ["2024-F-1", "completed"],
    ["2024-X-1", "invalid"],
    ["2024-E-1", "off-track"],
    ["2024-A-1", "on-track"],
    ["2024-E-1", "on-track"],
  ]);
  for (const result of results) expect(STATUSES).toContain(result.status);
});
