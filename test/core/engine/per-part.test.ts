/**
 * Issue 12: every target of a KPI tracked on its own. Actual and Completed on take one value per part,
 * ";"-separated in the order the Target column numbers the parts; Reported status takes one phrase per part
 * in the paper's sentence form; Reason names each part's verdict.
 */
import { matchReportedPhrases } from "../../../src/core/engine/phrases";
import { validateKpi } from "../../../src/core/engine/validate-progress";
import { INSPECTIONS, TRAINING_SESSIONS, deadline, entry, kpi } from "./fixtures";

const AS_AT = { asAt: "2023-09-30" };

/** 2022-L-1's two milestones: the opening due early 2024, the consultation early 2023. */
const twoMilestones = kpi("2022-L-1", [
  {
    kind: "milestone",
    label: "opening",
    deadline: deadline("2024-01-01", "2024-04-30", "starting from early 2024"),
  },
  {
    kind: "milestone",
    label: "public consultation in early 2023",
    deadline: deadline("2023-01-01", "2023-04-30", "in early 2023"),
  },
]);
const milestoneAndCount = kpi("2022-O-1", [
  { kind: "milestone", deadline: deadline("2022-10-01", "2022-12-31", "in Q4 2022") },
  { kind: "count", unit: "children", quantity: 100, deadline: deadline("2022-10-19", "2023-10-18") },
]);
const ongoingAndCount = kpi("2024-A-1", [{ kind: "ongoing" }, INSPECTIONS]);
/** 2022-C-2: 1 500 appeal cases in 2022, then 3 000 each year from 2023. */
const appeals = kpi("2022-C-2", [
  {
    kind: "count",
    unit: "appeal cases",
    quantity: 1500,
    deadline: deadline("2022-01-01", "2022-12-31", "in 2022"),
  },
  {
    kind: "recurring",
    unit: "appeal cases",
    quantity: 3000,
    period: "year",
    aggregate: "total",
    window: { text: "each year starting from 2023", start: "2023-01-01" },
  },
]);
const twoCounts = kpi("2024-D-1", TRAINING_SESSIONS);
const ongoing = kpi("2022-A-1", [{ kind: "ongoing" }]);

describe("Completed on, one date per part", () => {
  test("an empty first place: only the second part is completed, and Reason names both parts", () => {
    const result = validateKpi(twoMilestones, entry("2022-L-1", { completedOn: "; 2023-03-15" }), AS_AT);
    expect(result.status).toBe("on-track");
    expect(result.parts.map((p) => p.status)).toEqual(["on-track", "completed"]);
    expect(result.reasons).toEqual([
      "(1) opening: on track",
      "(2) public consultation in early 2023: completed on 15 Mar 2023",
    ]);
  });

  test("the first place filled and the second empty: the consultation is overdue", () => {
    const result = validateKpi(twoMilestones, entry("2022-L-1", { completedOn: "2023-03-15;" }), AS_AT);
    expect(result.parts.map((p) => p.status)).toEqual(["completed", "overdue"]);
    expect(result.status).toBe("overdue");
  });

  test("full-width separators count as ';'", () => {
    const result = validateKpi(twoMilestones, entry("2022-L-1", { completedOn: "；2023-03-15" }), AS_AT);
    expect(result.parts[1].status).toBe("completed");
  });

  test("one date for two milestones is refused with the order to follow", () => {
    const result = validateKpi(twoMilestones, entry("2022-L-1", { completedOn: "2023-03-15" }), AS_AT);
    expect(result.status).toBe("invalid");
    expect(result.reasons).toEqual([
      'Completed on: 2 dates separated by ";" in the order of the Target column: (1) opening; (2) public consultation in early 2023 — leave a place empty for a part not completed; got 1',
    ]);
  });

  test("more places than parts is refused", () => {
    const result = validateKpi(twoMilestones, entry("2022-L-1", { completedOn: "; ; 2023-03-15" }), AS_AT);
    expect(result.status).toBe("invalid");
    expect(result.reasons[0]).toMatch(/got 3$/);
  });

  test("a bad or future date names its part", () => {
    const bad = validateKpi(twoMilestones, entry("2022-L-1", { completedOn: "; 31/4/2023" }), AS_AT);
    expect(bad.reasons).toEqual([
      'Completed on (2) public consultation in early 2023: "31/4/2023" is not a real date: April 2023 has 30 days',
    ]);
    const future = validateKpi(twoMilestones, entry("2022-L-1", { completedOn: "2023-10-01;" }), AS_AT);
    expect(future.status).toBe("invalid");
    expect(future.reasons[0]).toMatch(/^Completed on \(1\) opening: 1 October 2023 is after the as-at date/);
  });

  test("a date in an ongoing part's place is refused", () => {
    const result = validateKpi(ongoingAndCount, entry("2024-A-1", { completedOn: "2023-01-05;" }), AS_AT);
    expect(result.status).toBe("invalid");
    expect(result.reasons[0]).toMatch(/^Completed on \(1\) ongoing work: an ongoing part has no completion/);
  });

  test("one date beside a count goes to the only milestone, not to the count", () => {
    const result = validateKpi(
      milestoneAndCount,
      entry("2022-O-1", { actual: "150", completedOn: "2023-01-20" }),
      AS_AT,
    );
    expect(result.status).toBe("completed");
    expect(result.reasons).toEqual([
      "(1) milestone in Q4 2022: completed late: on 20 Jan 2023, after the deadline 31 Dec 2022",
      "(2) children: completed",
    ]);
  });

  test("one date on a KPI without milestones tells every met part it was met late", () => {
    const result = validateKpi(
      twoCounts,
      entry("2024-D-1", { actual: "100; 200", completedOn: "2025-01-05" }),
      { asAt: "2025-02-01" },
    );
    expect(result.status).toBe("completed");
    expect(result.reasons).toEqual([
      "(1) tertiary sessions: completed late: on 5 Jan 2025, after the deadline 31 Dec 2024",
      "(2) public sessions: completed late: on 5 Jan 2025, after the deadline 31 Dec 2024",
    ]);
  });
});

describe("Actual, one value per part", () => {
  test("beside a milestone, one value needs no separator, and its place in the list works too", () => {
    for (const actual of ["150", "; 150"]) {
      const result = validateKpi(
        milestoneAndCount,
        entry("2022-O-1", { actual, completedOn: "2022-10-31" }),
        AS_AT,
      );
      expect(result.status).toBe("completed");
      expect(result.parts[1].actual).toBe(150);
    }
  });

  test("a figure in a milestone's place is refused", () => {
    const result = validateKpi(milestoneAndCount, entry("2022-O-1", { actual: "150;" }), AS_AT);
    expect(result.status).toBe("invalid");
    expect(result.reasons).toEqual([
      "Actual (1) milestone in Q4 2022: a milestone takes no figure — put the date achieved in Completed on",
    ]);
  });

  test("a figure in an ongoing part's place is refused", () => {
    const result = validateKpi(ongoingAndCount, entry("2024-A-1", { actual: "5; 700" }), AS_AT);
    expect(result.reasons).toEqual([
      "Actual (1) ongoing work: this part has nothing to count — leave its place empty",
    ]);
  });

  test("the wrong number of values says both shapes it accepts", () => {
    const result = validateKpi(milestoneAndCount, entry("2022-O-1", { actual: "1; 2; 3" }), AS_AT);
    expect(result.reasons).toEqual([
      'Actual: one value for (2) children, or 2 values separated by ";" in the order of the Target column: (1) milestone in Q4 2022; (2) children — got 3',
    ]);
  });
});

describe("Reported status, one phrase per part", () => {
  const figures = { actual: "1 572; 2 039" };

  test("the paper's compound phrase is read part by part (2022-C-2 as at 30 Sep 2023)", () => {
    // Part 2: 3 000 × 273/365 = 2 244 expected, allowance 300, so 2 039 is on track.
    const result = validateKpi(
      appeals,
      entry("2022-C-2", { ...figures, reportedStatus: "KPI of 2022 completed. KPI of 2023 on track." }),
      AS_AT,
    );
    expect(result.status).toBe("on-track");
    expect(result.parts.map((p) => p.status)).toEqual(["completed", "on-track"]);
  });

  test("a phrase that contradicts its own part is needs-review for that part only", () => {
    const result = validateKpi(
      appeals,
      entry("2022-C-2", { ...figures, reportedStatus: "KPI of 2022 completed. KPI of 2023 completed." }),
      AS_AT,
    );
    expect(result.status).toBe("needs-review");
    expect(result.parts.map((p) => p.status)).toEqual(["completed", "needs-review"]);
    expect(result.reasons).toEqual([
      '(2) appeal cases: Reported status "Task completed." but Actual 2 039 is below the target of 3 000 appeal cases',
      "(1) appeal cases: completed",
    ]);
  });

  test("one phrase applies to every part", () => {
    const result = validateKpi(
      appeals,
      entry("2022-C-2", { ...figures, reportedStatus: "Task completed." }),
      AS_AT,
    );
    expect(result.parts.map((p) => p.status)).toEqual(["completed", "needs-review"]);
  });

  test("the allowed phrases may also be given one per part", () => {
    const result = validateKpi(
      appeals,
      entry("2022-C-2", { ...figures, reportedStatus: "Task completed. Task on track." }),
      AS_AT,
    );
    expect(result.status).toBe("on-track");
  });

  test("a milestone's own 'Task delayed.' makes that part off track", () => {
    const result = validateKpi(
      twoMilestones,
      entry("2022-L-1", { completedOn: "; 2023-03-15", reportedStatus: "Task delayed. Task completed." }),
      AS_AT,
    );
    expect(result.parts.map((p) => p.status)).toEqual(["off-track", "completed"]);
  });

  test("more phrases than parts is refused", () => {
    const result = validateKpi(
      appeals,
      entry("2022-C-2", { ...figures, reportedStatus: "Task completed. Task on track. Task on track." }),
      AS_AT,
    );
    expect(result.status).toBe("invalid");
    expect(result.reasons).toEqual([
      "Reported status: 3 phrases, but this KPI has 2 parts — give one phrase, or one per part in the order of the Target column: (1) appeal cases; (2) appeal cases",
    ]);
  });

  test.each([
    ["KPI of 2022 completed.", ["Task completed."]],
    ["KPI of 2022 completed. KPI of 2023 on track.", ["Task completed.", "Task on track."]],
    [
      "kpi of 2023 working towards the target. KPI of 2024 delayed",
      ["Working towards the target.", "Task delayed."],
    ],
    ["Task completed.  Task delayed.", ["Task completed.", "Task delayed."]],
    ["KPI of 22 completed.", null],
    ["KPI of 2022 done.", null],
    ["KPI of 2022 completed. Nearly there.", null],
    [" . ", null],
  ])("%j reads as %j", (text, phrases) => {
    expect(matchReportedPhrases(text)).toEqual(phrases);
  });
});

describe("ongoing KPIs take their status from the phrase", () => {
  test.each([
    ["Task on track.", "on-track"],
    ["Task completed.", "completed"],
    ["Working towards the target.", "on-track"],
    ["Task delayed.", "off-track"],
  ])("%s gives %s", (phrase, status) => {
    expect(validateKpi(ongoing, entry("2022-A-1", { reportedStatus: phrase }), AS_AT).status).toBe(status);
  });

  test("with no phrase it is not reported, and the reason says what to enter", () => {
    const result = validateKpi(ongoing, entry("2022-A-1", { latestProgress: "Work continues." }), AS_AT);
    expect(result.status).toBe("not-reported");
    expect(result.reasons).toEqual([
      'nothing to compute: enter its status in Reported status ("Task completed.", "Task on track.", "Working towards the target.", "Task delayed.")',
    ]);
  });
});
